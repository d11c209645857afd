package org.skillalliance.member.alliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.member.organisation.OrganisationType;
import org.skillalliance.member.shared.RuleBroken;
import org.skillalliance.web.RuleRefusal;

/** Creating an alliance returns the event of it; only an association may coordinate one. */
class AllianceEventsTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void creatingReturnsCreatedWithTheAlliance() {
        UUID coordinator = UUID.randomUUID();
        AllianceEvent.Created created = Alliance.create(
                "Metal Skills Bavaria",
                AllianceKind.SECTORAL,
                List.of("C25"),
                "DE21",
                "EUR",
                coordinator,
                OrganisationType.ASSOCIATION,
                NOW);
        Alliance alliance = created.alliance();
        assertThat(alliance.id()).isNotNull();
        assertThat(alliance.name()).isEqualTo("Metal Skills Bavaria");
        assertThat(alliance.kind()).isEqualTo(AllianceKind.SECTORAL);
        assertThat(alliance.sectorCodes()).containsExactly("C25");
        assertThat(alliance.region()).isEqualTo("DE21");
        assertThat(alliance.currency()).isEqualTo("EUR");
        assertThat(alliance.coordinatorId()).isEqualTo(coordinator);
        assertThat(alliance.createdAt()).isEqualTo(NOW);
    }

    @Test
    void onlyAnAssociationCoordinates() {
        assertThatThrownBy(() -> Alliance.create(
                        "Metal Skills Bavaria",
                        AllianceKind.REGIONAL,
                        List.of(),
                        "DE21",
                        "EUR",
                        UUID.randomUUID(),
                        OrganisationType.EMPLOYER,
                        NOW))
                .isInstanceOfSatisfying(RuleBroken.class, e -> {
                    assertThat(e.kind()).isEqualTo(RuleRefusal.Kind.RULE);
                    assertThat(e.field()).isEqualTo("coordinatorId");
                    assertThat(e.reason()).isEqualTo("the coordinator must be an association, not a EMPLOYER");
                });
    }
}
