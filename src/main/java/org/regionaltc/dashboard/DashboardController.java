package org.regionaltc.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.regionaltc.system.Csv;
import org.regionaltc.system.NotFound;
import org.regionaltc.system.SignedInUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The CSV of each chart of the caller's dashboard: exactly the rows and columns the chart and its table show. */
@Controller
class DashboardController {

    private final DashboardQueries queries;
    private final Charts charts;

    DashboardController(DashboardQueries queries, Charts charts) {
        this.queries = queries;
        this.charts = charts;
    }

    @GetMapping("/dashboard/{chart}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String chart) {
        Dashboard dashboard = queries.of(DashboardScope.of(SignedInUser.current()));
        Chart found = charts.of(dashboard).stream().filter(c -> c.id().equals(chart)).findFirst()
            .orElseThrow(() -> new NotFound("Chart", chart));
        List<String> header = new ArrayList<>(List.of("key", "label"));
        header.addAll(found.columns());
        String csv = Csv.write(header, found.rows(), r -> {
            List<Object> fields = new ArrayList<>(List.of(r.key(), r.label()));
            fields.addAll(r.values());
            return fields;
        });
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dashboard-" + found.id() + ".csv\"")
            .body(csv.getBytes(StandardCharsets.UTF_8));
    }
}
