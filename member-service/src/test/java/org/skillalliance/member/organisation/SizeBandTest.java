package org.skillalliance.member.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skillalliance.member.shared.RuleBroken;

/** The size band follows the headcount: the EU SME bands, bounds included where the docs say so. */
class SizeBandTest {

    @ParameterizedTest
    @CsvSource({
        "0, MICRO",
        "9, MICRO",
        "10, SMALL",
        "49, SMALL",
        "50, MEDIUM",
        "249, MEDIUM",
        "250, LARGE",
        "100000, LARGE"
    })
    void bandFollowsTheHeadcount(int headcount, SizeBand band) {
        assertThat(SizeBand.of(headcount)).isEqualTo(band);
    }

    @Test
    void aNegativeHeadcountIsRefusedNamingTheField() {
        assertThatThrownBy(() -> SizeBand.of(-1))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("headcount"));
    }

    @Test
    void theBandsAreTheWireContractsBandsByName() {
        assertThat(SizeBand.values())
                .extracting(Enum::name)
                .containsExactly(java.util.Arrays.stream(org.skillalliance.contracts.member.SizeBand.values())
                        .map(Enum::name)
                        .toArray(String[]::new));
    }
}
