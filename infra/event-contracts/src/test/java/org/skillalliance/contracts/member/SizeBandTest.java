package org.skillalliance.contracts.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
    void negativeHeadcountIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> SizeBand.of(-1));
    }
}
