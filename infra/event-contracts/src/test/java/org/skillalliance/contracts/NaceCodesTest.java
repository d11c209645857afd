package org.skillalliance.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NaceCodesTest {

    @ParameterizedTest
    @CsvSource({"62.01, J62.01", "j62.01, J62.01", "C25.62, C25.62", "25, C25", "C, C", "q86.2, Q86.2"})
    void codesAreNormalisedWithTheirSection(String input, String expected) {
        assertThat(NaceCodes.normalise(input)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00.11", "04", "A62", "V", "62.011", "", "C25."})
    void whatIsNoNaceCodeIsRefused(String input) {
        assertThat(NaceCodes.normalise(input)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"25.62, C25.62", "nonsense, NONSENSE"})
    void lenientNormalisationKeepsWhatItCannotRead(String input, String expected) {
        assertThat(NaceCodes.normaliseLeniently(input)).isEqualTo(expected);
    }
}
