package org.skillalliance.platform.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** The answer to a CSV import: counts and one result per row. */
public record CsvReport(int created, int updated, int unchanged, int rejected, List<Row> rows) {

    public CsvReport {
        rows = List.copyOf(rows);
    }

    /**
     * One row's result.
     *
     * @param outcome CREATED, UPDATED, UNCHANGED or REJECTED
     * @param id      the resource the row created or matched, or null
     * @param errors  {@code field: reason} of a rejected row
     */
    public record Row(long line, String outcome, UUID id, List<String> errors) {}

    static CsvReport of(JsonNode json) {
        List<Row> rows = new ArrayList<>();
        for (JsonNode row : json.path("rows")) {
            List<String> errors = new ArrayList<>();
            row.path("errors")
                    .forEach(e -> errors.add(
                            e.path("field").asString() + ": " + e.path("reason").asString()));
            rows.add(new Row(
                    row.path("line").asLong(),
                    row.path("outcome").asString(),
                    row.path("id").isString() ? UUID.fromString(row.path("id").asString()) : null,
                    List.copyOf(errors)));
        }
        return new CsvReport(
                json.path("created").asInt(),
                json.path("updated").asInt(),
                json.path("unchanged").asInt(),
                json.path("rejected").asInt(),
                rows);
    }
}
