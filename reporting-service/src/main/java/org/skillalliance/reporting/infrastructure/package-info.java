/**
 * What belongs to no report: CSV rendering of any report, the caching headers and entity tags every report answers
 * with, the projections' watermark every report carries as {@code currentAsOf}, the rebuild endpoint, and the refusals
 * of the access rules.
 * (Query parameters an endpoint does not take are refused by web-support's StrictQueryParameters, in every service.)
 */
package org.skillalliance.reporting.infrastructure;
