package org.skillalliance.curriculum.shared;

/**
 * A business rule refuses a request that is well formed on its own (a staff member who left, a full window, ...).
 * {@code field} names the input to blame, or is null when no single field is.
 */
public class RuleBroken extends RuntimeException {

    private final String field;
    private final String reason;
    private final Kind kind;

    /** How the refusal reads to a client: the input is invalid (400), or a rule refuses it (422). */
    public enum Kind { INVALID_INPUT, RULE }

    public RuleBroken(Kind kind, String field, String reason) {
        super(field == null ? reason : field + ": " + reason);
        this.kind = kind;
        this.field = field;
        this.reason = reason;
    }

    /** The input's value is out of range or inconsistent with another input (400). */
    public static RuleBroken invalid(String field, String reason) {
        return new RuleBroken(Kind.INVALID_INPUT, field, reason);
    }

    /** The input is fine but a business rule refuses it (422). */
    public static RuleBroken rule(String field, String reason) {
        return new RuleBroken(Kind.RULE, field, reason);
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }

    public Kind kind() {
        return kind;
    }
}
