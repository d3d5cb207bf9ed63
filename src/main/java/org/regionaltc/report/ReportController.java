package org.regionaltc.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.regionaltc.dashboard.Chart;
import org.regionaltc.dashboard.Charts;
import tools.jackson.databind.json.JsonMapper;

/**
 * The periodic review report of a cycle, as a page and as a PDF generated here; {@code ?lang=} picks the
 * language of either, as it does everywhere.
 */
@Controller
class ReportController {

    private final ReviewReports reports;
    private final ReportPdf pdf;
    private final Charts charts;
    private final JsonMapper json;

    ReportController(ReviewReports reports, ReportPdf pdf, Charts charts, JsonMapper json) {
        this.reports = reports;
        this.pdf = pdf;
        this.charts = charts;
        this.json = json;
    }

    @GetMapping("/cycles/{cycleId}/report")
    String show(@PathVariable long cycleId, Model model) {
        ReviewReport report = reports.of(cycleId);
        model.addAttribute("report", report);
        java.util.List<Chart> drawn = charts.of(report.figures()).stream()
            .filter(c -> java.util.Set.of("alignment", "theme", "sources", "pipeline").contains(c.id())).toList();
        model.addAttribute("charts", drawn);
        model.addAttribute("chartsJson", json.writeValueAsString(drawn));
        model.addAttribute("showsSampleData", report.cycle().sample());
        return "report/review";
    }

    @GetMapping("/cycles/{cycleId}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long cycleId) throws IOException {
        ReviewReport report = reports.of(cycleId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.write(report, out);
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                .filename("review-report-cycle-" + cycleId + ".pdf").build().toString())
            .body(out.toByteArray());
    }
}
