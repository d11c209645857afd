package org.skillalliance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void textBeginningWithAFormulaCharacterIsPrefixedWithAQuoteThenQuoted() {
        assertThat(CsvCells.text("=HYPERLINK(\"http://x\",\"y\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(CsvCells.text("+1+cmd|' /C calc'!A0")).isEqualTo("'+1+cmd|' /C calc'!A0");
        assertThat(CsvCells.text("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.text("-5"))
                .as("a text cell, even one that looks like a number")
                .isEqualTo("'-5");
        assertThat(CsvCells.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.text("\tx")).isEqualTo("'\tx");
        assertThat(CsvCells.text("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(CsvCells.text("Digital metalworking")).isEqualTo("Digital metalworking");
        assertThat(CsvCells.text("a, b")).isEqualTo("\"a, b\"");
        assertThat(CsvCells.text("x=1")).isEqualTo("x=1");
        assertThat(CsvCells.text(null)).isEmpty();
    }

    @Test
    void numbersComputedByTheServerStayNumbers() {
        assertThat(CsvCells.number(-5L)).isEqualTo("-5");
        assertThat(CsvCells.number(new BigDecimal("-0.25"))).isEqualTo("-0.25");
        assertThat(CsvCells.number(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(new CsvWriter().row("saldo", -120L, null, "-120").toString()).isEqualTo("saldo,-120,,'-120\r\n");
    }

    @Test
    void importedCellsWithAControlCharacterOrALeadingEqualsOrAtAreRefused() {
        assertThat(CsvCells.refusal("Mid\u0000dle"))
                .hasValueSatisfying(r -> assertThat(r).contains("U+0000", "position 4"));
        assertThat(CsvCells.refusal("a\u007fb")).isPresent();
        assertThat(CsvCells.refusal("a\u0085b")).isPresent();
        assertThat(CsvCells.refusal("\tname")).isPresent();
        assertThat(CsvCells.refusal("=cmd|' /C calc'!A0"))
                .hasValueSatisfying(r -> assertThat(r).contains("'='", "formula"));
        assertThat(CsvCells.refusal("  @SUM(1)")).isPresent();
        assertThat(CsvCells.refusal("+49 30 1234")).isEmpty();
        assertThat(CsvCells.refusal("-")).isEmpty();
        assertThat(CsvCells.refusal("Nováková")).isEmpty();
        assertThat(CsvCells.refusal("a=b@c")).isEmpty();
        assertThat(CsvCells.refusal(null)).isEmpty();
    }
}
