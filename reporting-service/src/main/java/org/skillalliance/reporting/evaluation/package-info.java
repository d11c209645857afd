/**
 * Evaluation beyond completion (DESIGN section 3, Kirkpatrick levels 3 and 4 with Phillips' ROI as level 5): the
 * transfer rate of the employers' follow-up ratings and the return on investment of the employers' business results
 * against fully loaded costs, in the programme and cohort view (the grant added back as a cost, suppressed where fewer
 * than k employers reported, the transfer rate where fewer than k completed seats were rated) and the employer's own
 * view (the grant it received deducted, never suppressed). {@code RoiFigures} holds the definitions, plain Java, over
 * exact {@code Fraction}s rounded once at the end; {@code JdbcEvaluationFacts} reads the follow-ups, results,
 * cost shares and payments from the projections; {@code Evaluations} assembles the {@code evaluation} of the impact
 * report and of the alliance overview; {@code EmployerRoiController} answers {@code GET /api/reports/employers/{id}/roi}.
 */
package org.skillalliance.reporting.evaluation;
