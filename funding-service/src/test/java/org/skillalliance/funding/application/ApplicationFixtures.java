package org.skillalliance.funding.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.skillalliance.funding.money.Money;

/** Applications for unit tests of the features that act on them (awards). */
public final class ApplicationFixtures {

    private ApplicationFixtures() {}

    /** An association's application for a cohort, under review. */
    public static GrantApplication underReview() {
        Instant submitted = Instant.parse("2026-02-01T10:00:00Z");
        GrantApplication application = GrantApplication.submit(
                UUID.randomUUID(),
                UUID.randomUUID(),
                BeneficiaryKind.ASSOCIATION,
                UUID.randomUUID(),
                Money.of(50_000, "EUR"),
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 8, 31),
                submitted);
        application.startReview(submitted);
        return application;
    }
}
