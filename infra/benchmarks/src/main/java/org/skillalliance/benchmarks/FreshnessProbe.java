package org.skillalliance.benchmarks;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.skillalliance.platform.Pause;

/**
 * Event freshness: from an enrolment's commit inside curriculum-service to its row in reporting-service's projection
 * ({@code rp_enrolment}).
 *
 * <p><b>The commit</b> is the {@code occurred_at} of the enrolment's outbox row in curriculum's database, read after
 * the load. The outbox ({@code Outbox.append}) stamps it with the service JVM's {@code Instant.now()} when it inserts
 * the row, inside the enrolment's transaction, after the seat decision; the commit follows the insert within the same
 * request. So the figure errs high by the time from that insert to the commit. (It is not PostgreSQL's {@code now()},
 * which would be the transaction's start.)
 *
 * <p><b>Visibility</b> is {@code statement_timestamp()} of the first poll of reporting's database that finds the row
 * (READ COMMITTED: the row was committed before that statement's snapshot). Polls run back to back with
 * {@link #INTERVAL} between them, so the figure errs high by up to one interval plus one poll.
 *
 * <p><b>One clock.</b> Both times are the machine's real-time clock: the service's JVM and the platform's PostgreSQL
 * (one server for every service's database) run on the same machine. The load generator's clock is not used, nor the
 * client's 201, so the answer's way back through the gateway is not in the figure.
 */
final class FreshnessProbe implements AutoCloseable {

    static final Duration INTERVAL = Duration.ofMillis(5);

    /** Enrolments whose 201 arrived and whose row has not been seen yet. */
    private final Set<UUID> pending = ConcurrentHashMap.newKeySet();
    /** Enrolments seen, with the poll's statement_timestamp() in microseconds since the epoch. */
    private final Map<UUID, Long> visibleMicros = new ConcurrentHashMap<>();

    private final Connection connection;
    private final Thread poller;
    private volatile boolean accepting = true;
    private volatile boolean stop;

    FreshnessProbe(String jdbcUrl, String user, String password) throws SQLException {
        connection = DriverManager.getConnection(jdbcUrl, user, password);
        poller = Thread.ofPlatform().name("freshness-probe").daemon().start(this::poll);
    }

    /** An enrolment whose 201 arrived: the probe looks for its row from now on. */
    void committed(UUID enrolmentId) {
        if (accepting) {
            pending.add(enrolmentId);
        }
    }

    /**
     * Stops taking new enrolments and waits (at most {@code patience}) until every one taken was seen.
     *
     * @return how many were never seen
     */
    int drain(Duration patience) {
        accepting = false;
        long deadline = System.nanoTime() + patience.toNanos();
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            Pause.pause(Duration.ofMillis(50));
        }
        return pending.size();
    }

    /**
     * Freshness of every enrolment seen, in microseconds: visibility minus the {@code occurred_at} of its first
     * outbox row ({@code Enrolment...} events carry the enrolment's id in their payload) in curriculum's database.
     *
     * @param curriculumUrl curriculum's database, read as its owner
     * @param missing       receives how many seen enrolments had no outbox row (purged, or never written)
     */
    Histogram freshness(String curriculumUrl, String user, String password, long[] missing) throws SQLException {
        Histogram micros = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
        try (Connection curriculum = DriverManager.getConnection(curriculumUrl, user, password);
                PreparedStatement select = curriculum.prepareStatement("""
                        select (envelope::jsonb #>> '{payload,enrolmentId}')::uuid as enrolment,
                               min(occurred_at) as occurred_at
                        from outbox_event
                        where event_type like 'Enrolment%'
                          and (envelope::jsonb #>> '{payload,enrolmentId}')::uuid = any(?)
                        group by 1""")) {
            select.setArray(
                    1, curriculum.createArrayOf("uuid", visibleMicros.keySet().toArray()));
            long found = 0;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Long visible = visibleMicros.get(rows.getObject(1, UUID.class));
                    long occurred = micros(rows.getObject(2, OffsetDateTime.class));
                    micros.recordValue(Math.max(0, visible - occurred));
                    found++;
                }
            }
            missing[0] = visibleMicros.size() - found;
        }
        return micros;
    }

    private static long micros(OffsetDateTime time) {
        return ChronoUnit.MICROS.between(OffsetDateTime.parse("1970-01-01T00:00:00Z"), time);
    }

    private void poll() {
        // planned afresh for every poll: a plan PostgreSQL caches while rp_enrolment is small is a sequential scan, and
        // kept while the table grows by thousands of rows a second it made each poll (every 5 ms) read the whole table,
        // taking the CPU the measured path needed (found in pg_stat_user_tables: thousands of scans of rp_enrolment)
        try (Statement custom = connection.createStatement()) {
            custom.execute("set plan_cache_mode = force_custom_plan");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        try (PreparedStatement select =
                connection.prepareStatement("select id, statement_timestamp() from rp_enrolment where id = any(?)")) {
            while (!stop) {
                List<UUID> ids = new ArrayList<>(pending);
                if (!ids.isEmpty()) {
                    Array array = connection.createArrayOf("uuid", ids.toArray());
                    select.setArray(1, array);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            UUID id = rows.getObject(1, UUID.class);
                            visibleMicros.put(id, micros(rows.getObject(2, OffsetDateTime.class)));
                            pending.remove(id);
                        }
                    }
                }
                Thread.sleep(INTERVAL);
            }
        } catch (SQLException e) {
            System.out.println("    freshness probe failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws SQLException {
        stop = true;
        try {
            poller.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connection.close();
    }
}
