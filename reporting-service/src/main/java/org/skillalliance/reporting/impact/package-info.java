/**
 * The programme impact report for funders (DESIGN section 3, exact definitions): the seats the programme's awards
 * cover, over a period and the employers a filter asks for, their outcomes, hours, skill gains, money (grants of this
 * programme, split by the milestone each payment was for, and of others), leverage, retention and satisfaction, with breakdowns whose small cells are suppressed,
 * and the evaluation beyond completion of the same seats (transfer rate and ROI, package {@code evaluation}, from the
 * pairs' costs {@code ImpactFigures.pairCosts} hands it), and the signed-off learning at work of the employers the
 * programme covers (package {@code workplace}).
 * No personal data: counts, rates and sums only. {@code ImpactReports} reads the facts ({@code JdbcImpactFacts}), the
 * seats rolled up per (cohort, employer) pair ({@code PairSeats}, the rows the projector keeps in {@code rp_seat_pair}),
 * and which of them count ({@code Coverage}); {@code ImpactFigures} holds the figures' definitions, plain Java.
 */
package org.skillalliance.reporting.impact;
