package org.skillalliance.system.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The checker: judges every answer to a hostile request and keeps the findings, grouped by operation, fault kind and
 * what is wrong, with the first example of each; counts the requests and the answers by status; prints the summary.
 *
 * <p>What is wrong with an answer:
 * <ul>
 *   <li>{@link Flaw#SERVER_ERROR}: a 5xx;</li>
 *   <li>{@link Flaw#NO_ANSWER}: the connection dropped without an HTTP answer;</li>
 *   <li>{@link Flaw#NOT_PROBLEM_JSON}: a 4xx or 5xx that is not {@code application/problem+json} with {@code type},
 *       {@code title} and {@code status};</li>
 *   <li>{@link Flaw#ROWS_WRITTEN}: the service's database has other row counts after a refused request than before;</li>
 *   <li>{@link Flaw#ACCEPTED_INVALID}: a 2xx to a request that was not valid;</li>
 *   <li>{@link Flaw#CONTROL_CHARACTER_KEPT}: a 2xx whose body hands back the control character that was sent.</li>
 * </ul>
 */
final class Verdicts {

    enum Flaw {
        SERVER_ERROR,
        NO_ANSWER,
        NOT_PROBLEM_JSON,
        ROWS_WRITTEN,
        ACCEPTED_INVALID,
        CONTROL_CHARACTER_KEPT
    }

    private record Key(String operation, FaultKind kind, Flaw flaw) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            return (operation + kind + flaw).compareTo(other.operation + other.kind + other.flaw);
        }
    }

    private record Example(HostileRequest request, String route, Sender.Answer answer, List<String> rowChanges) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MESSAGE_LINES = 100;

    private final Map<String, AtomicInteger> sentByRoute = new TreeMap<>();
    private final Map<String, Map<Integer, AtomicInteger>> byStatus = new TreeMap<>();
    private final Map<String, Map<Integer, AtomicInteger>> byOperation = new TreeMap<>();
    private int acceptedWrites;
    private int acceptedWritesThatChangedRows;
    private final Map<Key, Example> findings = new TreeMap<>();
    private final Map<Key, TreeSet<String>> findingRoutes = new TreeMap<>();
    private final Map<Key, AtomicInteger> findingCounts = new TreeMap<>();
    private final List<String> acceptedValid = new ArrayList<>();
    private final Map<String, String> refusedThoughValid = new TreeMap<>();

    /**
     * Judges one answer; {@code rowChanges} is what the service's row counts did during a write (empty for a read),
     * a finding only where the request was refused.
     */
    synchronized void judge(HostileRequest request, String route, Sender.Answer answer, List<String> rowChanges) {
        sentByRoute.computeIfAbsent(route, r -> new AtomicInteger()).incrementAndGet();
        byStatus.computeIfAbsent(route, r -> new TreeMap<>())
                .computeIfAbsent(answer.status(), s -> new AtomicInteger())
                .incrementAndGet();
        byOperation
                .computeIfAbsent(request.operation().name(), o -> new TreeMap<>())
                .computeIfAbsent(answer.status(), s -> new AtomicInteger())
                .incrementAndGet();
        if (answer.success() && request.operation().writes()) {
            acceptedWrites++;
            acceptedWritesThatChangedRows += rowChanges.isEmpty() ? 0 : 1;
        }
        for (Flaw flaw : flaws(request, answer, rowChanges)) {
            Key key = new Key(request.operation().name(), request.kind(), flaw);
            findings.putIfAbsent(key, new Example(request, route, answer, rowChanges));
            findingRoutes.computeIfAbsent(key, k -> new TreeSet<>()).add(route);
            findingCounts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        }
        if (request.mayBeAccepted() && answer.status() >= 400 && answer.status() < 500) {
            refusedThoughValid.putIfAbsent(
                    request.operation().name(),
                    "[" + printable(request.fault()) + "] -> " + answer.status() + " " + excerpt(answer.body()));
        }
        if (answer.success() && request.mayBeAccepted()) {
            acceptedValid.add(
                    request.operation().name() + " " + request.fault() + " via " + route + ": " + answer.status());
        }
    }

    private static List<Flaw> flaws(HostileRequest request, Sender.Answer answer, List<String> rowChanges) {
        List<Flaw> flaws = new ArrayList<>();
        if (answer.status() == 0) {
            flaws.add(Flaw.NO_ANSWER);
        } else if (answer.status() >= 500) {
            flaws.add(Flaw.SERVER_ERROR);
        }
        if (answer.status() >= 400 && !isProblem(answer)) {
            flaws.add(Flaw.NOT_PROBLEM_JSON);
        }
        if (answer.error() && !rowChanges.isEmpty()) {
            flaws.add(Flaw.ROWS_WRITTEN);
        }
        if (answer.success() && !request.mayBeAccepted()) {
            flaws.add(Flaw.ACCEPTED_INVALID);
        }
        if (answer.success() && request.forbiddenEcho() != null && echoes(answer.body(), request.forbiddenEcho())) {
            flaws.add(Flaw.CONTROL_CHARACTER_KEPT);
        }
        return flaws;
    }

    static boolean isProblem(Sender.Answer answer) {
        if (!answer.contentType().toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
            return false;
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            return problem.hasNonNull("type")
                    && problem.hasNonNull("title")
                    && problem.path("status").asInt() == answer.status();
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    private static boolean echoes(String body, String control) {
        char c = control.charAt(0);
        String escaped = String.format("\\u%04x", (int) c);
        return body.indexOf(c) >= 0 || body.toLowerCase(Locale.ROOT).contains(escaped);
    }

    synchronized int sent() {
        return sentByRoute.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    synchronized boolean clean() {
        return findings.isEmpty();
    }

    /** The summary: requests by route, answers by status, the 2xx to valid requests, and every finding. */
    synchronized List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.add("Hostile input: " + sent() + " requests (" + describe(sentByRoute) + ")");
        byStatus.forEach((route, statuses) -> lines.add("Answers by status, " + route + ": " + describe(statuses)));
        lines.add("Accepted writes: " + acceptedWrites + ", of which " + acceptedWritesThatChangedRows
                + " changed row counts (the counting at work)");
        lines.add("Answers by operation (how deep the hostile requests got):");
        byOperation.forEach((operation, statuses) -> lines.add("  " + operation + ": " + describe(statuses)));
        lines.add("Accepted, the request being in fact valid: " + acceptedValid.size());
        acceptedValid.stream().limit(40).forEach(line -> lines.add("  " + line));
        if (acceptedValid.size() > 40) {
            lines.add("  ... and " + (acceptedValid.size() - 40) + " more");
        }
        lines.add(
                "Refused though valid by the document, first per operation (where the generated valid values miss a rule"
                        + " the document does not state, faults go no deeper than that rule):");
        refusedThoughValid.forEach((operation, example) -> lines.add("  " + operation + " " + example));
        Map<Flaw, Integer> byFlaw = new LinkedHashMap<>();
        findings.keySet()
                .forEach(key -> byFlaw.merge(key.flaw(), findingCounts.get(key).get(), Integer::sum));
        lines.add(
                "Findings: " + findings.size() + " groups (operation, fault kind, flaw); requests by flaw: " + byFlaw);
        findings.forEach((key, example) -> lines.add("  " + line(key, example)));
        return lines;
    }

    /** The summary cut to about a hundred lines, for the failure message. */
    synchronized String failureMessage() {
        List<String> findingLines = new ArrayList<>();
        findings.forEach((key, example) -> findingLines.add(line(key, example)));
        List<String> lines = new ArrayList<>();
        lines.add(findings.size() + " groups of findings in " + sent() + " hostile requests:");
        findingLines.stream().limit(MESSAGE_LINES).forEach(lines::add);
        if (findingLines.size() > MESSAGE_LINES) {
            lines.add("... and " + (findingLines.size() - MESSAGE_LINES) + " more (see the test's output)");
        }
        return String.join("\n", lines);
    }

    private String line(Key key, Example example) {
        Sender.Answer answer = example.answer();
        String body = excerpt(answer.body());
        String target = example.request().target();
        target = target.length() > 120 ? target.substring(0, 120) + "..." : target;
        return key.flaw() + " " + key.operation() + " " + key.kind() + " x" + findingCounts.get(key) + " "
                + findingRoutes.get(key) + ": " + example.request().method() + " " + printable(target) + " ["
                + printable(example.request().fault()) + "] via " + example.route() + " -> " + answer.status() + " "
                + (answer.contentType().isEmpty() ? "(no content type)" : answer.contentType())
                + (example.rowChanges().isEmpty() ? "" : " rows " + example.rowChanges()) + " " + printable(body);
    }

    /** The first 200 characters, on one line. */
    private static String excerpt(String body) {
        String line = body.replaceAll("\\s+", " ");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints()
                .forEach(c -> out.append(
                        Character.isISOControl(c) ? String.format("\\u%04X", c) : new String(Character.toChars(c))));
        String printed = out.toString();
        return printed.length() > 240 ? printed.substring(0, 240) + "..." : printed;
    }

    private static String describe(Map<?, AtomicInteger> counts) {
        StringBuilder out = new StringBuilder();
        counts.forEach((key, count) ->
                out.append(out.isEmpty() ? "" : ", ").append(key).append(": ").append(count));
        return out.toString();
    }
}
