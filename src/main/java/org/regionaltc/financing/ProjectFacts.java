package org.regionaltc.financing;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.regionaltc.system.Money;
import org.regionaltc.system.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The facts about TC projects that resource mobilization needs, read from the project tables. */
@Repository
public class ProjectFacts {

    /** A project as resource mobilization sees it; themes include the ancestors of each area it names. */
    public record Project(long id, String identifier, String title, String scope, String status, String currency,
            BigDecimal approvedBudget, Set<String> countries, Set<String> sectors, Set<String> themes,
            boolean sample) {
    }

    private final JdbcClient jdbc;

    ProjectFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Project get(long id) {
        return findById(id).orElseThrow(() -> new NotFound("Project", id));
    }

    public Optional<Project> findById(long id) {
        return load("WHERE p.id = :id", id).stream().findFirst();
    }

    public boolean exists(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM tc_project WHERE id = :id").param("id", id).query(Integer.class).single() > 0;
    }

    public List<Project> findAll() {
        return load("", null);
    }

    public List<Project> findSamples() {
        return load("WHERE p.is_sample", null);
    }

    private List<Project> load(String where, Long id) {
        var statement = jdbc.sql("""
                SELECT p.id, p.identifier, p.title_en, p.scope, p.status, p.currency, p.total_budget, p.is_sample
                FROM tc_project p
                """ + where + " ORDER BY p.identifier");
        if (id != null) {
            statement = statement.param("id", id);
        }
        Map<Long, Row> rows = new LinkedHashMap<>();
        statement.query(ProjectFacts::toRow).list().forEach(r -> rows.put(r.id, r));
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = List.copyOf(rows.keySet());
        jdbc.sql("SELECT project_id, country_code FROM project_country WHERE project_id IN (:ids)").param("ids", ids)
            .query((rs, n) -> rows.get(rs.getLong(1)).countries.add(rs.getString(2))).list();
        jdbc.sql("SELECT project_id, sector_code FROM project_sector WHERE project_id IN (:ids)").param("ids", ids)
            .query((rs, n) -> rows.get(rs.getLong(1)).sectors.add(rs.getString(2))).list();
        jdbc.sql("""
                SELECT pt.project_id, t.code, t.parent_code, g.parent_code AS grandparent
                FROM project_theme pt JOIN thematic_area t ON t.code = pt.thematic_area_code
                LEFT JOIN thematic_area g ON g.code = t.parent_code
                WHERE pt.project_id IN (:ids)
                """).param("ids", ids)
            .query((rs, n) -> {
                Set<String> themes = rows.get(rs.getLong(1)).themes;
                themes.add(rs.getString(2));
                for (String ancestor : new String[] {rs.getString(3), rs.getString(4)}) {
                    if (ancestor != null) {
                        themes.add(ancestor);
                    }
                }
                return true;
            }).list();
        List<Project> projects = new ArrayList<>();
        rows.values().forEach(r -> projects.add(new Project(r.id, r.identifier, r.title, r.scope, r.status, r.currency,
            r.budget, Set.copyOf(r.countries), Set.copyOf(r.sectors), Set.copyOf(r.themes), r.sample)));
        return projects;
    }

    private static Row toRow(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("identifier"), rs.getString("title_en"), rs.getString("scope"),
            rs.getString("status"), rs.getString("currency").strip(),
            Money.in(rs.getString("currency").strip(), rs.getBigDecimal("total_budget")),
            rs.getBoolean("is_sample"));
    }

    private static final class Row {
        final long id;
        final String identifier;
        final String title;
        final String scope;
        final String status;
        final String currency;
        final BigDecimal budget;
        final boolean sample;
        final Set<String> countries = new TreeSet<>();
        final Set<String> sectors = new TreeSet<>();
        final Set<String> themes = new TreeSet<>();

        Row(long id, String identifier, String title, String scope, String status, String currency,
                BigDecimal budget, boolean sample) {
            this.id = id;
            this.identifier = identifier;
            this.title = title;
            this.scope = scope;
            this.status = status;
            this.currency = currency;
            this.budget = budget;
            this.sample = sample;
        }
    }
}
