package org.regionaltc.audit;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** One recorded change or refused access; {@code changes} holds each changed field's value before and after, as JSON. */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actor, Action action, String entityType,
        @Nullable String entityId, @Nullable String changes, @Nullable String summary) {

    public enum Action {
        CREATE, UPDATE, DELETE, ACCESS_DENIED
    }
}
