package org.skillalliance.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.funding.ClaimApproved;
import org.skillalliance.contracts.funding.ClaimSubmitted;
import tools.jackson.databind.JsonNode;

/**
 * A claim for workplace learning has no cohort: {@code ClaimSubmitted} and {@code ClaimApproved} carry {@code cohortId}
 * null (written, not left out) and its approval no seats, while a cohort's approval still names at least one seat.
 */
class WorkplaceLearningClaimEventsTest {

    private static final EventRegistry REGISTRY = EventRegistry.standard();

    private static EventEnvelope roundTrip(String typeName, Object payload) {
        EventEnvelope built = REGISTRY.envelope(typeName, Samples.AWARD.toString(), "funding-service", payload);
        EventEnvelope parsed = REGISTRY.parse(REGISTRY.toJson(built));
        assertThat(parsed).isEqualTo(built);
        return parsed;
    }

    @Test
    void aSubmissionWithoutACohortIsValidAndCarriesCohortIdNull() {
        ClaimSubmitted sample = Samples.workplaceLearningClaimSubmitted();

        EventEnvelope parsed = roundTrip(EventTypes.CLAIM_SUBMITTED, sample);

        JsonNode cohortId = parsed.payload().get("cohortId");
        assertThat(cohortId).isNotNull();
        assertThat(cohortId.isNull()).isTrue();
        assertThat(REGISTRY.payload(parsed, ClaimSubmitted.class)).isEqualTo(sample);
    }

    @Test
    void anApprovalWithoutACohortIsValidWithNoSeats() {
        ClaimApproved sample = Samples.workplaceLearningClaimApproved();

        EventEnvelope parsed = roundTrip(EventTypes.CLAIM_APPROVED, sample);

        assertThat(parsed.payload().get("cohortId").isNull()).isTrue();
        assertThat(parsed.payload().get("enrolmentIds").isEmpty()).isTrue();
        assertThat(REGISTRY.payload(parsed, ClaimApproved.class)).isEqualTo(sample);
    }

    @Test
    void anApprovalWithoutACohortNamesNoSeat() {
        ClaimApproved withASeat = new ClaimApproved(
                Samples.CLAIM,
                Samples.AWARD,
                Samples.PROGRAMME,
                Samples.EMPLOYER,
                null,
                27_327L,
                "EUR",
                List.of(Samples.ENROLMENT));

        assertThat(reasonRefused(withASeat)).contains("payload.enrolmentIds").contains("at most 0");
    }

    @Test
    void anApprovalForACohortStillNamesAtLeastOneSeat() {
        ClaimApproved withoutSeats = new ClaimApproved(
                Samples.CLAIM,
                Samples.AWARD,
                Samples.PROGRAMME,
                Samples.EMPLOYER,
                Samples.COHORT,
                533_333L,
                "EUR",
                List.of());

        assertThat(reasonRefused(withoutSeats)).contains("payload.enrolmentIds").contains("at least 1");
    }

    private static String reasonRefused(ClaimApproved payload) {
        Throwable thrown =
                catchThrowable(() -> REGISTRY.envelope(EventTypes.CLAIM_APPROVED, "a", "funding-service", payload));
        assertThat(thrown).isInstanceOf(InvalidEventException.class);
        return ((InvalidEventException) thrown).reason();
    }
}
