package org.regionaltc.alignment;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

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
        return table(List.of("priority_id", "priority", "project_id", "project", "strength"), matrix.cells(),
            c -> Stream.of(c.priorityId(), matrix.priorities().stream().filter(p -> p.priorityId() == c.priorityId())
                .map(Coverage.PriorityCoverage::title).findFirst().orElse(""), c.projectId(), c.projectIdentifier(),
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

    private static String cell(@Nullable Object value) {
        String text = value == null ? "" : value.toString();
        // A title typed by a user must not run as a formula when the file is opened in a spreadsheet.
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        return text.matches(".*[\",\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
