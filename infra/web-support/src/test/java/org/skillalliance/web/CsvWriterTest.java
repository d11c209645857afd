package org.skillalliance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void thePrinterWritesTheCellsAsCsvCellsQuotedThemAndNothingElse() {
        String csv = new CsvWriter()
                .row("field", "value")
                .row("a;b", " leading space")
                .row("#hash", "=1+2")
                .row("line\nbreak", new BigDecimal("1E+3"))
                .row("", null)
                .toString();

        assertThat(csv)
                .as("a semicolon quoted for spreadsheets that split on it; a leading space, '#' and an empty first cell"
                        + " as they are (where Commons CSV's minimal quoting would quote them)")
                .isEqualTo("field,value\r\n"
                        + "\"a;b\", leading space\r\n"
                        + "#hash,'=1+2\r\n"
                        + "\"line\nbreak\",1000\r\n"
                        + ",\r\n");
    }
}
