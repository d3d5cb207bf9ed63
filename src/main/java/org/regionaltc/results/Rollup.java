package org.regionaltc.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.regionaltc.project.ProjectCatalog;
import org.regionaltc.project.TcProject;
import org.regionaltc.system.ProjectVisibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Indicator values added up by theme or by country, only where units match (never tonnes plus enterprises).
 * A project's values count in full for each of its thematic areas, and for each recipient country in proportion
 * to the country's percentage, so that country figures add up to the project's. Only the projects the viewer
 * may see count.
 */
@Component
public class Rollup {

    public record Row(String key, String unit, int year, BigDecimal target, BigDecimal actual, int indicators) {
    }

    /** One project's values of one unit and year, summed: what the rollups combine with the project's facts. */
    private record ProjectValues(long projectId, String unit, int year, BigDecimal target, BigDecimal actual,
            int indicators) {
    }

    private final JdbcClient jdbc;
    private final ProjectCatalog catalog;

    Rollup(JdbcClient jdbc, ProjectCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    public List<Row> byTheme(ProjectVisibility visibility) {
        Map<Long, ProjectCatalog.Project> projects = counted(visibility);
        Map<List<Object>, Row> rows = new TreeMap<>(KEY_ORDER);
        for (ProjectValues v : values()) {
            ProjectCatalog.Project project = projects.get(v.projectId());
            if (project != null) {
                Set<String> tops = new TreeSet<>();
                project.themes().forEach(t -> tops.add(t.top()));
                tops.forEach(top -> add(rows, top, v, v.target(), v.actual()));
            }
        }
        return List.copyOf(rows.values());
    }

    public List<Row> byCountry(ProjectVisibility visibility) {
        Map<Long, ProjectCatalog.Project> projects = counted(visibility);
        Map<List<Object>, Row> rows = new TreeMap<>(KEY_ORDER);
        for (ProjectValues v : values()) {
            ProjectCatalog.Project project = projects.get(v.projectId());
            if (project != null) {
                for (TcProject.Share share : project.countries()) {
                    BigDecimal part = share.percentage().movePointLeft(2);
                    add(rows, share.code(), v, v.target().multiply(part), v.actual().multiply(part));
                }
            }
        }
        return rows.values().stream().map(r -> new Row(r.key(), r.unit(), r.year(),
            r.target().setScale(2, RoundingMode.HALF_UP), r.actual().setScale(2, RoundingMode.HALF_UP),
            r.indicators())).toList();
    }

    private static final Comparator<List<Object>> KEY_ORDER = Comparator
        .comparing((List<Object> k) -> (String) k.get(0))
        .thenComparing(k -> (String) k.get(1))
        .thenComparing(k -> (Integer) k.get(2));

    private static void add(Map<List<Object>, Row> rows, String key, ProjectValues v, BigDecimal target,
            BigDecimal actual) {
        rows.merge(List.of(key, v.unit(), v.year()), new Row(key, v.unit(), v.year(), target, actual, v.indicators()),
            (a, b) -> new Row(key, a.unit(), a.year(), a.target().add(b.target()), a.actual().add(b.actual()),
                a.indicators() + b.indicators()));
    }

    /** The projects whose values count: those the viewer may see, except the cancelled. */
    private Map<Long, ProjectCatalog.Project> counted(ProjectVisibility visibility) {
        Map<Long, ProjectCatalog.Project> projects = new HashMap<>();
        catalog.findVisible(visibility).stream().filter(p -> !p.cancelled()).forEach(p -> projects.put(p.id(), p));
        return projects;
    }

    private List<ProjectValues> values() {
        return jdbc.sql("""
                SELECT o.project_id, i.unit, v.value_year,
                       SUM(CASE WHEN v.kind = 'TARGET' THEN v.amount ELSE 0 END) AS target,
                       SUM(CASE WHEN v.kind = 'ACTUAL' THEN v.amount ELSE 0 END) AS actual,
                       COUNT(DISTINCT i.id) AS indicators
                FROM indicator_value v
                JOIN outcome_indicator i ON i.id = v.indicator_id
                JOIN project_outcome o ON o.id = i.outcome_id
                GROUP BY o.project_id, i.unit, v.value_year
                """)
            .query((rs, n) -> new ProjectValues(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4),
                rs.getBigDecimal(5), rs.getInt(6)))
            .list();
    }
}
