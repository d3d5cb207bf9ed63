package org.regionaltc.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionaltc.alignment.Coverage;
import org.regionaltc.audit.AuditEntry;
import org.regionaltc.project.ProjectScope;
import org.regionaltc.project.ProjectStatus;
import org.regionaltc.project.ProjectSummaries;
import org.regionaltc.system.ProjectVisibility;
import org.regionaltc.system.Text;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Every list as CSV and XLSX beside its page, with the page's filters in the same query parameters, streamed
 * (so exempt from paging); and the whole programme as one workbook for the secretariat.
 */
@Controller
class ExportController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final ListSheets sheets;

    ExportController(ListSheets sheets) {
        this.sheets = sheets;
    }

    @GetMapping({"/projects.csv", "/projects.xlsx"})
    ResponseEntity<StreamingResponseBody> projects(@RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable String theme,
            @RequestParam(required = false) @Nullable ProjectStatus status,
            @RequestParam(required = false) @Nullable ProjectScope scope,
            @RequestParam(required = false) @Nullable String q, jakarta.servlet.http.HttpServletRequest request) {
        Sheet sheet = sheets.projects(new ProjectSummaries.Filter(Text.codeOrNull(country), Text.codeOrNull(theme),
            status, scope, q));
        return send("projects", request, List.of(sheet));
    }

    @GetMapping({"/funding/ledger.csv", "/funding/ledger.xlsx"})
    ResponseEntity<StreamingResponseBody> ledger(@RequestParam(required = false) @Nullable String body,
            @RequestParam(required = false) @Nullable Long project, jakarta.servlet.http.HttpServletRequest request) {
        return send("ledger", request, List.of(sheets.ledger(Text.blankToNull(body), project)));
    }

    @GetMapping({"/pipeline.csv", "/pipeline.xlsx"})
    ResponseEntity<StreamingResponseBody> pipeline(jakarta.servlet.http.HttpServletRequest request) {
        return send("pipeline", request, List.of(sheets.pipeline()));
    }

    /** The CSV holds the roll-up by theme (or by country with {@code ?by=country}); the workbook holds both. */
    @GetMapping({"/results.csv", "/results.xlsx"})
    ResponseEntity<StreamingResponseBody> results(@RequestParam(defaultValue = "theme") String by,
            jakarta.servlet.http.HttpServletRequest request) {
        List<Sheet> both = sheets.results();
        if (request.getRequestURI().endsWith(".csv")) {
            return send("results-by-" + (by.equals("country") ? "country" : "theme"), request,
                List.of(both.get(by.equals("country") ? 1 : 0)));
        }
        return send("results", request, both);
    }

    @GetMapping({"/audit.csv", "/audit.xlsx"})
    ResponseEntity<StreamingResponseBody> audit(@RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String entityType,
            @RequestParam(required = false) @Nullable String entityId,
            @RequestParam(required = false) AuditEntry.@Nullable Action action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            jakarta.servlet.http.HttpServletRequest request) {
        return send("audit", request, List.of(sheets.audit(Text.blankToNull(actor), Text.blankToNull(entityType),
            Text.blankToNull(entityId), action, from, to)));
    }

    @GetMapping("/coverage/{table}.xlsx")
    ResponseEntity<StreamingResponseBody> coverage(@PathVariable String table,
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable String grouping,
            @RequestParam(required = false) @Nullable String theme, jakarta.servlet.http.HttpServletRequest request) {
        Coverage.Filter filter = new Coverage.Filter(Text.codeOrNull(country), Text.codeOrNull(grouping),
            Text.codeOrNull(theme), ProjectVisibility.current());
        return send("coverage-" + table, request, List.of(sheets.coverage(table, filter)));
    }

    @GetMapping("/cycles/{cycleId}/priorities.xlsx")
    ResponseEntity<StreamingResponseBody> priorities(@PathVariable long cycleId,
            jakarta.servlet.http.HttpServletRequest request) {
        return send("priorities-cycle-" + cycleId, request, List.of(sheets.priorities(cycleId)));
    }

    /** The whole programme, a sheet per entity, for the secretariat. */
    @GetMapping("/programme.xlsx")
    ResponseEntity<StreamingResponseBody> programme(jakarta.servlet.http.HttpServletRequest request) {
        ProjectSummaries.Filter all = new ProjectSummaries.Filter(null, null, null, null, null);
        List<Sheet> workbook = new java.util.ArrayList<>(List.of(sheets.projects(all), sheets.allPriorities(),
            sheets.coverage("priorities", Coverage.Filter.none()).named("Coverage"), sheets.ledger(null, null), sheets.windows(),
            sheets.pipeline()));
        workbook.addAll(sheets.results());
        return send("programme", request, workbook);
    }

    /** The sheets as the extension asks; the rows are read while the response is written. */
    private static ResponseEntity<StreamingResponseBody> send(String name, jakarta.servlet.http.HttpServletRequest request,
            List<Sheet> content) {
        boolean csv = request.getRequestURI().endsWith(".csv");
        StreamingResponseBody body = csv ? out -> CsvFile.write(content.getFirst(), out) : out -> Xlsx.write(content, out);
        return ResponseEntity.ok()
            .contentType(csv ? CSV : XLSX)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(name + (csv ? ".csv" : ".xlsx")).build().toString())
            .body(body);
    }
}
