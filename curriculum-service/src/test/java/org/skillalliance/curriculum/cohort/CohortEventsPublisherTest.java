package org.skillalliance.curriculum.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.curriculum.CohortScheduled;
import org.skillalliance.contracts.curriculum.CohortStatusChanged;
import org.skillalliance.curriculum.shared.Money;

/** Each cohort event as its contract: type, every field, and the domain's enums by name. */
class CohortEventsPublisherTest {

    private static final UUID COHORT = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    private static final UUID COURSE = UUID.fromString("00000000-0000-0000-0000-0000000000c2");
    private static final UUID ALLIANCE = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID ORGANISER = UUID.fromString("00000000-0000-0000-0000-0000000000a2");
    private static final UUID PROVIDER = UUID.fromString("00000000-0000-0000-0000-0000000000a3");
    private static final LocalDate START = LocalDate.of(2026, 5, 4);

    @Test
    void aScheduledCohortTravelsAsCohortScheduled() {
        Cohort cohort = cohort(CohortStatus.PLANNED, new CohortCost(Pricing.PER_SEAT, new Money(12_500, "EUR")), 3);

        CohortEventsPublisher.Wire wire = CohortEventsPublisher.wire(new CohortEvent.Scheduled(cohort));

        assertThat(wire.type()).isEqualTo("CohortScheduled");
        assertThat(wire.payload())
                .isEqualTo(new CohortScheduled(
                        COHORT,
                        COURSE,
                        ALLIANCE,
                        ORGANISER,
                        PROVIDER,
                        START,
                        START.plusDays(2),
                        START.minusDays(30),
                        START.minusDays(1),
                        20,
                        4,
                        3,
                        new org.skillalliance.contracts.curriculum.CohortCost(
                                org.skillalliance.contracts.curriculum.Pricing.PER_SEAT, 12_500, "EUR"),
                        org.skillalliance.contracts.curriculum.CohortStatus.PLANNED));
    }

    @Test
    void aStatusChangeTravelsAsCohortStatusChangedWithThePreviousStatusAndTheSeats() {
        Cohort cohort = cohort(CohortStatus.RUNNING, new CohortCost(Pricing.TOTAL, new Money(600_000, "GBP")), null);

        CohortEventsPublisher.Wire wire =
                CohortEventsPublisher.wire(new CohortEvent.StatusChanged(cohort, CohortStatus.OPEN, 17));

        assertThat(wire.type()).isEqualTo("CohortStatusChanged");
        assertThat(wire.payload())
                .isEqualTo(new CohortStatusChanged(
                        COHORT,
                        COURSE,
                        ALLIANCE,
                        ORGANISER,
                        PROVIDER,
                        START,
                        START.plusDays(2),
                        START.minusDays(30),
                        START.minusDays(1),
                        20,
                        4,
                        null,
                        new org.skillalliance.contracts.curriculum.CohortCost(
                                org.skillalliance.contracts.curriculum.Pricing.TOTAL, 600_000, "GBP"),
                        org.skillalliance.contracts.curriculum.CohortStatus.RUNNING,
                        org.skillalliance.contracts.curriculum.CohortStatus.OPEN,
                        17));
    }

    @Test
    void everyStatusAndPricingTravelsUnderItsOwnName() {
        for (CohortStatus status : CohortStatus.values()) {
            for (Pricing pricing : Pricing.values()) {
                Cohort cohort = cohort(status, new CohortCost(pricing, new Money(1, "EUR")), null);
                CohortStatusChanged payload = (CohortStatusChanged)
                        CohortEventsPublisher.wire(new CohortEvent.StatusChanged(cohort, status, 0))
                                .payload();
                assertThat(payload.status().name()).isEqualTo(status.name());
                assertThat(payload.previousStatus().name()).isEqualTo(status.name());
                assertThat(payload.cost().pricing().name()).isEqualTo(pricing.name());
            }
        }
    }

    private static Cohort cohort(CohortStatus status, CohortCost cost, Integer seatQuotaPerEmployer) {
        return Cohort.restore(
                COHORT,
                COURSE,
                ALLIANCE,
                ORGANISER,
                PROVIDER,
                START,
                START.plusDays(2),
                START.minusDays(30),
                START.minusDays(1),
                20,
                4,
                seatQuotaPerEmployer,
                cost,
                status);
    }
}
