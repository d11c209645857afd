package org.skillalliance.curriculum.workplace;

/**
 * A sign-off or a workshop outcome is final, and a request would change it: the use cases answer it 409
 * {@code conflict} naming the field and the reason (plain Java here, so the domain stays free of the web layer).
 */
class AlreadyFinal extends RuntimeException {

    private final String field;
    private final String reason;

    AlreadyFinal(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    String field() {
        return field;
    }

    String reason() {
        return reason;
    }
}
