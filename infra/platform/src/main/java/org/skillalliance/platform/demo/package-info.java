/**
 * The demo alliance, seeded through the gateway's public API with real tokens, as its people would: an association,
 * employers of every size band, providers, a funder with an open programme, courses, cohorts, staff, outcomes and
 * money; and the headline figures of the funder's impact report.
 */
package org.skillalliance.platform.demo;
