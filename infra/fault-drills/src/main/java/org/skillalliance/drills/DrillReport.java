package org.skillalliance.drills;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Collectors;

/** One drill's figures, printed when it ends and again in the summary table. */
record DrillReport(
        int number,
        Drill drill,
        Verdict verdict,
        double faultSeconds,
        int acknowledgedDuringFault,
        Duration backlogVisible,
        double settledSeconds,
        int poisonsSoFar) {

    boolean passed() {
        return verdict.consistent();
    }

    void print(PrintStream out) {
        Verdict v = verdict;
        if (v.problem() != null) {
            out.println("  could not look at the platform: " + v.problem());
        }
        out.printf(
                Locale.ROOT,
                "  writes acknowledged %d, present in curriculum-service %d, counted in reporting %d "
                        + "(rp_enrolment, same status), lost %d; the alliance in curriculum-service: %d live enrolments (%d "
                        + "committed without an acknowledgement reaching the client)%n",
                v.acknowledged(),
                v.presentInService(),
                v.countedInReporting(),
                v.lost(),
                v.serviceTotal(),
                v.committedUnacknowledged());
        out.printf(
                Locale.ROOT,
                "  double-counted %d (events and enrolments), %d minor units of money; not yet counted %d%n",
                v.doubleCounted(),
                v.doubleCountedMinor(),
                v.behind());
        out.println("  figures against curriculum-service's: "
                + v.tallies().stream()
                        .map(t -> t.figure() + " " + t.consumer() + " " + t.counted() + "/" + t.service())
                        .collect(Collectors.joining(", ")));
        out.println("  inboxes (processed marks / distinct events on their topics): "
                + (v.inboxes() == null
                        ? "not read (the other checks did not hold)"
                        : v.inboxes().stream()
                                .map(i -> i.consumer() + " " + i.processed() + "/" + i.distinctSent())
                                .collect(Collectors.joining(", "))));
        if (!v.disagreements().isEmpty()) {
            out.println("  DISAGREEING: " + String.join("; ", v.disagreements()));
        }
        out.println("  outbox not relayed: " + v.outbox() + "; consumer lag: " + v.consumerLag());
        out.println("  dead letters: "
                + (v.unexpectedDeadLetters().isEmpty()
                        ? "none"
                        : v.unexpectedDeadLetters().size() + " UNEXPECTED "
                                + v.unexpectedDeadLetters().stream()
                                        .limit(3)
                                        .map(d -> d.topic() + " from " + d.group())
                                        .collect(Collectors.joining(", ")))
                + " besides the " + poisonsSoFar + " injected poison message(s); poison copies per consumer group "
                + v.poisonCopies()
                + (v.missingPoison() > 0 ? "; reporting-service has NOT dead-lettered " + v.missingPoison() : ""));
        out.printf(
                Locale.ROOT,
                "  time to recover: %s after the fault ended; every check passed %s after the load stopped%n",
                backlogVisible == null
                        ? "NOT within the patience"
                        : String.format(Locale.ROOT, "%.1f s", backlogVisible.toMillis() / 1000.0),
                Double.isNaN(settledSeconds)
                        ? "NEVER (gave up)"
                        : String.format(Locale.ROOT, "%.1f s", settledSeconds));
        out.println("  " + (passed() ? "PASSED" : "FAILED"));
    }

    static String tableHeader() {
        return String.format(
                Locale.ROOT,
                "%-10s %8s %8s %8s %8s %6s %8s %10s %10s %10s %7s",
                "drill",
                "fault s",
                "acked",
                "service",
                "report",
                "lost",
                "double",
                "dbl minor",
                "recover s",
                "settle s",
                "result");
    }

    String tableRow() {
        return String.format(
                Locale.ROOT,
                "%-10s %8.1f %8d %8d %8d %6d %8d %10d %10s %10s %7s",
                drill.key(),
                faultSeconds,
                verdict.acknowledged(),
                verdict.presentInService(),
                verdict.countedInReporting(),
                verdict.lost(),
                verdict.doubleCounted(),
                verdict.doubleCountedMinor(),
                backlogVisible == null ? "-" : String.format(Locale.ROOT, "%.1f", backlogVisible.toMillis() / 1000.0),
                Double.isNaN(settledSeconds) ? "-" : String.format(Locale.ROOT, "%.1f", settledSeconds),
                passed() ? "PASSED" : "FAILED");
    }
}
