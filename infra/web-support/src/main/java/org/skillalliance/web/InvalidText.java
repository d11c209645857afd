package org.skillalliance.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A string of a JSON body that {@link InputPolicy} refuses. Jackson adds the path to the field as the exception passes
 * through the enclosing objects and lists, and {@link ProblemDetailsHandler} answers 400 {@code validation} with that
 * path and {@link #reason()}.
 */
public final class InvalidText extends MismatchedInputException {

    private final String reason;

    InvalidText(JsonParser parser, String reason) {
        super(parser, "text " + reason, String.class);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
