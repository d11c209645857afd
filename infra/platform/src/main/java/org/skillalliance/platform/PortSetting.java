package org.skillalliance.platform;

import java.util.Locale;

/**
 * Every port the local platform listens on, with its default and the two ways to change it: the environment variable
 * {@code ALLIANCE_<NAME>_PORT} and the flag {@code --<name>-port=N}.
 *
 * <p>PostgreSQL defaults to 15432, not 5432, so that a PostgreSQL already running on the developer's machine does not
 * stand in the way. Each service and the gateway has a management port beside its own (9080 to 9084), where actuator
 * answers: health, and the metrics Prometheus scrapes ({@code /actuator/prometheus}).
 */
public enum PortSetting {
    GATEWAY("gateway", 8080, "the gateway"),
    MEMBER("member", 8081, "member-service"),
    CURRICULUM("curriculum", 8082, "curriculum-service"),
    FUNDING("funding", 8083, "funding-service"),
    REPORTING("reporting", 8084, "reporting-service"),
    GATEWAY_MANAGEMENT("gateway-management", 9080, "the gateway's management server (health, metrics)"),
    MEMBER_MANAGEMENT("member-management", 9081, "member-service's management server (health, metrics)"),
    CURRICULUM_MANAGEMENT("curriculum-management", 9082, "curriculum-service's management server (health, metrics)"),
    FUNDING_MANAGEMENT("funding-management", 9083, "funding-service's management server (health, metrics)"),
    REPORTING_MANAGEMENT("reporting-management", 9084, "reporting-service's management server (health, metrics)"),
    KEYCLOAK("keycloak", 8180, "Keycloak"),
    KEYCLOAK_MANAGEMENT("keycloak-management", 8190, "Keycloak's management interface"),
    KAFKA("kafka", 9092, "the Kafka broker"),
    KAFKA_CONTROLLER("kafka-controller", 9093, "the Kafka controller"),
    POSTGRES("postgres", 15432, "PostgreSQL"),
    MAIL("mail", 3025, "the mail server's SMTP (GreenMail: Keycloak's and member-service's email)"),
    MAIL_API("mail-api", 8025, "the mail server's web page and REST API (what was sent: ./alliance mail)"),
    PROMETHEUS("prometheus", 9090, "Prometheus (only with --with-prometheus)"),
    ZIPKIN("zipkin", 9411, "Zipkin (only with --with-tracing)"),
    OTLP("otlp", 4318, "the OTLP receiver of the traces (only with --with-tracing)");

    private final String name;
    private final int defaultPort;
    private final String description;

    PortSetting(String name, int defaultPort, String description) {
        this.name = name;
        this.defaultPort = defaultPort;
        this.description = description;
    }

    /** The short name used in the flag, e.g. {@code keycloak-management}. */
    public String shortName() {
        return name;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** What listens on the port, for messages: "the gateway", "member-service". */
    public String description() {
        return description;
    }

    /** {@code ALLIANCE_KEYCLOAK_MANAGEMENT_PORT}. */
    public String environmentVariable() {
        return "ALLIANCE_" + name.toUpperCase(Locale.ROOT).replace('-', '_') + "_PORT";
    }

    /** {@code --keycloak-management-port}. */
    public String flag() {
        return "--" + name + "-port";
    }
}
