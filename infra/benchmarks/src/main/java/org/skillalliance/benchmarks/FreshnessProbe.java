package org.skillalliance.benchmarks;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.skillalliance.platform.Pause;

/**
 * Event freshness: from an enrolment's commit in curriculum-service to its row in reporting-service's projection
 * ({@code rp_enrolment}), measured from outside both services.
 *
 * <p>The commit is taken as the moment the 201 answer reached the load generator (curriculum-service commits before it
 * answers, so the true commit is a little earlier: the figure errs high by the answer's way back, well under a
 * millisecond on loopback, plus the gateway's). Visibility is the start of the first poll of reporting's database that
 * finds the row (READ COMMITTED: the row was committed before that statement began); polls run back to back with
 * {@link #INTERVAL} between them, so the figure errs high by up to one interval plus one poll. Both clocks are this
 * JVM's {@link System#nanoTime()}.
 */
final class FreshnessProbe implements AutoCloseable {

    static final Duration INTERVAL = Duration.ofMillis(5);

    private final Map<UUID, Long> pending = new ConcurrentHashMap<>();
    private final Histogram micros = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
    private final Connection connection;
    private final Thread poller;
    private volatile boolean accepting = true;
    private volatile boolean stop;
    private long polls;

    FreshnessProbe(String jdbcUrl, String user, String password) throws SQLException {
        connection = DriverManager.getConnection(jdbcUrl, user, password);
        poller = Thread.ofPlatform().name("freshness-probe").daemon().start(this::poll);
    }

    /** An enrolment whose 201 arrived at {@code answeredNanos}. */
    void committed(UUID enrolmentId, long answeredNanos) {
        if (accepting) {
            pending.put(enrolmentId, answeredNanos);
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

    synchronized Histogram histogram() {
        return micros.copy();
    }

    synchronized long polls() {
        return polls;
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
        try (PreparedStatement select = connection.prepareStatement("select id from rp_enrolment where id = any(?)")) {
            while (!stop) {
                List<UUID> ids = new ArrayList<>(pending.keySet());
                if (!ids.isEmpty()) {
                    Array array = connection.createArrayOf("uuid", ids.toArray());
                    select.setArray(1, array);
                    long began = System.nanoTime();
                    List<UUID> seen = new ArrayList<>();
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            seen.add(rows.getObject(1, UUID.class));
                        }
                    }
                    synchronized (this) {
                        polls++;
                        for (UUID id : seen) {
                            Long answered = pending.remove(id);
                            if (answered != null) {
                                micros.recordValue(Math.max(0, TimeUnit.NANOSECONDS.toMicros(began - answered)));
                            }
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
