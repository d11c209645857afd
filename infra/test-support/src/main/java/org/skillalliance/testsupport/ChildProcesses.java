package org.skillalliance.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.skillalliance.launcher.FreePorts;

/** What the helpers that run servers in child processes share: free ports, and waiting for an HTTP answer. */
final class ChildProcesses {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private ChildProcesses() {}

    /** A port nobody listens on, kept for this JVM until a server binds it ({@link FreePorts}). */
    static int freePort() {
        return FreePorts.take();
    }

    /**
     * Waits until {@code uri} answers 200, failing early if the process dies; {@code what} and {@code log} make the
     * failure readable.
     */
    static void awaitHttpOk(URI uri, Process process, Duration timeout, String what, Path log) {
        HttpRequest request =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).GET().build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(what + " exited during start, see " + log);
            }
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause();
        }
        throw new IllegalStateException(what + " did not answer " + uri + " within " + timeout + ", see " + log);
    }

    static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
