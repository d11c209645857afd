package org.skillalliance.web;

import java.util.List;

/**
 * A domain rule refuses a request that is well formed on its own: each service's own rule exception (member's, curriculum's
 * and funding's {@code RuleBroken}) extends it, and {@link ProblemDetailsHandler} answers every one alike. Plain Java on
 * purpose, like {@link IllegalTransitionException}, so that domain objects throw it without depending on the web
 * layer. {@link Kind#INVALID_INPUT} is answered 400 {@code validation} (a field with no name blames {@code body}),
 * {@link Kind#RULE} 422 {@code rule-violation}; both name the field and the reason.
 */
public abstract class RuleRefusal extends RuntimeException {

    /** How the refusal reads to a client: the input is invalid (400), or a rule refuses it (422). */
    public enum Kind {
        INVALID_INPUT,
        RULE
    }

    private final Kind kind;
    private final List<FieldViolation> violations;

    /** One field to blame ({@code field} null when no single field is). */
    protected RuleRefusal(Kind kind, String field, String reason) {
        super(field == null ? reason : field + ": " + reason);
        this.kind = kind;
        this.violations = List.of(new FieldViolation(field, reason));
    }

    /** Several invalid inputs at once, each with its field (400). */
    protected RuleRefusal(List<FieldViolation> violations) {
        super(ApiException.summary(violations));
        this.kind = Kind.INVALID_INPUT;
        this.violations = List.copyOf(violations);
    }

    public Kind kind() {
        return kind;
    }

    /** The first (usually the only) field to blame, or null when no single field is. */
    public String field() {
        return violations.getFirst().field();
    }

    /** Why the first field is refused. */
    public String reason() {
        return violations.getFirst().reason();
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    /** The same refusal as web-support's own {@link ApiException} kinds put it. */
    ApiException toApiException() {
        return switch (kind) {
            case INVALID_INPUT ->
                new ApiException.InvalidInput(violations.stream()
                        .map(v -> v.field() == null ? new FieldViolation("body", v.reason()) : v)
                        .toList());
            case RULE -> new ApiException.RuleViolation(field(), reason());
        };
    }
}
