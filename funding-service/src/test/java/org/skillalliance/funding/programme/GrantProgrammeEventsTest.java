package org.skillalliance.funding.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.funding.money.Money;
import org.skillalliance.funding.shared.IllegalTransition;
import org.skillalliance.funding.shared.SizeBand;

/** The events a programme's lifecycle returns, and the steps it refuses. */
class GrantProgrammeEventsTest {

    static final Instant DRAFTED = Instant.parse("2026-01-05T09:00:00Z");
    static final Instant LATER = Instant.parse("2026-02-01T09:00:00Z");

    @Test
    void openingADraftReturnsOpenedAndClosingItReturnsClosed() {
        GrantProgramme programme = draft();
        ProgrammeEvent.Opened opened = programme.open(LATER);
        assertThat(opened.programme()).isSameAs(programme);
        assertThat(programme.status()).isEqualTo(ProgrammeStatus.OPEN);
        assertThat(programme.updatedAt()).isEqualTo(LATER);

        ProgrammeEvent.Closed closed = programme.close(LATER.plusSeconds(60));
        assertThat(closed.programme()).isSameAs(programme);
        assertThat(programme.status()).isEqualTo(ProgrammeStatus.CLOSED);
    }

    @Test
    void onlyADraftOpensOrIsRevisedAndOnlyAnOpenProgrammeCloses() {
        GrantProgramme programme = draft();
        assertThatThrownBy(() -> programme.close(LATER))
                .isInstanceOf(IllegalTransition.class)
                .hasMessageContaining("cannot close programme")
                .hasMessageContaining("it is DRAFT");
        programme.open(LATER);
        assertThatThrownBy(() -> programme.open(LATER))
                .isInstanceOf(IllegalTransition.class)
                .hasMessageContaining("it is OPEN");
        assertThatThrownBy(() -> programme.revise(terms(), LATER)).isInstanceOf(IllegalTransition.class);
        programme.close(LATER);
        assertThatThrownBy(() -> programme.requireOpen("award under"))
                .isInstanceOf(IllegalTransition.class)
                .hasMessageContaining("it is CLOSED");
    }

    private static GrantProgramme draft() {
        return GrantProgramme.draft(UUID.randomUUID(), terms(), DRAFTED);
    }

    private static ProgrammeTerms terms() {
        return new ProgrammeTerms(
                "Digital skills 2026",
                Money.of(1_000_000, "EUR"),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                new Eligibility(List.of(), List.of(SizeBand.SMALL), List.of(), List.of(), List.of()),
                List.of(new BandRule(SizeBand.SMALL, new BigDecimal("0.6"), 500, new BigDecimal("0.2"))),
                null,
                null,
                5,
                SchemeRules.NONE);
    }
}
