package org.regionaltc.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells, on the embedded H2 database, whether tables changed: what PostgreSQL's generation counters tell the
 * caches there (alignment, dashboards). H2 cannot keep such a counter: a trigger may not write in an auto-committed
 * statement ("Commit or rollback is not allowed within a trigger"). But H2 numbers every change to a table
 * (information_schema.tables.last_modification, moved at the latest when the change commits) and lists the
 * sessions holding uncommitted changes. A cache that reads the tables' newest number first, then finds no
 * uncommitted session, and only then computes, may keep the result under that number: whatever commits later moves
 * the number on. With uncommitted changes around it computes but keeps nothing, since those may commit without
 * moving the number any further. Needs an administrator (H2 shows other users' sessions only to one; the default
 * {@code sa} is); otherwise {@link #available} is false and the caches keep nothing, as before.
 */
@Component
public class H2Modifications {

    private final JdbcClient jdbc;
    private final boolean available;

    H2Modifications(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.available = isH2(dataSource) && jdbc.sql("""
                SELECT COUNT(*) FROM information_schema.users WHERE user_name = CURRENT_USER AND is_admin""")
            .query(Integer.class).single() > 0;
    }

    private static boolean isH2(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database this is", e);
        }
    }

    /** Whether this is H2 and the numbers below can be trusted. */
    public boolean available() {
        return available;
    }

    /** The newest change number of these tables (lower-case names). */
    public long of(Collection<String> tables) {
        return jdbc.sql("""
                SELECT COALESCE(MAX(last_modification), 0) FROM information_schema.tables
                WHERE table_schema = CURRENT_SCHEMA AND table_name IN (:tables)""")
            .param("tables", List.copyOf(tables)).query(Long.class).single();
    }

    /** The newest change number of every table of the schema but these. */
    public long ofAllExcept(Collection<String> tables) {
        return jdbc.sql("""
                SELECT COALESCE(MAX(last_modification), 0) FROM information_schema.tables
                WHERE table_schema = CURRENT_SCHEMA AND table_type = 'BASE TABLE' AND table_name NOT IN (:tables)""")
            .param("tables", List.copyOf(tables)).query(Long.class).single();
    }

    /** Whether some session, this one included, holds changes it has not committed. */
    public boolean anyUncommitted() {
        return jdbc.sql("SELECT COUNT(*) FROM information_schema.sessions WHERE contains_uncommitted")
            .query(Integer.class).single() > 0;
    }
}
