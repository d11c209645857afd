package org.skillalliance.web;

import java.io.IOException;

/**
 * A request body read beyond the limit of its path ({@link BodyLimitFilter}). An {@link IOException}, as an input
 * stream's failures are, so whatever reads the body (Jackson, a CSV reader) fails as it would on a broken stream; the
 * problem handlers find it among the causes and answer 413 {@code payload-too-large}.
 */
public class BodyTooLargeException extends IOException {

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("the request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    /** The body-too-large exception among {@code e} and its causes, or null. */
    static BodyTooLargeException among(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }
}
