package org.skillalliance.drills;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.skillalliance.platform.demo.ApiResponse;
import org.skillalliance.platform.demo.Session;
import tools.jackson.databind.JsonNode;

/**
 * Enrolments sent through the gateway by the drill alliance's HR people, two threads each, for as long as the drill
 * wants: every staff member into every cohort, in a shuffled order. Every write the API acknowledged (201 for a new
 * enrolment, 200 for the one that exists already: the answer to a request sent again after an error) is recorded
 * with its id. A request that fails (5xx, the connection refused or timed out) or is refused because a fact has not
 * arrived yet (422, 404, 403) is not acknowledged and is sent again later, as a well-behaved client does.
 */
final class WriteLoad {

    /** An enrolment the API acknowledged. */
    record Ack(UUID enrolmentId, UUID cohortId, UUID staffId, String status, Instant at) {}

    private record Request(DrillAlliance.Employer employer, UUID staffId, UUID cohortId) {}

    private static final int THREADS_PER_EMPLOYER = 2;

    private final Map<UUID, Ack> acknowledged = new ConcurrentHashMap<>();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong notYetKnown = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();
    private volatile String lastFailure = "";
    private volatile boolean exhausted;

    WriteLoad(DrillAlliance alliance, long seed) {
        Random random = new Random(seed);
        int index = 0;
        for (DrillAlliance.Employer employer : alliance.employers()) {
            List<Request> requests = new ArrayList<>();
            for (UUID staff : employer.staffIds()) {
                for (UUID cohort : alliance.cohortIds()) {
                    requests.add(new Request(employer, staff, cohort));
                }
            }
            Collections.shuffle(requests, random);
            for (int t = 0; t < THREADS_PER_EMPLOYER; t++) {
                Deque<Request> share = new ArrayDeque<>();
                for (int i = t; i < requests.size(); i += THREADS_PER_EMPLOYER) {
                    share.add(requests.get(i));
                }
                threads.add(Thread.ofPlatform()
                        .name("write-load-" + index++)
                        .daemon()
                        .unstarted(() -> send(share)));
            }
        }
    }

    void start() {
        threads.forEach(Thread::start);
    }

    /** Stops sending and waits for the requests in flight (each has the client's 30 s timeout at most). */
    void stop() {
        stopping.set(true);
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    Map<UUID, Ack> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    int acknowledgedCount() {
        return acknowledged.size();
    }

    long sent() {
        return sent.get();
    }

    /** Answered 5xx or not answered at all (refused connection, timeout). */
    long failed() {
        return failed.get();
    }

    long notYetKnown() {
        return notYetKnown.get();
    }

    /** Refused for good (another 4xx): not sent again. */
    long refused() {
        return refused.get();
    }

    String lastFailure() {
        return lastFailure;
    }

    /** True if some thread ran out of staff-and-cohort pairs before it was stopped (the load thinned out). */
    boolean exhausted() {
        return exhausted;
    }

    private void send(Deque<Request> queue) {
        while (!stopping.get()) {
            Request request = queue.pollFirst();
            if (request == null) {
                exhausted = true;
                return;
            }
            sent.incrementAndGet();
            Session hr = request.employer().hr();
            try {
                ApiResponse response = hr.post(
                        "/api/enrolments",
                        Map.of(
                                "cohortId",
                                request.cohortId(),
                                "employerId",
                                request.employer().id(),
                                "staffId",
                                request.staffId()));
                int status = response.status();
                if (status == 201 || status == 200) {
                    JsonNode json = response.json();
                    UUID id = UUID.fromString(json.path("id").asString());
                    acknowledged.put(
                            id,
                            new Ack(
                                    id,
                                    request.cohortId(),
                                    request.staffId(),
                                    json.path("status").asString(),
                                    Instant.now()));
                } else if (status == 422 || status == 404 || status == 403) {
                    notYetKnown.incrementAndGet();
                    queue.addLast(request);
                    pause(100);
                } else if (status >= 500 || status == 429) {
                    failed.incrementAndGet();
                    lastFailure = status + " " + abbreviate(response.body());
                    queue.addLast(request);
                    pause(200);
                } else {
                    refused.incrementAndGet();
                    lastFailure = status + " " + abbreviate(response.body());
                }
            } catch (RuntimeException e) { // no answer (refused, timed out), or no token just now
                failed.incrementAndGet();
                lastFailure = e.getMessage();
                queue.addLast(request);
                pause(200);
            }
        }
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "..." : body;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
