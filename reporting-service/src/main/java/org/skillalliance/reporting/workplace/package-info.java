/**
 * Learning at work in the reports (issue 20): the signed-off on-the-job training, mentoring and in-house workshops
 * ({@code WorkplaceLearningSignedOff}, projected into {@code rp_workplace_learning}) of an alliance, or of the
 * employers a programme covers, as the {@code workplaceLearning} figures of the impact report and the alliance
 * overview: distinct learners, sign-offs, logged hours and mean level reached, by kind, with the kinds' small cells
 * suppressed (infra/disclosure-control). No personal data: counts and sums only. {@link
 * org.skillalliance.reporting.workplace.WorkplaceLearningFigures} holds the definitions, plain Java;
 * {@link org.skillalliance.reporting.workplace.WorkplaceLearningReports} reads the rows and hands them over.
 */
package org.skillalliance.reporting.workplace;
