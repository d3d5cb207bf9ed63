package org.regionaltc.priority;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.NotFound;
import org.regionaltc.system.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The review cycles, newest first. */
@Repository
public class ReviewCycles {

    private static final String SELECT = """
            SELECT id, title, period_start, period_end, submission_deadline, status, framework_period_code,
                   previous_cycle_id, is_sample, version
            FROM review_cycle
            """;

    private final JdbcClient jdbc;

    ReviewCycles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ReviewCycle> findAll() {
        return jdbc.sql(SELECT + " ORDER BY period_start DESC, id DESC").query(ReviewCycles::toCycle).list();
    }

    public Optional<ReviewCycle> findById(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(ReviewCycles::toCycle).optional();
    }

    /** A cycle the signed-in user (or the public) may open; one they may not is left out. */
    public Optional<ReviewCycle> findVisible(long id) {
        return findById(id).filter(c -> Visibility.canSee(SignedInUser.current(), c));
    }

    public ReviewCycle get(long id) {
        return findById(id).orElseThrow(() -> new NotFound("Review cycle", id));
    }

    /**
     * Locks the cycle's row until the transaction ends, so that writes to its priorities take turns with each other
     * (ranks stay unique) and with changes of its status (no weight is written while the cycle is being endorsed).
     */
    void lock(long id) {
        jdbc.sql("SELECT id FROM review_cycle WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).optional()
            .orElseThrow(() -> new NotFound("Review cycle", id));
    }

    long insert(ReviewCycle cycle) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO review_cycle (title, period_start, period_end, submission_deadline, status,
                                          framework_period_code, previous_cycle_id, is_sample)
                VALUES (:title, :start, :end, :deadline, :status, :framework, :previous, :sample)
                """)
            .param("title", cycle.title())
            .param("start", cycle.periodStart())
            .param("end", cycle.periodEnd())
            .param("deadline", cycle.submissionDeadline())
            .param("status", cycle.status().name())
            .param("framework", cycle.frameworkPeriodCode())
            .param("previous", cycle.previousCycleId())
            .param("sample", cycle.sample())
            .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    void updateStatus(ReviewCycle cycle, CycleStatus to, int version) {
        int updated = jdbc.sql("""
                UPDATE review_cycle SET status = :to, version = version + 1
                WHERE id = :id AND version = :version AND status = :from
                """)
            .param("to", to.name()).param("id", cycle.id()).param("version", version)
            .param("from", cycle.status().name())
            .update();
        if (updated == 0) {
            throw new Conflict(new org.regionaltc.system.InvalidInput.FieldError("", "conflict.cycle.changed", cycle.title(), version, cycle.version(),
                org.regionaltc.system.InvalidInput.FieldError.words("enum.CycleStatus." + cycle.status())));
        }
    }

    static ReviewCycle toCycle(ResultSet rs, int row) throws SQLException {
        return new ReviewCycle(rs.getLong("id"), rs.getString("title"), rs.getObject("period_start", java.time.LocalDate.class),
            rs.getObject("period_end", java.time.LocalDate.class),
            rs.getObject("submission_deadline", java.time.LocalDate.class), CycleStatus.valueOf(rs.getString("status")),
            rs.getString("framework_period_code"), (Long) rs.getObject("previous_cycle_id", Long.class),
            rs.getBoolean("is_sample"), rs.getInt("version"));
    }
}
