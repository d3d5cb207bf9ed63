package org.regionaltc.funding;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regionaltc.financing.Eligibility;
import org.regionaltc.financing.ProjectFacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Secured funding, gaps and co-financing ratios, computed from the ledger and co-financing when asked. */
@Component
public class FundingFigures {

    /** A co-financing ratio over a set of projects: their co-financing per unit of the commitments counted. */
    public record Ratio(String key, BigDecimal committedUsd, BigDecimal cofinancingUsd) {

        @JsonProperty
        public BigDecimal ratio() {
            return Eligibility.ratio(cofinancingUsd, committedUsd);
        }
    }

    private final JdbcClient jdbc;
    private final ExchangeRates rates;

    FundingFigures(JdbcClient jdbc, ExchangeRates rates) {
        this.jdbc = jdbc;
        this.rates = rates;
    }

    public ProjectFunding of(ProjectFacts.Project project) {
        return of(List.of(project)).get(project.id());
    }

    public Map<Long, ProjectFunding> of(List<ProjectFacts.Project> projects) {
        return of(projects, fromBodies(projects.stream().map(ProjectFacts.Project::id).toList()));
    }

    /** The same, from the bodies' money already read with {@link #fromBodies}. */
    public Map<Long, ProjectFunding> of(List<ProjectFacts.Project> projects,
            Map<Long, List<ProjectFunding.FromBody>> fromBodies) {
        Map<Long, ProjectFunding> result = new LinkedHashMap<>();
        if (projects.isEmpty()) {
            return result;
        }
        List<Long> ids = projects.stream().map(ProjectFacts.Project::id).toList();
        Map<Long, BigDecimal> cofinancing = new HashMap<>();
        jdbc.sql("SELECT project_id, SUM(amount_usd) FROM cofinancing WHERE project_id IN (:ids) GROUP BY project_id")
            .param("ids", ids)
            .query((rs, n) -> cofinancing.put(rs.getLong(1), rs.getBigDecimal(2))).list();
        var rateToday = rates.ratesOn(LocalDate.now());
        for (ProjectFacts.Project p : projects) {
            @Nullable BigDecimal budgetUsd = rateToday.apply(p.currency())
                .map(rate -> ExchangeRates.convert(p.approvedBudget(), rate)).orElse(null);
            result.put(p.id(), ProjectFunding.of(p.id(), p.currency(), p.approvedBudget(), budgetUsd,
                fromBodies.getOrDefault(p.id(), List.of()), cofinancing.getOrDefault(p.id(), BigDecimal.ZERO)));
        }
        return result;
    }

    /** What each financing body committed to and paid into each of these projects, in USD: funding by source. */
    public Map<Long, List<ProjectFunding.FromBody>> fromBodies(List<Long> ids) {
        Map<Long, List<ProjectFunding.FromBody>> fromBodies = new HashMap<>();
        if (ids.isEmpty()) {
            return fromBodies;
        }
        jdbc.sql("""
                SELECT project_id, body_code,
                       SUM(CASE WHEN entry_type = 'COMMITMENT' THEN amount_usd ELSE 0 END) AS committed,
                       SUM(CASE WHEN entry_type = 'RECEIPT' THEN amount_usd ELSE 0 END) AS received
                FROM ledger_entry WHERE project_id IN (:ids)
                GROUP BY project_id, body_code
                """).param("ids", ids)
            .query((rs, n) -> fromBodies.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                .add(new ProjectFunding.FromBody(rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4))))
            .list();
        return fromBodies;
    }

    /**
     * The co-financing ratio per financing body: the co-financing of the projects a body committed to, per unit
     * of its commitments to them. A project co-funded by two bodies lends its co-financing to both ratios.
     */
    public List<Ratio> ratiosByBody() {
        return ratios("body_code");
    }

    /** The co-financing ratio per funding window (key: the window's id), counted as for bodies. */
    public List<Ratio> ratiosByWindow() {
        return ratios("window_id");
    }

    private List<Ratio> ratios(String column) {
        return jdbc.sql("""
                SELECT k.key_value, k.committed,
                       COALESCE((SELECT SUM(c.amount_usd) FROM cofinancing c WHERE c.project_id IN (
                           SELECT e2.project_id FROM ledger_entry e2
                           WHERE e2.entry_type = 'COMMITMENT' AND CAST(e2.%1$s AS VARCHAR(40)) = k.key_value)), 0)
                FROM (SELECT CAST(e.%1$s AS VARCHAR(40)) AS key_value, SUM(e.amount_usd) AS committed
                      FROM ledger_entry e
                      WHERE e.entry_type = 'COMMITMENT' AND e.%1$s IS NOT NULL AND e.project_id IS NOT NULL
                      GROUP BY e.%1$s) k
                ORDER BY k.key_value
                """.formatted(column))
            .query((rs, n) -> new Ratio(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3)))
            .list();
    }
}
