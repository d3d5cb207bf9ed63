package org.regionaltc.dialogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.regionaltc.audit.AuditTrail;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The action items meetings assign; {@link #overdueOn} is what the home page lists. */
@Repository
public class ActionItems {

    private static final String SELECT = """
            SELECT a.id, a.meeting_id, m.title AS meeting_title, a.decision_id, a.description, a.owner, a.due_date,
                   a.status, a.is_sample, a.version
            FROM action_item a JOIN meeting m ON m.id = a.meeting_id
            """;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final MeetingAccess access;

    ActionItems(JdbcClient jdbc, AuditTrail audit, MeetingAccess access) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
    }

    /** Open action items whose due date has passed, the longest overdue first, of the meetings the viewer reads. */
    public List<ActionItem> overdueOn(LocalDate day) {
        return access.visibleActions(jdbc.sql(SELECT + " WHERE a.status = 'OPEN' AND a.due_date < :day ORDER BY a.due_date, a.id")
            .param("day", day).query(ActionItems::toItem).list());
    }

    /** The action items of the meetings the viewer reads, open ones first. */
    List<ActionItem> findAll() {
        return access.visibleActions(jdbc.sql(SELECT + " ORDER BY CASE WHEN a.status = 'OPEN' THEN 0 ELSE 1 END, a.due_date, a.id")
            .query(ActionItems::toItem).list());
    }

    List<ActionItem> findByMeeting(long meetingId) {
        return jdbc.sql(SELECT + " WHERE a.meeting_id = :id ORDER BY a.due_date, a.id").param("id", meetingId)
            .query(ActionItems::toItem).list();
    }

    ActionItem get(long id) {
        return jdbc.sql(SELECT + " WHERE a.id = :id").param("id", id).query(ActionItems::toItem).optional()
            .orElseThrow(() -> new NotFound("Action item", id));
    }

    @Transactional
    ActionItem create(long meetingId, ActionItemForm form) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO action_item (meeting_id, decision_id, description, owner, due_date, status)
                VALUES (:meeting, :decision, :description, :owner, :due, :status)
                """)
            .param("meeting", meetingId).param("decision", form.decisionId())
            .param("description", String.valueOf(form.description()).strip()).param("owner", String.valueOf(form.owner()).strip())
            .param("due", form.dueDate())
            .param("status", (form.status() == null ? ActionItem.Status.OPEN : form.status()).name())
            .update(key, "id");
        ActionItem created = get(key.getKeyAs(Number.class).longValue());
        audit.created("ActionItem", created.id(), created);
        return created;
    }

    @Transactional
    ActionItem update(long id, ActionItemForm form) {
        Integer version = form.version();
        if (version == null) {
            throw new InvalidInput("version", "error.version.send");
        }
        ActionItem before = get(id);
        int updated = jdbc.sql("""
                UPDATE action_item SET description = :description, owner = :owner, due_date = :due, status = :status,
                    is_sample = FALSE, version = version + 1
                WHERE id = :id AND version = :version
                """)
            .param("description", String.valueOf(form.description()).strip()).param("owner", String.valueOf(form.owner()).strip())
            .param("due", form.dueDate())
            .param("status", (form.status() == null ? before.status() : form.status()).name())
            .param("id", id).param("version", version)
            .update();
        if (updated == 0) {
            throw new Conflict(new org.regionaltc.system.InvalidInput.FieldError("", "conflict.action.changed", before.description(), version,
                before.version(), org.regionaltc.system.InvalidInput.FieldError.words("enum.ActionItem.Status." + before.status()), String.valueOf(before.dueDate()),
                before.owner()));
        }
        ActionItem after = get(id);
        audit.updated("ActionItem", id, before, after);
        return after;
    }

    private static ActionItem toItem(ResultSet rs, int row) throws SQLException {
        return new ActionItem(rs.getLong("id"), rs.getLong("meeting_id"), rs.getString("meeting_title"),
            rs.getObject("decision_id", Long.class), rs.getString("description"), rs.getString("owner"),
            rs.getObject("due_date", LocalDate.class), ActionItem.Status.valueOf(rs.getString("status")),
            rs.getBoolean("is_sample"), rs.getInt("version"));
    }
}
