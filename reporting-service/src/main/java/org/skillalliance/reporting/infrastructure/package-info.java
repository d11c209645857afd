/** What belongs to no report: CSV rendering of any report, and the rebuild endpoint. */
package org.skillalliance.reporting.infrastructure;
