/**
 * Small-cell suppression of breakdowns (DESIGN section 3): cells counting fewer than k people are suppressed, and so
 * are further cells wherever the suppressed ones could be recovered from the shown cells and the total.
 */
package org.skillalliance.reporting.suppression;
