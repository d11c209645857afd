package org.skillalliance.contracts;

import java.io.Serial;
import java.util.Objects;

/**
 * An event (envelope or payload) that does not satisfy its contract: not JSON, not the envelope's shape, or a payload
 * that fails its type's JSON Schema. The {@link #reason() reason} is meant for people and dead-letter records: it names
 * the offending field by its path, for example {@code payload.cohortId: required property missing} or
 * {@code payload.shares[1].amountMinor: string found, integer expected}.
 */
public class InvalidEventException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The readable reason, naming the offending field. */
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param reason readable reason naming the offending field
     */
    public InvalidEventException(String reason) {
        super(Objects.requireNonNull(reason, "reason"));
        this.reason = reason;
    }

    /**
     * Creates the exception with its underlying failure.
     *
     * @param reason readable reason naming the offending field
     * @param cause  the underlying failure, for example a JSON parse error
     */
    public InvalidEventException(String reason, Throwable cause) {
        super(Objects.requireNonNull(reason, "reason"), cause);
        this.reason = reason;
    }

    /**
     * The readable reason, also the exception's message.
     *
     * @return the readable reason, naming the offending field by its path; several violations are separated by
     * {@code "; "}
     */
    public String reason() {
        return reason;
    }
}
