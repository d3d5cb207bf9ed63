package org.regionaltc.alignment;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.regionaltc.system.Csv;

/** Writes coverage tables as RFC 4180 CSV with a header row, through {@link Csv#write}. */
final class CoverageCsv {

    private CoverageCsv() {
    }

    static String priorities(List<Coverage.PriorityCoverage> rows) {
        return Csv.write(List.of("priority_id", "level", "country", "grouping", "theme", "rank", "title", "weight",
                "projects", "linked_budget"), rows,
            r -> Arrays.asList(r.priorityId(), r.level(), r.countryCode(), r.groupingCode(), r.thematicAreaCode(),
                r.rank(), r.title(), r.weight(), r.projects(), r.linkedBudget()));
    }

    static String matrix(Coverage.Matrix matrix) {
        Map<Long, String> titles = new HashMap<>();
        matrix.priorities().forEach(p -> titles.put(p.priorityId(), p.title()));
        return Csv.write(List.of("priority_id", "priority", "project_id", "project", "strength"), matrix.cells(),
            c -> Arrays.asList(c.priorityId(), titles.getOrDefault(c.priorityId(), ""), c.projectId(), c.projectIdentifier(),
                c.strength()));
    }

    static String offProgramme(List<Coverage.OffProgramme> rows) {
        return Csv.write(List.of("project_id", "identifier", "title", "status", "total_budget", "currency", "countries"),
            rows, r -> Arrays.asList(r.projectId(), r.identifier(), r.title(), r.status(), r.totalBudget(),
                r.currency(), r.countries()));
    }
}
