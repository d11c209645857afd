package org.skillalliance.platform.demo;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A call of the public API answered with another status than the one expected; the message carries the request, the
 * status and the body (for a refusal, the problem+json document saying why).
 */
public final class ApiCallFailed extends RuntimeException {

    private final transient ApiResponse response;

    ApiCallFailed(ApiResponse response, int... expected) {
        super(response.method() + " " + response.path() + " answered " + response.status() + ", expected "
                + Arrays.stream(expected).mapToObj(String::valueOf).collect(Collectors.joining(" or "))
                + (response.body().isBlank() ? "" : ": " + response.body()));
        this.response = response;
    }

    /** What came back. */
    public ApiResponse response() {
        return response;
    }

    public int status() {
        return response.status();
    }

    /** Whether the body (the problem's detail or a field error's reason) contains {@code text}. */
    public boolean says(String text) {
        return response.body().contains(text);
    }
}
