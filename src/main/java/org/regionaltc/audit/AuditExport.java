package org.regionaltc.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The audit trail with the audit page's filters, newest first, read a page at a time: for its CSV and XLSX. */
@Component
public class AuditExport {

    private static final int PAGE = 1000;

    private final AuditEntries entries;

    AuditExport(AuditEntries entries) {
        this.entries = entries;
    }

    public void each(@Nullable String actor, @Nullable String entityType, @Nullable String entityId,
            AuditEntry.@Nullable Action action, @Nullable LocalDate from, @Nullable LocalDate to, Consumer<AuditEntry> entry) {
        AuditEntries.Filter filter = new AuditEntries.Filter(actor, entityType, entityId, action, from, to);
        for (long offset = 0; ; offset += PAGE) {
            List<AuditEntry> page = entries.find(filter, PAGE, offset);
            page.forEach(entry);
            if (page.size() < PAGE) {
                return;
            }
        }
    }
}
