package org.skillalliance.reporting.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;

/** Assertions on the figures of an impact report as its JSON carries them, shared by the report's scenario tests. */
final class ImpactAssertions {

    private ImpactAssertions() {}

    static void assertDecimal(JsonNode node, String field, String expected) {
        assertThat(node.path(field).decimalValue()).as(field).isEqualByComparingTo(new BigDecimal(expected));
    }

    static void assertCell(JsonNode cell, long participants, long enrolments, long completions, String rate) {
        assertThat(cell.path("suppressed").asBoolean()).as(cell.toString()).isFalse();
        assertThat(cell.path("participants").asLong()).as(cell.toString()).isEqualTo(participants);
        assertThat(cell.path("enrolments").asLong()).as(cell.toString()).isEqualTo(enrolments);
        assertThat(cell.path("completions").asLong()).as(cell.toString()).isEqualTo(completions);
        assertDecimal(cell, "completionRate", rate);
    }
}
