package org.regionaltc.alignment;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.function.Supplier;
import org.regionaltc.project.ProjectCatalog;
import org.regionaltc.system.H2Modifications;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps computed scores and coverage tables until one of their inputs changes. On PostgreSQL, triggers move a
 * generation counter on every change to projects, their countries, themes, links and endorsements, priorities,
 * cycles, grouping membership and thematic areas (db/vendor/postgresql/V034_1, V056_1), whoever makes it, in the
 * same transaction; a result is reused only while the counter is where it was when the result was computed. The
 * same migrations keep every project's score in the database ({@link #keptInDatabase}). On the embedded H2
 * database, which cannot write from a trigger in an auto-committed statement, the same tables' change numbers
 * stand for the counter ({@link H2Modifications}), and a result computed while some change is uncommitted is not
 * kept.
 */
@Component
class AlignmentCache {

    private static final int MAX_ENTRIES = 64;
    /** The tables whose changes move alignment_generation on PostgreSQL (V034_1, V056_1). */
    private static final List<String> INPUTS = java.util.stream.Stream.concat(
        ProjectCatalog.ALIGNMENT_TABLES.stream(),
        java.util.stream.Stream.of("priority", "review_cycle", "grouping_member", "thematic_area")).toList();

    private record Cached(long generation, Object value) {
    }

    private final JdbcClient jdbc;
    private final boolean postgres;
    private final H2Modifications h2;
    private final boolean enabled;
    private final Cache<String, Cached> entries = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).build();

    AlignmentCache(JdbcClient jdbc, javax.sql.DataSource dataSource, H2Modifications h2) {
        this.jdbc = jdbc;
        this.postgres = isPostgres(dataSource);
        this.h2 = h2;
        this.enabled = postgres || h2.available();
    }

    private static boolean isPostgres(javax.sql.DataSource dataSource) {
        try (java.sql.Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot tell which database this is", e);
        }
    }

    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> compute) {
        // Inside a caller's transaction the counter may count the caller's own uncommitted changes, which a result
        // computed in another transaction cannot see: compute, but keep nothing.
        if (!enabled || TransactionSynchronizationManager.isActualTransactionActive()) {
            return compute.get();
        }
        // Read the generation before computing: a change committed meanwhile then makes the next call recompute.
        long generation = generation();
        Cached entry = entries.getIfPresent(key);
        if (entry != null && entry.generation() == generation) {
            return (T) entry.value();
        }
        boolean keep = postgres || !h2.anyUncommitted();
        // Computed outside the cache's lock: two readers may both compute, which is cheaper than making every
        // other key wait behind a slow coverage query.
        T value = compute.get();
        if (keep) {
            entries.put(key, new Cached(generation, value));
        }
        return value;
    }

    /** Whether project scores are kept in project_alignment and kept current by triggers (PostgreSQL). */
    boolean keptInDatabase() {
        return postgres;
    }

    long generation() {
        return postgres
            ? jdbc.sql("SELECT generation FROM alignment_generation WHERE id = 1").query(Long.class).single()
            : h2.of(INPUTS);
    }
}
