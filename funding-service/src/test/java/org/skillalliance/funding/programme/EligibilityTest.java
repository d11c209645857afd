package org.skillalliance.funding.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.funding.facts.Facts;
import org.skillalliance.funding.shared.SizeBand;

/**
 * DESIGN section 3: a programme funds employers of eligible size bands, sectors and regions in the alliances it lists,
 * for courses with its required priority tags; every empty list means "any". Sector codes and regions are prefixes.
 */
class EligibilityTest {

    private static final UUID RHINE_MAIN = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID RUHR = UUID.fromString("00000000-0000-0000-0000-0000000000a2");

    private final Eligibility smesInManufacturingInHesse = new Eligibility(
            List.of(RHINE_MAIN),
            List.of(SizeBand.MICRO, SizeBand.SMALL),
            List.of("C25", "C28"),
            List.of("DE7"),
            List.of("DIGITAL", "GREEN"));

    @Test
    void anEmployerOfAnEligibleBandSectorAndRegionIsEligible() {
        assertThat(smesInManufacturingInHesse.refusalFor(employer(SizeBand.SMALL, "C25.62", "DE712")))
                .isNull();
        assertThat(smesInManufacturingInHesse.refusalFor(employer(SizeBand.MICRO, "C28", "DE7")))
                .isNull();
    }

    @Test
    void theWrongSizeBandIsRefusedSayingSo() {
        assertThat(smesInManufacturingInHesse.refusalFor(employer(SizeBand.LARGE, "C25.62", "DE712")))
                .contains("size band")
                .contains("LARGE");
        assertThat(smesInManufacturingInHesse.refusalFor(employer(null, "C25.62", "DE712")))
                .contains("size band");
    }

    @Test
    void theWrongSectorIsRefusedSayingSo() {
        assertThat(smesInManufacturingInHesse.refusalFor(employer(SizeBand.SMALL, "G47.11", "DE712")))
                .contains("sector")
                .contains("G47.11");
        // a prefix admits what starts with it, not what merely contains it
        assertThat(smesInManufacturingInHesse.refusalFor(employer(SizeBand.SMALL, "C2", "DE712")))
                .contains("sector");
        assertThat(smesInManufacturingInHesse.refusalFor(employer(SizeBand.SMALL, null, "DE712")))
                .contains("sector");
    }

    @Test
    void theWrongRegionIsRefusedSayingSo() {
        assertThat(smesInManufacturingInHesse.refusalFor(employer(SizeBand.SMALL, "C25.62", "DEA11")))
                .contains("region")
                .contains("DEA11");
        assertThat(smesInManufacturingInHesse.refusalFor(employer(SizeBand.SMALL, "C25.62", null)))
                .contains("region");
    }

    @Test
    void anEmployerFundingServiceDoesNotKnowYetIsRefused() {
        assertThat(smesInManufacturingInHesse.refusalFor(null)).isNotBlank();
    }

    @Test
    void emptyListsAdmitEveryone() {
        Eligibility open = new Eligibility(List.of(), List.of(), List.of(), List.of(), List.of());
        assertThat(open.refusalFor(employer(null, null, null))).isNull();
        assertThat(open.refusalFor(employer(SizeBand.LARGE, "G47.11", "FR101"))).isNull();
        assertThat(open.admitsAlliance(RUHR)).isTrue();
        assertThat(open.admitsCourse(Set.of())).isTrue();
    }

    @Test
    void onlyTheListedAlliancesAreAdmitted() {
        assertThat(smesInManufacturingInHesse.admitsAlliance(RHINE_MAIN)).isTrue();
        assertThat(smesInManufacturingInHesse.admitsAlliance(RUHR)).isFalse();
    }

    @Test
    void aCourseNeedsEveryRequiredPriorityTag() {
        assertThat(smesInManufacturingInHesse.admitsCourse(Set.of("DIGITAL", "GREEN", "SAFETY")))
                .isTrue();
        assertThat(smesInManufacturingInHesse.admitsCourse(Set.of("DIGITAL"))).isFalse();
        assertThat(smesInManufacturingInHesse.admitsCourse(Set.of())).isFalse();
    }

    @Test
    void theListsAreCopiedSoTheTermsCannotChangeAfterwards() {
        List<String> regions = new java.util.ArrayList<>(List.of("DE7"));
        Eligibility eligibility = new Eligibility(List.of(), List.of(), List.of(), regions, List.of());
        regions.add("DEA");
        assertThat(eligibility.regions()).containsExactly("DE7");
        assertThat(eligibility.refusalFor(employer(SizeBand.SMALL, "C25", "DEA11")))
                .contains("region");
    }

    private static Facts.Organisation employer(SizeBand band, String sector, String region) {
        return new Facts.Organisation(UUID.randomUUID(), "EMPLOYER", region, sector, 20, band);
    }
}
