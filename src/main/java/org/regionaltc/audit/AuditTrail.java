package org.regionaltc.audit;

import java.lang.reflect.RecordComponent;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionaltc.audit.AuditEntry.Action;
import org.regionaltc.system.AccessDenied;
import org.regionaltc.system.SignedInUser;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records who changed what, when, and each changed field before and after. It only ever inserts: the
 * database refuses updates and deletes of audit rows as well (the V007_1 migrations under db/vendor).
 */
@Component
public class AuditTrail {

    /** Fields whose values never go into the trail; only the fact that they changed. */
    private static final Set<String> SECRET = Set.of("passwordHash", "password");

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditTrail(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A change recorded in the trail, by its sequence number: which record of which type changed. */
    public record Change(long sequence, String entityType, @Nullable String entityId) {
    }

    /**
     * The changes recorded after {@code sequence}, oldest first. Every write of every feature passes through the
     * trail in its own transaction, so the trail doubles as an outbox that other features follow (the search index).
     */
    public List<Change> changesAfter(long sequence, int limit) {
        return jdbc.sql("""
                SELECT id, entity_type, entity_id FROM audit_entry
                WHERE id > :after AND action <> 'ACCESS_DENIED' ORDER BY id LIMIT :limit
                """)
            .param("after", sequence).param("limit", limit)
            .query((rs, n) -> new Change(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** The changes with these sequence numbers that are committed now (a follower re-reads gaps it saw). */
    public List<Change> changesAmong(java.util.Collection<Long> sequences) {
        if (sequences.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, entity_type, entity_id FROM audit_entry WHERE id IN (:ids) AND action <> 'ACCESS_DENIED' ORDER BY id")
            .param("ids", List.copyOf(sequences))
            .query((rs, n) -> new Change(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** The sequence number of the last recorded change, 0 when there is none. */
    public long lastSequence() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_entry").query(Long.class).single();
    }

    public void created(String entityType, Object id, Record after) {
        insert(Action.CREATE, entityType, id, diff(Map.of(), fieldsOf(after), personal(after)), null);
    }

    public void updated(String entityType, Object id, Record before, Record after) {
        Map<String, Map<String, @Nullable Object>> changes = diff(fieldsOf(before), fieldsOf(after), personal(after));
        if (!changes.isEmpty()) {
            insert(Action.UPDATE, entityType, id, changes, null);
        }
    }

    public void deleted(String entityType, Object id, Record before) {
        insert(Action.DELETE, entityType, id, diff(fieldsOf(before), Map.of(), personal(before)), null);
    }

    @EventListener
    void on(AccessDenied denied) {
        jdbc.sql("""
                INSERT INTO audit_entry (occurred_at, actor, action, entity_type, entity_id, changes, summary)
                VALUES (:at, :actor, 'ACCESS_DENIED', 'Route', :path, NULL, :summary)
                """)
            .param("at", now())
            .param("actor", denied.actor())
            .param("path", truncate(denied.path(), 100))
            .param("summary", truncate(denied.method() + " " + denied.path() + " refused", 1000))
            .update();
    }

    /** A request that needed a signed-in user and came without one: who is the client's address. */
    void refusedAnonymous(String clientAddress, String method, String path) {
        refusal(anonymous(clientAddress), path, method + " " + path + " refused: not signed in");
    }

    /** The refusals of one address in one minute past what is recorded one by one, as one entry. */
    void unrecordedRefusals(RefusalWindows.Tally tally) {
        refusal(anonymous(tally.address()), null, tally.unrecorded() + " more refused anonymous request(s) from "
            + tally.address() + " between " + tally.from() + " and " + tally.to() + ", not recorded one by one");
    }

    /** Usernames have no spaces, so this actor cannot be mistaken for an account. */
    static String anonymous(String clientAddress) {
        return truncate("anonymous " + clientAddress, 100);
    }

    private void refusal(String actor, @Nullable String path, String summary) {
        jdbc.sql("""
                INSERT INTO audit_entry (occurred_at, actor, action, entity_type, entity_id, changes, summary)
                VALUES (:at, :actor, 'ACCESS_DENIED', 'Route', :path, NULL, :summary)
                """)
            .param("at", now())
            .param("actor", actor)
            .param("path", path == null ? null : truncate(path, 100))
            .param("summary", truncate(summary, 1000))
            .update();
    }

    private void insert(Action action, String entityType, Object id, Map<String, Map<String, @Nullable Object>> changes,
            @Nullable String summary) {
        jdbc.sql("""
                INSERT INTO audit_entry (occurred_at, actor, action, entity_type, entity_id, changes, summary)
                VALUES (:at, :actor, :action, :type, :id, :changes, :summary)
                """)
            .param("at", now())
            .param("actor", SignedInUser.actorName())
            .param("action", action.name())
            .param("type", entityType)
            .param("id", String.valueOf(id))
            .param("changes", json.writeValueAsString(changes))
            .param("summary", summary)
            .update();
    }

    static Map<String, Map<String, @Nullable Object>> diff(Map<String, @Nullable Object> before,
            Map<String, @Nullable Object> after) {
        return diff(before, after, Set.of());
    }

    /** The components of a record marked {@link Personal}: recorded as changed, never with their values. */
    static Set<String> personal(Record record) {
        Set<String> names = new java.util.HashSet<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.isAnnotationPresent(org.regionaltc.system.Personal.class)) {
                names.add(component.getName());
            }
        }
        return names;
    }

    static Map<String, Map<String, @Nullable Object>> diff(Map<String, @Nullable Object> before,
            Map<String, @Nullable Object> after, Set<String> personal) {
        Map<String, Map<String, @Nullable Object>> changes = new LinkedHashMap<>();
        LinkedHashMap<String, @Nullable Object> all = new LinkedHashMap<>(before);
        all.putAll(after);
        for (String field : all.keySet()) {
            Object old = before.get(field);
            Object now = after.get(field);
            if (!Objects.equals(old, now)) {
                Map<String, @Nullable Object> change = new LinkedHashMap<>();
                boolean secret = SECRET.contains(field) || personal.contains(field);
                change.put("before", secret ? (old == null ? null : "(secret)") : old);
                change.put("after", secret ? (now == null ? null : "(changed)") : now);
                changes.put(field, change);
            }
        }
        return changes;
    }

    static Map<String, @Nullable Object> fieldsOf(Record record) {
        Map<String, @Nullable Object> fields = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                component.getAccessor().setAccessible(true);
                Object value = component.getAccessor().invoke(record);
                fields.put(component.getName(), value instanceof Enum<?> e ? e.name()
                    : value instanceof java.util.Collection<?> c ? List.copyOf(c).stream().map(String::valueOf).sorted().toList()
                    : value == null || value instanceof Number || value instanceof Boolean ? value
                    : value.toString());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }
        return fields;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
