package org.skillalliance.web;

import java.util.List;

/**
 * What a bulk import did with one row: {@code CREATED}, {@code UPDATED}, {@code UNCHANGED} (a re-upload), or
 * {@code REJECTED} with the reasons; {@code id} is the resource the row created or matched.
 */
public record RowResult(long line, Outcome outcome, String id, List<FieldViolation> errors) {

    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED,
        REJECTED
    }

    public static RowResult of(long line, Outcome outcome, Object id) {
        return new RowResult(line, outcome, id == null ? null : id.toString(), List.of());
    }

    public static RowResult rejected(long line, List<FieldViolation> errors) {
        return new RowResult(line, Outcome.REJECTED, null, List.copyOf(errors));
    }

    /**
     * A row the database refused although it passed every check (a constraint it breaks, a value it cannot hold): its
     * own transaction was rolled back, so nothing of it was written, and the other rows go on.
     */
    public static RowResult refusedByDatabase(long line) {
        return rejected(
                line,
                List.of(new FieldViolation(
                        "row",
                        "the database refused this row (a value it cannot "
                                + "hold or a constraint it breaks); nothing of it was written")));
    }

    /** The whole import: counts per outcome and every row's result, in file order. */
    public record Report(int created, int updated, int unchanged, int rejected, List<RowResult> rows) {
        public static Report of(List<RowResult> rows) {
            return new Report(
                    count(rows, Outcome.CREATED),
                    count(rows, Outcome.UPDATED),
                    count(rows, Outcome.UNCHANGED),
                    count(rows, Outcome.REJECTED),
                    List.copyOf(rows));
        }

        private static int count(List<RowResult> rows, Outcome outcome) {
            return (int) rows.stream().filter(r -> r.outcome() == outcome).count();
        }
    }
}
