/**
 * The demo alliance, seeded through the gateway's public API with real tokens, as its people would: an association,
 * employers of every size band, providers, a funder with an open programme, courses, cohorts, staff, outcomes and
 * money; and the headline figures of the funder's impact report.
 *
 * <p>Its CSV import files are printed by {@link org.skillalliance.platform.demo.ImportFile} (Commons CSV), which the
 * fault drills and the benchmark use for theirs too.
 */
package org.skillalliance.platform.demo;
