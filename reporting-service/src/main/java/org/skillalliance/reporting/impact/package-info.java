/**
 * The programme impact report for funders (DESIGN section 3, exact definitions): the seats the programme's awards
 * cover, their outcomes, hours, skill gains, money, leverage, retention and satisfaction, with breakdowns whose small
 * cells are suppressed. No personal data: counts, rates and sums only.
 */
package org.skillalliance.reporting.impact;
