/** What belongs to no report: CSV rendering of any report, the rebuild endpoint, and the refusals of the access rules. */
package org.skillalliance.reporting.infrastructure;
