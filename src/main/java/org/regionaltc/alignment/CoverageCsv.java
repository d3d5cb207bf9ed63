package org.regionaltc.alignment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.Csv;

/** Writes coverage tables as RFC 4180 CSV with a header row. */
final class CoverageCsv {

    private CoverageCsv() {
    }

    static String priorities(List<Coverage.PriorityCoverage> rows) {
        return table(List.of("priority_id", "level", "country", "grouping", "theme", "rank", "title", "weight",
                "projects", "linked_budget"), rows,
            r -> Stream.of(r.priorityId(), r.level(), r.countryCode(), r.groupingCode(), r.thematicAreaCode(),
                r.rank(), r.title(), r.weight(), r.projects(), r.linkedBudget().toPlainString()));
    }

    static String matrix(Coverage.Matrix matrix) {
        Map<Long, String> titles = new HashMap<>();
        matrix.priorities().forEach(p -> titles.put(p.priorityId(), p.title()));
        return table(List.of("priority_id", "priority", "project_id", "project", "strength"), matrix.cells(),
            c -> Stream.of(c.priorityId(), titles.getOrDefault(c.priorityId(), ""), c.projectId(), c.projectIdentifier(),
                c.strength()));
    }

    static String offProgramme(List<Coverage.OffProgramme> rows) {
        return table(List.of("project_id", "identifier", "title", "status", "total_budget", "currency", "countries"),
            rows, r -> Stream.of(r.projectId(), r.identifier(), r.title(), r.status(), r.totalBudget().toPlainString(),
                r.currency(), r.countries()));
    }

    private static <T> String table(List<String> header, List<T> rows, Function<T, Stream<@Nullable Object>> cells) {
        StringBuilder csv = new StringBuilder(String.join(",", header)).append("\r\n");
        for (T row : rows) {
            csv.append(cells.apply(row).map(CoverageCsv::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    /** Numbers as they are (a negative one is no formula); text through {@link Csv#cell}. */
    private static String cell(@Nullable Object value) {
        return value instanceof Number ? value.toString() : Csv.cell(value == null ? null : value.toString());
    }
}
