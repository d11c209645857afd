package org.skillalliance.funding.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.funding.programme.Milestone;
import org.skillalliance.funding.programme.Requirement;
import org.skillalliance.funding.programme.RequirementKind;
import org.skillalliance.funding.shared.IllegalTransition;

/** A claim's report: submitted, rejected, submitted again, accepted; and why it blocks a payment until accepted. */
class ClaimReportTest {

    static final Requirement PROGRESS =
            new Requirement("progress-report", RequirementKind.PROGRESS_REPORT, null, Milestone.COMPLETION);
    static final Instant JUNE_1 = Instant.parse("2026-06-01T09:00:00Z");
    static final Instant JUNE_2 = Instant.parse("2026-06-02T23:30:00Z");

    final ClaimReport report = ClaimReport.due(UUID.randomUUID(), PROGRESS.key());

    @Test
    void untilAcceptedAReportBlocksSayingWhereItStands() {
        String requirement =
                "requirement 'progress-report' (PROGRESS_REPORT, due before the COMPLETION payment) is not accepted: ";
        assertThat(report.blockingReason(PROGRESS)).hasValue(requirement + "not submitted yet");

        report.submit("Both participants attended every session.", JUNE_1);
        assertThat(report.state()).isEqualTo(ReportState.SUBMITTED);
        assertThat(report.blockingReason(PROGRESS)).hasValue(requirement + "submitted 2026-06-01, awaiting the funder");

        report.reject("the attendance list is missing", JUNE_2);
        assertThat(report.state()).isEqualTo(ReportState.REJECTED);
        assertThat(report.blockingReason(PROGRESS))
                .hasValue(requirement
                        + "rejected 2026-06-02 (the attendance list is missing), awaiting the employer's new report");

        report.submit("Attendance list attached.", JUNE_2);
        assertThat(report.summary()).isEqualTo("Attendance list attached.");
        assertThat(report.decidedAt()).isNull();
        assertThat(report.decisionNote()).isNull();

        report.accept(JUNE_2);
        assertThat(report.state()).isEqualTo(ReportState.ACCEPTED);
        assertThat(report.blockingReason(PROGRESS)).isEmpty();
    }

    @Test
    void submittingAgainBeforeADecisionReplacesTheText() {
        report.submit("first draft", JUNE_1);
        report.submit("final text", JUNE_2);

        assertThat(report.summary()).isEqualTo("final text");
        assertThat(report.submittedAt()).isEqualTo(JUNE_2);
        assertThat(report.state()).isEqualTo(ReportState.SUBMITTED);
    }

    @Test
    void onlyASubmittedReportIsDecidedAndAnAcceptedOneIsFinal() {
        assertThatThrownBy(() -> report.accept(JUNE_1)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> report.reject("no", JUNE_1)).isInstanceOf(IllegalTransition.class);

        report.submit("done", JUNE_1);
        report.accept(JUNE_2);

        assertThatThrownBy(() -> report.submit("changed", JUNE_2))
                .isInstanceOf(IllegalTransition.class)
                .hasMessageContaining("ACCEPTED");
        assertThatThrownBy(() -> report.reject("changed my mind", JUNE_2)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> report.accept(JUNE_2)).isInstanceOf(IllegalTransition.class);
        assertThat(report.summary()).isEqualTo("done");
    }
}
