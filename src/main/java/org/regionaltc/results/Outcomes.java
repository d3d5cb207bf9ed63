package org.regionaltc.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.regionaltc.audit.AuditTrail;
import org.regionaltc.project.ProjectCatalog;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Outcomes, indicators and their yearly values. */
@Repository
public class Outcomes {

    /** An indicator as created: its outcome, name, unit, baseline and source of verification. */
    record NewIndicator(String name, String unit, @Nullable BigDecimal baseline, @Nullable String sourceOfVerification) {
    }

    record Value(int year, String kind, BigDecimal amount) {
    }

    /** A value as the audit trail sees it: a year with no value yet has no amount. */
    private record AuditedValue(int year, String kind, @Nullable BigDecimal amount) {
    }

    private final JdbcClient jdbc;
    private final ProjectCatalog projects;
    private final AuditTrail audit;

    Outcomes(JdbcClient jdbc, AuditTrail audit, ProjectCatalog projects) {
        this.jdbc = jdbc;
        this.projects = projects;
        this.audit = audit;
    }

    public List<Outcome> ofProject(long projectId) {
        Map<Long, List<Outcome.Indicator>> indicators = new LinkedHashMap<>();
        Map<Long, Map<Integer, BigDecimal>> targets = new TreeMap<>();
        Map<Long, Map<Integer, BigDecimal>> actuals = new TreeMap<>();
        jdbc.sql("""
                SELECT v.indicator_id, v.value_year, v.kind, v.amount FROM indicator_value v
                JOIN outcome_indicator i ON i.id = v.indicator_id JOIN project_outcome o ON o.id = i.outcome_id
                WHERE o.project_id = :project
                """).param("project", projectId)
            .query((rs, n) -> ("TARGET".equals(rs.getString(3)) ? targets : actuals)
                .computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getInt(2), rs.getBigDecimal(4)))
            .list();
        jdbc.sql("""
                SELECT i.id, i.outcome_id, i.name, i.unit, i.baseline, i.source_of_verification
                FROM outcome_indicator i JOIN project_outcome o ON o.id = i.outcome_id
                WHERE o.project_id = :project ORDER BY i.id
                """).param("project", projectId)
            .query((rs, n) -> indicators.computeIfAbsent(rs.getLong("outcome_id"), k -> new ArrayList<>())
                .add(new Outcome.Indicator(rs.getLong("id"), rs.getString("name"), rs.getString("unit"),
                    rs.getBigDecimal("baseline"), rs.getString("source_of_verification"),
                    targets.getOrDefault(rs.getLong("id"), Map.of()), actuals.getOrDefault(rs.getLong("id"), Map.of()))))
            .list();
        return jdbc.sql("SELECT id, title FROM project_outcome WHERE project_id = :project ORDER BY id")
            .param("project", projectId)
            .query((rs, n) -> new Outcome(rs.getLong(1), projectId, rs.getString(2),
                indicators.getOrDefault(rs.getLong(1), List.of())))
            .list();
    }

    @Transactional
    long addOutcome(long projectId, String title) {
        if (title.isBlank()) {
            throw new InvalidInput("title", "error.required");
        }
        if (!projects.exists(projectId)) {
            throw new NotFound("Project", projectId);
        }
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO project_outcome (project_id, title) VALUES (:project, :title)")
            .param("project", projectId).param("title", title.strip()).update(key, "id");
        long id = key.getKeyAs(Long.class);
        audit.created("Outcome", id, new Outcome(id, projectId, title.strip(), List.of()));
        return id;
    }

    @Transactional
    long addIndicator(long projectId, long outcomeId, NewIndicator indicator) {
        outcome(projectId, outcomeId);
        if (indicator.name().isBlank()) {
            throw new InvalidInput("name", "error.required");
        }
        if (indicator.unit().isBlank()) {
            throw new InvalidInput("unit", "error.results.unit");
        }
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO outcome_indicator (outcome_id, name, unit, baseline, source_of_verification)
                VALUES (:outcome, :name, :unit, :baseline, :source)
                """)
            .param("outcome", outcomeId).param("name", indicator.name().strip()).param("unit", indicator.unit().strip())
            .param("baseline", indicator.baseline()).param("source", indicator.sourceOfVerification())
            .update(key, "id");
        long id = key.getKeyAs(Long.class);
        audit.created("Indicator", id, indicator);
        return id;
    }

    /**
     * Sets targets and actuals of an indicator by year, all or none: every year and amount is checked before
     * anything is written.
     */
    @Transactional
    void setValues(long projectId, long indicatorId, Map<Integer, @Nullable BigDecimal> targets,
            Map<Integer, @Nullable BigDecimal> actuals) {
        List<Value> values = new ArrayList<>();
        collect(targets, "targets", "TARGET", values);
        collect(actuals, "actuals", "ACTUAL", values);
        indicator(projectId, indicatorId);
        values.forEach(value -> write(indicatorId, value));
    }

    /** Sets a target or an actual of an indicator for a year, replacing what was there. */
    @Transactional
    void setValue(long projectId, long indicatorId, Value value) {
        if (!"TARGET".equals(value.kind()) && !"ACTUAL".equals(value.kind())) {
            throw new InvalidInput("kind", "error.results.kind");
        }
        checkYear(value.year());
        indicator(projectId, indicatorId);
        write(indicatorId, value);
    }

    private static void collect(Map<Integer, @Nullable BigDecimal> amounts, String field, String kind,
            List<Value> values) {
        amounts.forEach((year, amount) -> {
            checkYear(year);
            if (amount == null) {
                throw new InvalidInput(field, "error.results.empty", String.valueOf(year));
            }
            values.add(new Value(year, kind, amount));
        });
    }

    private static void checkYear(int year) {
        if (year < 1990 || year > 2100) {
            throw new InvalidInput("year", "error.results.year");
        }
    }

    private void indicator(long projectId, long indicatorId) {
        int belongs = jdbc.sql("""
                SELECT COUNT(*) FROM outcome_indicator i JOIN project_outcome o ON o.id = i.outcome_id
                WHERE i.id = :indicator AND o.project_id = :project""")
            .param("indicator", indicatorId).param("project", projectId).query(Integer.class).single();
        if (belongs == 0) {
            throw new NotFound("Indicator", indicatorId);
        }
    }

    private void write(long indicatorId, Value value) {
        @Nullable BigDecimal before = jdbc.sql("""
                SELECT amount FROM indicator_value WHERE indicator_id = :id AND value_year = :year AND kind = :kind""")
            .param("id", indicatorId).param("year", value.year()).param("kind", value.kind())
            .query(BigDecimal.class).optional().orElse(null);
        jdbc.sql("DELETE FROM indicator_value WHERE indicator_id = :id AND value_year = :year AND kind = :kind")
            .param("id", indicatorId).param("year", value.year()).param("kind", value.kind()).update();
        jdbc.sql("INSERT INTO indicator_value (indicator_id, value_year, kind, amount) VALUES (:id, :year, :kind, :amount)")
            .param("id", indicatorId).param("year", value.year()).param("kind", value.kind())
            .param("amount", value.amount()).update();
        audit.updated("IndicatorValue", indicatorId + "/" + value.year() + "/" + value.kind(),
            new AuditedValue(value.year(), value.kind(), before),
            new AuditedValue(value.year(), value.kind(), value.amount()));
    }

    private void outcome(long projectId, long outcomeId) {
        int found = jdbc.sql("SELECT COUNT(*) FROM project_outcome WHERE id = :id AND project_id = :project")
            .param("id", outcomeId).param("project", projectId).query(Integer.class).single();
        if (found == 0) {
            throw new NotFound("Outcome", outcomeId);
        }
    }
}
