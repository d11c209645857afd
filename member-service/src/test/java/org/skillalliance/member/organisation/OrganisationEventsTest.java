package org.skillalliance.member.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Registering returns the event of it; an update returns one only when something changed, with the new size band. */
class OrganisationEventsTest {

    static final Instant REGISTERED_AT = Instant.parse("2026-03-01T10:00:00Z");
    static final Instant LATER = Instant.parse("2026-03-02T10:00:00Z");

    static Organisation employerOf(int headcount) {
        return Organisation.register(
                        OrganisationType.EMPLOYER,
                        "Feinmechanik Roth GmbH",
                        "HRB 1234",
                        "DE",
                        "DE21",
                        "C25.62",
                        headcount,
                        REGISTERED_AT)
                .organisation();
    }

    @Test
    void registeringReturnsRegisteredWithTheSizeBandOfTheHeadcount() {
        OrganisationEvent.Registered registered = Organisation.register(
                OrganisationType.EMPLOYER, "Roth", "HRB 1", "DE", "DE21", "C25", 42, REGISTERED_AT);
        Organisation organisation = registered.organisation();
        assertThat(organisation.id()).isNotNull();
        assertThat(organisation.type()).isEqualTo(OrganisationType.EMPLOYER);
        assertThat(organisation.headcount()).isEqualTo(42);
        assertThat(organisation.sizeBand()).isEqualTo(SizeBand.SMALL);
        assertThat(organisation.createdAt()).isEqualTo(REGISTERED_AT);
        assertThat(organisation.updatedAt()).isEqualTo(REGISTERED_AT);
        assertThat(organisation.isEmployer()).isTrue();
    }

    @Test
    void anOrganisationWithoutHeadcountHasNoSizeBand() {
        Organisation association = Organisation.register(
                        OrganisationType.ASSOCIATION, "Verband", "VR 9", "DE", "DE21", null, null, REGISTERED_AT)
                .organisation();
        assertThat(association.sizeBand()).isNull();
        assertThat(association.isEmployer()).isFalse();
    }

    @Test
    void aChangedHeadcountReturnsUpdatedAndMovesTheSizeBand() {
        Organisation organisation = employerOf(42);
        var updated = organisation.update("Feinmechanik Roth GmbH", "DE21", "C25.62", 260, LATER);
        assertThat(updated).hasValueSatisfying(event -> {
            assertThat(event.organisation()).isSameAs(organisation);
            assertThat(event.organisation().sizeBand()).isEqualTo(SizeBand.LARGE);
        });
        assertThat(organisation.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void anUpdateThatChangesNothingReturnsNoEventAndKeepsTheTime() {
        Organisation organisation = employerOf(42);
        assertThat(organisation.update("Feinmechanik Roth GmbH", "DE21", "C25.62", 42, LATER))
                .isEmpty();
        assertThat(organisation.updatedAt()).isEqualTo(REGISTERED_AT);
    }
}
