package org.regionaltc.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Controller
class AuditController {

    static final int PAGE_SIZE = 50;

    /** An entry as the page shows it: each changed field on its own row, before and after. */
    record Row(AuditEntry entry, List<Change> changes) {
    }

    record Change(String field, String before, String after) {
    }

    private final AuditEntries entries;
    private final JsonMapper json;

    AuditController(AuditEntries entries, JsonMapper json) {
        this.entries = entries;
        this.json = json;
    }

    @GetMapping("/audit")
    String list(@RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String entityType,
            @RequestParam(required = false) @Nullable String entityId,
            @RequestParam(required = false) AuditEntry.@Nullable Action action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "1") String page,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model) {
        AuditEntries.Filter filter = new AuditEntries.Filter(actor, entityType, entityId, action, from, to);
        int number = pageNumber(page);
        // One entry more than a page tells whether there is a next page without counting the whole trail.
        List<AuditEntry> found = entries.find(filter, PAGE_SIZE + 1, (long) (number - 1) * PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("rows", found.stream().limit(PAGE_SIZE).map(this::row).toList());
        model.addAttribute("page", number);
        model.addAttribute("hasNext", found.size() > PAGE_SIZE);
        model.addAttribute("entityTypes", entries.entityTypes());
        model.addAttribute("actions", AuditEntry.Action.values());
        model.addAttribute("pageSize", PAGE_SIZE);
        return htmx ? "audit/list :: rows" : "audit/list";
    }

    /** A page number that is not a whole number from 1 up shows the first page rather than an error. */
    private static int pageNumber(String page) {
        try {
            return Math.max(1, Math.min(Integer.parseInt(page.strip()), 1_000_000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private Row row(AuditEntry entry) {
        List<Change> changes = new ArrayList<>();
        if (entry.changes() != null) {
            Map<String, Map<String, @Nullable Object>> fields = json.readValue(entry.changes(),
                new TypeReference<Map<String, Map<String, @Nullable Object>>>() { });
            fields.forEach((field, change) -> changes.add(new Change(field, shown(change.get("before")),
                shown(change.get("after")))));
        }
        return new Row(entry, changes);
    }

    private String shown(@Nullable Object value) {
        return value == null ? "—" : value instanceof String s ? s : json.writeValueAsString(value);
    }
}
