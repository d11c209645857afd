package org.skillalliance.drills;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the services' own databases directly (each service's owner, password its name, as the launcher creates them),
 * with a new connection for every question, so that a restarted server is simply asked again.
 */
final class Databases {

    /** The databases of the services that publish through an outbox. */
    static final List<String> PUBLISHERS = List.of("member", "curriculum", "funding");

    private final int port;

    Databases(int port) {
        this.port = port;
    }

    /** Enrolment id to status, as curriculum-service (the owner of enrolments) has them, for the given cohorts. */
    Map<UUID, String> serviceEnrolments(List<UUID> cohorts) throws SQLException {
        return statuses("curriculum", "select id, status from enrolment where cohort_id = any(?)", cohorts);
    }

    /** Enrolment id to status in reporting-service's projection, for the given cohorts. */
    Map<UUID, String> projectedEnrolments(List<UUID> cohorts) throws SQLException {
        return statuses("reporting", "select id, status from rp_enrolment where cohort_id = any(?)", cohorts);
    }

    /**
     * The additive figures of the cohorts' enrolments, each summed by its own database's SQL: curriculum-service's
     * (the producer's) beside funding-service's facts and reporting's projection: confirmed seats, waitlisted
     * enrolments, enrolments of any status, and the money the confirmed seats are worth at their cohort's per-seat
     * price. The overview's two figures are added by the caller.
     */
    Figures figures(String database, List<UUID> cohorts) throws SQLException {
        String sql = switch (database) {
            case "curriculum" -> FIGURES.formatted("enrolment", "cohort", "pricing");
            case "funding" -> FIGURES.formatted("fact_enrolment", "fact_cohort", "pricing");
            case "reporting" -> FIGURES.formatted("rp_enrolment", "rp_cohort", "cost_pricing");
            default -> throw new IllegalArgumentException(database);
        };
        try (Connection connection = connect(database);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("uuid", cohorts.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return new Figures(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4));
            }
        }
    }

    private static final String FIGURES = """
            select count(*) filter (where e.status = 'CONFIRMED'),
                   count(*) filter (where e.status = 'WAITLISTED'),
                   count(*),
                   coalesce(sum(c.cost_minor) filter (where e.status = 'CONFIRMED' and c.%3$s = 'PER_SEAT'), 0)
            from %1$s e left join %2$s c on c.id = e.cohort_id
            where e.cohort_id = any(?)
            """;

    /** What {@link #figures} sums for one database. */
    record Figures(long confirmed, long waitlisted, long enrolments, long confirmedSeatMoneyMinor) {}

    /** Every processed mark of one inbox consumer, one entry per row. */
    List<UUID> processedEvents(String database, String consumer) throws SQLException {
        try (Connection connection = connect(database);
                PreparedStatement statement =
                        connection.prepareStatement("select event_id from processed_event where consumer = ?")) {
            statement.setString(1, consumer);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return ids;
        }
    }

    /** Outbox rows not yet relayed to Kafka, per database. */
    Map<String, Long> unpublishedOutbox() throws SQLException {
        Map<String, Long> unpublished = new LinkedHashMap<>();
        for (String database : PUBLISHERS) {
            try (Connection connection = connect(database);
                    ResultSet rows = connection
                            .createStatement()
                            .executeQuery("select count(*) from outbox_event where published_at is null")) {
                rows.next();
                unpublished.put(database, rows.getLong(1));
            }
        }
        return unpublished;
    }

    private Map<UUID, String> statuses(String database, String sql, List<UUID> cohorts) throws SQLException {
        try (Connection connection = connect(database);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            Array ids = connection.createArrayOf("uuid", cohorts.toArray());
            statement.setArray(1, ids);
            Map<UUID, String> found = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getObject(1, UUID.class), rows.getString(2));
                }
            }
            return found;
        }
    }

    private Connection connect(String database) throws SQLException {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("user", database);
        properties.setProperty("password", database);
        properties.setProperty("connectTimeout", "3");
        properties.setProperty("socketTimeout", "20");
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, properties);
    }
}
