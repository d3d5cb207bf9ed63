package org.regionaltc.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.regionaltc.system.Text;

/** Reads the audit trail, filtered; there is deliberately no way to change it. */
@Repository
class AuditEntries {

    record Filter(@Nullable String actor, @Nullable String entityType, @Nullable String entityId,
            AuditEntry.@Nullable Action action, @Nullable LocalDate from, @Nullable LocalDate to) {
    }

    private final JdbcClient jdbc;

    AuditEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AuditEntry> find(Filter filter, int limit) {
        return find(filter, limit, 0);
    }

    List<AuditEntry> find(Filter filter, int limit, long offset) {
        return jdbc.sql("""
                SELECT id, occurred_at, actor, action, entity_type, entity_id, changes, summary
                FROM audit_entry
                WHERE (CAST(:actor AS VARCHAR) IS NULL OR LOWER(actor) = LOWER(CAST(:actor AS VARCHAR)))
                  AND (CAST(:type AS VARCHAR) IS NULL OR entity_type = CAST(:type AS VARCHAR))
                  AND (CAST(:id AS VARCHAR) IS NULL OR entity_id = CAST(:id AS VARCHAR))
                  AND (CAST(:action AS VARCHAR) IS NULL OR action = CAST(:action AS VARCHAR))
                  AND (CAST(:from AS TIMESTAMP WITH TIME ZONE) IS NULL OR occurred_at >= CAST(:from AS TIMESTAMP WITH TIME ZONE))
                  AND (CAST(:to AS TIMESTAMP WITH TIME ZONE) IS NULL OR occurred_at < CAST(:to AS TIMESTAMP WITH TIME ZONE))
                ORDER BY id DESC
                LIMIT :limit OFFSET :offset
                """)
            .param("actor", Text.blankToNull(filter.actor()))
            .param("type", Text.blankToNull(filter.entityType()))
            .param("id", Text.blankToNull(filter.entityId()))
            .param("action", filter.action() == null ? null : filter.action().name())
            .param("from", filter.from() == null ? null : filter.from().atStartOfDay().atOffset(ZoneOffset.UTC))
            .param("to", filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC))
            .param("limit", limit)
            .param("offset", offset)
            .query(AuditEntries::toEntry)
            .list();
    }

    List<String> entityTypes() {
        return jdbc.sql("SELECT DISTINCT entity_type FROM audit_entry ORDER BY entity_type").query(String.class).list();
    }

    private static AuditEntry toEntry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
            rs.getString("actor"), AuditEntry.Action.valueOf(rs.getString("action")), rs.getString("entity_type"),
            rs.getString("entity_id"), rs.getString("changes"), rs.getString("summary"));
    }

}
