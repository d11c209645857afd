/**
 * What belongs to no report: CSV rendering of any report, the rebuild endpoint, the refusal of query parameters an
 * endpoint does not take, and the refusals of the access rules.
 */
package org.skillalliance.reporting.infrastructure;
