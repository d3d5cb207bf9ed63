package org.regionaltc.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps figures computed over the whole programme (each scope's dashboard, the mobilization overview) until
 * anything they summarise changes. Computing them reads the whole portfolio (20,000 projects and 500,000 ledger
 * lines take seconds), while they change only when someone writes: on PostgreSQL, triggers on every table but a
 * few (sign-in failures, the audit trail, accounts) move dashboard_generation on in the writer's transaction
 * (db/vendor/postgresql/V066_1), and a kept value is served only while the counter is where it was when the value
 * was computed, and on the same day (overdue items, deadlines and today's exchange rates depend on it). Concurrent
 * readers of a stale key wait for one computation rather than each starting their own. On the embedded H2
 * database, which cannot write from a trigger in an auto-committed statement, the same tables' change numbers
 * stand for the counter ({@link H2Modifications}), and a value computed while some change is uncommitted is not
 * kept. A value must not depend on who reads it beyond what its key says.
 */
@Component
public class FiguresCache {

    private static final int MAX_ENTRIES = 256;
    /**
     * The tables whose changes do not move dashboard_generation on PostgreSQL (V066_1), and shedlock, which the
     * scheduled jobs write on every run.
     */
    private static final List<String> NOT_INPUTS = List.of("dashboard_generation", "alignment_generation",
        "flyway_schema_history", "audit_entry", "login_failure", "search_epoch", "app_user", "app_user_country",
        "app_role", "shedlock");

    private record Cached(long generation, LocalDate day, Object value) {
    }

    private final JdbcClient jdbc;
    private final boolean postgres;
    private final H2Modifications h2;
    private final boolean enabled;
    private final Cache<String, Cached> entries = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).build();
    private final ConcurrentHashMap<String, Object> computing = new ConcurrentHashMap<>();

    FiguresCache(JdbcClient jdbc, DataSource dataSource, H2Modifications h2) {
        this.jdbc = jdbc;
        this.postgres = isPostgres(dataSource);
        this.h2 = h2;
        this.enabled = postgres || h2.available();
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (java.sql.Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot tell which database this is", e);
        }
    }

    /** The value kept under {@code key} for {@code day}, or {@code compute}'s, kept when it can be. */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, LocalDate day, Supplier<T> compute) {
        // Inside a caller's transaction the counter may count the caller's own uncommitted changes, which a
        // value computed in another transaction cannot show: compute, but keep nothing.
        if (!enabled || TransactionSynchronizationManager.isActualTransactionActive()) {
            return compute.get();
        }
        // Read the counter before computing: a change committed meanwhile makes the next reader recompute.
        long generation = generation();
        Cached kept = fresh(key, generation, day);
        if (kept != null) {
            return (T) kept.value();
        }
        synchronized (computing.computeIfAbsent(key, k -> new Object())) {
            kept = fresh(key, generation, day);
            if (kept != null) {
                return (T) kept.value();
            }
            boolean keep = postgres || !h2.anyUncommitted();
            T value = compute.get();
            if (keep) {
                entries.put(key, new Cached(generation, day, value));
            }
            return value;
        }
    }

    private @Nullable Cached fresh(String key, long generation, LocalDate day) {
        Cached kept = entries.getIfPresent(key);
        // A reader that read the counter before a later writer may find a newer entry: newer is as good.
        return kept != null && kept.generation() >= generation && kept.day().equals(day) ? kept : null;
    }

    long generation() {
        return postgres
            ? jdbc.sql("SELECT generation FROM dashboard_generation WHERE id = 1").query(Long.class).single()
            : h2.ofAllExcept(NOT_INPUTS);
    }
}
