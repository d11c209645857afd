package org.skillalliance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps infra/observability honest: every metric the alert rules and the Grafana dashboard query, and every label
 * they group or match by, is one the platform publishes as docs/observability.md's tables document it
 * ({@link OperationsMetricsIT} checks those tables against the live scrapes); every {@code skillalliance_} figure is
 * on the dashboard; and where Prometheus's promtool is installed (Debian's prometheus package), it accepts the rules,
 * the dashboard's queries and the reference configuration.
 */
class ObservabilityFilesTest {

    static final Path ROOT = DockerComposeTest.ROOT;
    static final Path OBSERVABILITY = ROOT.resolve("infra/observability");
    /** Labels every figure has, or that Prometheus adds: the part, the scrape's job and instance, a histogram's bound. */
    static final Set<String> COMMON_LABELS = Set.of("application", "job", "instance", "le");

    static final Set<String> KEYWORDS = Set.of(
            "by",
            "without",
            "on",
            "ignoring",
            "group_left",
            "group_right",
            "and",
            "or",
            "unless",
            "bool",
            "offset",
            "inf",
            "nan");
    static final List<String> SUFFIXES = List.of("", "_count", "_sum", "_max", "_bucket");
    private static final Pattern GROUPING =
            Pattern.compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\(([^)]*)\\)");
    private static final Pattern SELECTOR = Pattern.compile("\\{([^}]*)}");
    private static final Pattern MATCHER = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)\\s*(?:=~|!~|!=|=)\\s*\"[^\"]*\"");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    /** A PromQL expression's metric names and the labels it groups or matches by. */
    record Query(String expression, Set<String> metrics, Set<String> labels) {

        static Query of(String expression) {
            Set<String> labels = new TreeSet<>();
            String rest = expression;
            Matcher selector = SELECTOR.matcher(rest);
            while (selector.find()) {
                Matcher matcher = MATCHER.matcher(selector.group(1));
                while (matcher.find()) {
                    labels.add(matcher.group(1));
                }
            }
            rest = SELECTOR.matcher(rest).replaceAll(" ");
            Matcher grouping = GROUPING.matcher(rest);
            while (grouping.find()) {
                for (String label : grouping.group(1).split(",")) {
                    if (!label.isBlank()) {
                        labels.add(label.strip());
                    }
                }
            }
            rest = GROUPING.matcher(rest).replaceAll(" ");
            rest = rest.replaceAll("\\[[^]]*]", " ").replaceAll("\"[^\"]*\"", " ");
            Set<String> metrics = new TreeSet<>();
            Matcher identifier = IDENTIFIER.matcher(rest);
            while (identifier.find()) {
                String name = identifier.group();
                boolean function = rest.substring(identifier.end()).matches("(?s)\\s*\\(.*");
                boolean number = identifier.start() > 0 && Character.isDigit(rest.charAt(identifier.start() - 1));
                if (!function && !number && !KEYWORDS.contains(name.toLowerCase())) {
                    metrics.add(name);
                }
            }
            return new Query(expression, metrics, labels);
        }
    }

    @Test
    void theQueryParserFindsMetricsAndLabels() {
        Query query = Query.of("sum by (application) (rate(http_server_requests_seconds_count{status=~\"5..\"}[5m]))"
                + " / sum by (application) (rate(http_server_requests_seconds_count[$__rate_interval])) > 0.05");
        assertThat(query.metrics()).containsExactly("http_server_requests_seconds_count");
        assertThat(query.labels()).containsExactly("application", "status");
        assertThat(Query.of("histogram_quantile(0.95, sum by (le, uri) (rate(x_bucket{a=\"b\"}[5m])))")
                        .metrics())
                .containsExactly("x_bucket");
    }

    @Test
    void theAlertRulesQueryOnlyDocumentedFiguresAndLabels() {
        Map<String, String> alerts = alerts();
        assertThat(alerts.keySet())
                .contains(
                        "ConsumerGroupNotCatchingUp",
                        "ConsumerLagHigh",
                        "OutboxNotPublishing",
                        "NewDeadLetters",
                        "HighServerErrorRate");
        Map<String, Set<String>> documented = documented();
        alerts.forEach((alert, expression) -> assertOnlyDocumented("alert " + alert, Query.of(expression), documented));
        Set<String> queried = new HashSet<>();
        alerts.values()
                .forEach(expression -> queried.addAll(Query.of(expression).metrics()));
        assertThat(queried)
                .as("the alerts watch consumer lag, the outbox's age, dead letters and 5xx answers")
                .contains(
                        "skillalliance_consumer_lag",
                        "skillalliance_outbox_oldest_age_seconds",
                        "skillalliance_dead_letter_records",
                        "http_server_requests_seconds_count");
    }

    @Test
    void theDashboardQueriesOnlyDocumentedFiguresAndShowsEveryPlatformFigure() {
        Map<String, Set<String>> documented = documented();
        Set<String> queried = new TreeSet<>();
        for (Map.Entry<String, String> panel : dashboardQueries().entrySet()) {
            Query query = Query.of(panel.getValue());
            assertOnlyDocumented("panel " + panel.getKey(), query, documented);
            query.metrics().forEach(metric -> queried.add(baseName(metric, documented)));
        }
        Set<String> platformFigures = new TreeSet<>(documented.keySet());
        platformFigures.removeIf(name -> !name.startsWith("skillalliance_"));
        assertThat(queried)
                .as("every figure of the platform is on the dashboard")
                .containsAll(platformFigures);
    }

    @Test
    void theDashboardIsAGrafanaDashboardOnAChosenPrometheus() throws IOException {
        JsonNode dashboard = JsonMapper.builder()
                .build()
                .readTree(OBSERVABILITY.resolve("grafana/skill-alliance.json").toFile());
        assertThat(dashboard.path("uid").asString()).isEqualTo("skill-alliance");
        assertThat(dashboard.path("templating").path("list").get(0).path("type").asString())
                .isEqualTo("datasource");
        Set<Integer> ids = new HashSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            assertThat(ids.add(panel.path("id").asInt()))
                    .as("panel ids are unique")
                    .isTrue();
            if (!panel.path("type").asString().equals("row")) {
                assertThat(panel.path("datasource").path("uid").asString()).isEqualTo("${datasource}");
                assertThat(panel.path("targets"))
                        .as(panel.path("title").asString())
                        .isNotEmpty();
            }
        }
    }

    /** Where promtool is installed: it accepts the rules, the dashboard's queries as rules, and the reference config. */
    @Test
    void promtoolAcceptsTheRulesTheDashboardsQueriesAndTheConfiguration(@TempDir Path work) throws Exception {
        Path promtool = Path.of("/usr/bin/promtool");
        Assumptions.assumeTrue(
                Files.isExecutable(promtool),
                "promtool is not installed (apt-get install prometheus): the files are not checked by it");
        assertThat(promtool(promtool, OBSERVABILITY, "check", "rules", "alert-rules.yml"))
                .contains("SUCCESS: 6 rules");
        assertThat(promtool(promtool, OBSERVABILITY, "check", "config", "prometheus.yml"))
                .contains("is valid prometheus config file syntax");

        StringBuilder rules = new StringBuilder("groups:\n  - name: dashboard\n    rules:\n");
        int n = 0;
        for (String expression : dashboardQueries().values()) {
            rules.append("      - record: dashboard_query_")
                    .append(++n)
                    .append('\n')
                    .append("        expr: '")
                    .append(expression.replace("$__rate_interval", "5m").replace("'", "''"))
                    .append("'\n");
        }
        Files.writeString(work.resolve("dashboard-queries.yml"), rules);
        assertThat(promtool(promtool, work, "check", "rules", "dashboard-queries.yml"))
                .contains("SUCCESS: " + n + " rules");
    }

    private static void assertOnlyDocumented(String where, Query query, Map<String, Set<String>> documented) {
        assertThat(query.metrics())
                .as("%s queries some metric: %s", where, query.expression())
                .isNotEmpty();
        Set<String> allowedLabels = new HashSet<>(COMMON_LABELS);
        for (String metric : query.metrics()) {
            String base = baseName(metric, documented);
            assertThat(base)
                    .as("%s: %s is in docs/observability.md's tables (%s)", where, metric, query.expression())
                    .isNotNull();
            allowedLabels.addAll(documented.get(base));
        }
        assertThat(allowedLabels)
                .as("%s: the labels it uses are those of its figures (%s)", where, query.expression())
                .containsAll(query.labels());
    }

    /** The documented figure a queried series belongs to (itself, or a timer's or histogram's part), or null. */
    private static String baseName(String metric, Map<String, Set<String>> documented) {
        for (String suffix : SUFFIXES) {
            if (metric.endsWith(suffix)
                    && documented.containsKey(metric.substring(0, metric.length() - suffix.length()))) {
                return metric.substring(0, metric.length() - suffix.length());
            }
        }
        return null;
    }

    /** Each figure of docs/observability.md's tables with its labels (the backticked names of its labels column). */
    static Map<String, Set<String>> documented() {
        String docs = read(ROOT.resolve("docs/observability.md"));
        Matcher row = Pattern.compile("(?m)^\\| `([a-z_]+)` \\| [^|]+ \\| ([^|]+) \\|")
                .matcher(docs);
        Map<String, Set<String>> figures = new LinkedHashMap<>();
        while (row.find()) {
            // the labels are the backticked names of the column; a colon starts the list of one label's values
            String column = row.group(2);
            Matcher label = Pattern.compile("`([a-z_]+)`")
                    .matcher(column.contains(":") ? column.substring(0, column.indexOf(':')) : column);
            Set<String> labels = new TreeSet<>();
            while (label.find()) {
                labels.add(label.group(1));
            }
            figures.put(row.group(1), labels);
        }
        assertThat(figures)
                .as("docs/observability.md's tables")
                .containsKeys("skillalliance_consumer_lag", "http_server_requests_seconds", "up");
        return figures;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> alerts() {
        Map<String, Object> file = new Yaml().load(read(OBSERVABILITY.resolve("alert-rules.yml")));
        Map<String, String> alerts = new LinkedHashMap<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) file.get("groups")) {
            for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                alerts.put(String.valueOf(rule.get("alert")), String.valueOf(rule.get("expr")));
            }
        }
        return alerts;
    }

    /** Each panel target's query, keyed by panel title and target. */
    private static Map<String, String> dashboardQueries() {
        JsonNode dashboard =
                JsonMapper.builder().build().readTree(read(OBSERVABILITY.resolve("grafana/skill-alliance.json")));
        Map<String, String> queries = new LinkedHashMap<>();
        List<JsonNode> panels = new ArrayList<>();
        dashboard.path("panels").forEach(panels::add);
        for (JsonNode panel : panels) {
            for (JsonNode target : panel.path("targets")) {
                queries.put(
                        panel.path("title").asString() + " / "
                                + target.path("refId").asString(),
                        target.path("expr").asString());
            }
        }
        assertThat(queries).as("the dashboard's queries").hasSizeGreaterThanOrEqualTo(10);
        return queries;
    }

    private static String promtool(Path promtool, Path directory, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(promtool.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as("promtool %s:%n%s", List.of(arguments), output)
                .isZero();
        return output;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
