package org.skillalliance.member.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceCodesTest {

    @ParameterizedTest
    @CsvSource({
        "62.01, J62.01",
        "j62.01, J62.01",
        "C25.62, C25.62",
        "25, C25",
        "C, C",
        "q86.2, Q86.2",
        " 01.11 , A01.11"
    })
    void naceCodesAreNormalisedWithTheirSection(String input, String expected) {
        assertThat(ReferenceCodes.naceCode(input)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00.11", "04", "A62", "V", "62.011", "6", "", "C25.", "X12"})
    void invalidNaceCodesAreRefused(String input) {
        assertThat(ReferenceCodes.naceCode(input)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"de, DE", "AT, AT", "eur, EUR"})
    void countriesAndCurrenciesAreUpperCased(String input, String expected) {
        if (expected.length() == 2) {
            assertThat(ReferenceCodes.country(input)).contains(expected);
        } else {
            assertThat(ReferenceCodes.currency(input)).contains(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "DEU", "", "1A"})
    void unknownCountriesAreRefused(String input) {
        assertThat(ReferenceCodes.country(input)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"EUX", "EURO", "12A", "ABC"})
    void unknownCurrenciesAreRefused(String input) {
        assertThat(ReferenceCodes.currency(input)).isEmpty();
    }
}
