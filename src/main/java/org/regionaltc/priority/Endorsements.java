package org.regionaltc.priority;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** GRULAC's endorsements, one per review cycle. */
@Repository
class Endorsements {

    private final JdbcClient jdbc;

    Endorsements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Endorsement> findByCycle(long cycleId) {
        return jdbc.sql("""
                SELECT e.id, e.cycle_id, e.meeting, e.endorsed_on, e.decision_text, e.documents,
                       COALESCE(u.display_name, e.recorded_by) AS recorded_by, e.is_sample
                FROM endorsement e LEFT JOIN app_user u ON u.username = e.recorded_by WHERE e.cycle_id = :cycle
                """)
            .param("cycle", cycleId)
            .query((rs, n) -> new Endorsement(rs.getLong("id"), rs.getLong("cycle_id"), rs.getString("meeting"),
                rs.getObject("endorsed_on", java.time.LocalDate.class), rs.getString("decision_text"),
                rs.getString("documents"), rs.getString("recorded_by"), rs.getBoolean("is_sample")))
            .optional();
    }

    long insert(Endorsement e) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO endorsement (cycle_id, meeting, endorsed_on, decision_text, documents, recorded_by, is_sample)
                VALUES (:cycle, :meeting, :on, :decision, :documents, :by, :sample)
                """)
            .param("cycle", e.cycleId()).param("meeting", e.meeting()).param("on", e.endorsedOn())
            .param("decision", e.decisionText()).param("documents", e.documents()).param("by", e.recordedBy())
            .param("sample", e.sample())
            .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }
}
