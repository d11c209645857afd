package org.skillalliance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void theTextIsTrimmedAndMustHoldOneToAHundredCharacters() {
        assertThat(SearchText.of(null)).isNull();
        assertThat(SearchText.of("  weld ing \t")).isEqualTo("weld ing");
        assertThat(SearchText.of("x".repeat(100))).hasSize(100);
        assertThatThrownBy(() -> SearchText.of(" \t "))
                .isInstanceOfSatisfying(ApiException.InvalidInput.class, refused -> {
                    assertThat(refused.getMessage()).contains("must hold 1 to 100 characters besides spaces");
                });
        assertThatThrownBy(() -> SearchText.of("x".repeat(101)))
                .isInstanceOfSatisfying(ApiException.InvalidInput.class, refused -> {
                    assertThat(refused.getMessage()).contains("is longer than 100 characters (101)");
                });
    }

    @Test
    void likesWildcardsAndItsEscapeAreTakenLiterally() {
        assertThat(SearchText.containsPattern("100%")).isEqualTo("%100\\%%");
        assertThat(SearchText.containsPattern("snake_case")).isEqualTo("%snake\\_case%");
        assertThat(SearchText.containsPattern("a\\b")).isEqualTo("%a\\\\b%");
        assertThat(SearchText.containsPattern("plain")).isEqualTo("%plain%");
        assertThat(SearchText.containsPattern(null)).isNull();
    }
}
