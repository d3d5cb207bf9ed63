package org.regionaltc.results;

import java.math.BigDecimal;
import java.util.List;
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

    private final JdbcClient jdbc;

    Rollup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> byTheme(ProjectVisibility visibility) {
        return visibility.bind(jdbc.sql("""
                SELECT tt.top AS theme, i.unit, v.value_year,
                       SUM(CASE WHEN v.kind = 'TARGET' THEN v.amount ELSE 0 END) AS target,
                       SUM(CASE WHEN v.kind = 'ACTUAL' THEN v.amount ELSE 0 END) AS actual,
                       COUNT(DISTINCT i.id) AS indicators
                FROM indicator_value v
                JOIN outcome_indicator i ON i.id = v.indicator_id
                JOIN project_outcome o ON o.id = i.outcome_id
                JOIN tc_project t ON t.id = o.project_id AND t.status <> 'CANCELLED'""" + visibility.and("t") + """
                JOIN (SELECT DISTINCT pt.project_id, COALESCE(a.parent_code, a.code) AS top
                      FROM project_theme pt JOIN thematic_area a ON a.code = pt.thematic_area_code) tt
                     ON tt.project_id = t.id
                GROUP BY tt.top, i.unit, v.value_year
                ORDER BY 1, 2, 3
                """))
            .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4),
                rs.getBigDecimal(5), rs.getInt(6)))
            .list();
    }

    public List<Row> byCountry(ProjectVisibility visibility) {
        return visibility.bind(jdbc.sql("""
                SELECT pc.country_code, i.unit, v.value_year,
                       SUM(CASE WHEN v.kind = 'TARGET' THEN v.amount * pc.percentage / 100 ELSE 0 END) AS target,
                       SUM(CASE WHEN v.kind = 'ACTUAL' THEN v.amount * pc.percentage / 100 ELSE 0 END) AS actual,
                       COUNT(DISTINCT i.id) AS indicators
                FROM indicator_value v
                JOIN outcome_indicator i ON i.id = v.indicator_id
                JOIN project_outcome o ON o.id = i.outcome_id
                JOIN tc_project t ON t.id = o.project_id AND t.status <> 'CANCELLED'""" + visibility.and("t") + """
                JOIN project_country pc ON pc.project_id = t.id
                GROUP BY pc.country_code, i.unit, v.value_year
                ORDER BY 1, 2, 3
                """))
            .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getInt(3),
                rs.getBigDecimal(4).setScale(2, java.math.RoundingMode.HALF_UP),
                rs.getBigDecimal(5).setScale(2, java.math.RoundingMode.HALF_UP), rs.getInt(6)))
            .list();
    }
}
