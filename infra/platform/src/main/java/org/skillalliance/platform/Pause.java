package org.skillalliance.platform;

/** The launcher's one way to wait between two looks at something that is starting or stopping. */
final class Pause {

    private Pause() {
    }

    static void briefly() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }
}
