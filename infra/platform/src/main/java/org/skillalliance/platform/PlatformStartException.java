package org.skillalliance.platform;

/**
 * The platform did not come up: a part exited or did not become healthy in time. The message names the part and its
 * log; everything started before the failure has been stopped again.
 */
public final class PlatformStartException extends RuntimeException {

    public PlatformStartException(String message) {
        super(message);
    }

    public PlatformStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
