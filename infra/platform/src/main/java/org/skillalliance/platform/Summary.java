package org.skillalliance.platform;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code ./alliance up} prints once everything is ready: each part with its address, cold start and memory, the
 * totals, the demo (with its users, one line each: username, password, role, organisation), the web app's address,
 * how to get a token and call the API (copy-pasteable), and where to look next: the Swagger UI, Keycloak's console,
 * each part's metrics on its management port, Prometheus if it runs, the logs.
 */
final class Summary {

    private static final String ROW = "  %-19s %-37s %8s %11s %9s%n";

    private Summary() {}

    /**
     * @param demo what the demo seed made (its lines are indented), or null when the seed was skipped
     */
    static String text(
            List<PartReport> parts,
            Duration coldStart,
            PlatformEndpoints endpoints,
            Path logs,
            String demo,
            String sampleCheck) {
        StringBuilder text = new StringBuilder();
        long totalKilobytes =
                parts.stream().mapToLong(PartReport::residentKilobytes).sum();
        text.append(String.format(
                Locale.ROOT,
                "%nThe Skill Alliance platform is up: all %d parts healthy after %s," + " %s resident in all.%n%n",
                parts.size(),
                Durations.seconds(coldStart),
                ResidentMemory.describe(totalKilobytes)));
        text.append(String.format(Locale.ROOT, ROW, "part", "address", "pid", "cold start", "memory"));
        for (PartReport part : parts) {
            text.append(String.format(
                    Locale.ROOT,
                    ROW,
                    part.name(),
                    part.address(),
                    part.pid(),
                    Durations.seconds(part.coldStart()),
                    ResidentMemory.describe(part.residentKilobytes())));
        }
        text.append(String.format(
                Locale.ROOT,
                ROW,
                "all",
                "",
                "",
                Durations.seconds(coldStart),
                ResidentMemory.describe(totalKilobytes)));
        text.append(
                "  (cold start: from launch to healthy; memory: resident set (VmRSS) of each process and its children)\n");

        text.append("\nDemo\n");
        text.append(demo == null ? "  skipped (--no-seed): the databases are empty.\n" : indent(demo));
        text.append("\n")
                .append(line(
                        "Web app",
                        webApp(endpoints) + (demo == null ? "" : "  (sign in as one of the demo users above)")));

        text.append(
                "\nGet a token as the demo alliance admin (alliance-admin / alliance-demo; it lasts 5 minutes):\n\n");
        text.append(indent(SampleCall.tokenCommand(endpoints)));
        text.append("\nCall the API through the gateway with it:\n\n");
        text.append(indent(SampleCall.apiCommand(endpoints)));
        if (sampleCheck != null) {
            text.append("  (checked just now: ").append(sampleCheck).append(")\n");
        }
        text.append('\n');
        text.append(line("Swagger UI", endpoints.gateway() + "/swagger-ui.html"));
        text.append(line(
                "Keycloak console",
                endpoints.keycloak() + "/admin/  (admin / admin; realm " + endpoints.realm() + ")"));
        if (!endpoints.management().isEmpty()) {
            text.append(line("Metrics", metrics(endpoints)));
        }
        parts.stream()
                .filter(part -> part.name().equals("prometheus"))
                .findFirst()
                .ifPresent(prometheus -> text.append(line(
                        "Prometheus",
                        prometheus.address() + "/targets  (alerts: /alerts; Grafana dashboard:"
                                + " infra/observability/grafana/skill-alliance.json)")));
        parts.stream()
                .filter(part -> part.name().equals("mail"))
                .findFirst()
                .ifPresent(mail -> text.append(line(
                        "Mail",
                        mail.address() + "  (what was sent, e.g. an invitation's set-password link:"
                                + " ./alliance mail)")));
        text.append(line("Logs", logs + "  (./alliance logs gateway)"));
        text.append(line("Status", "./alliance status"));
        text.append(line("Stop", "./alliance stop"));
        return text.toString();
    }

    /**
     * Where each part's Prometheus figures are: the gateway's address in full, then the others' management ports
     * ({@code /actuator/prometheus} on each; docs/observability.md).
     */
    static String metrics(PlatformEndpoints endpoints) {
        StringBuilder where = new StringBuilder();
        endpoints.management().entrySet().stream()
                .sorted(Map.Entry.comparingByValue(Comparator.comparingInt(URI::getPort)))
                .forEach(entry -> where.append(
                        where.isEmpty()
                                ? entry.getValue() + "/actuator/prometheus (" + entry.getKey() + ")"
                                : ", " + entry.getKey() + " :"
                                        + entry.getValue().getPort()));
        return where.toString();
    }

    /** The web app's address: the gateway's root, where it serves the people's pages. */
    static String webApp(PlatformEndpoints endpoints) {
        return endpoints.gateway().resolve("/").toString();
    }

    private static String line(String what, String where) {
        return String.format(Locale.ROOT, "%-18s %s%n", what, where);
    }

    private static String indent(String lines) {
        StringBuilder indented = new StringBuilder();
        lines.lines().forEach(line -> indented.append("  ").append(line).append('\n'));
        return indented.toString();
    }
}
