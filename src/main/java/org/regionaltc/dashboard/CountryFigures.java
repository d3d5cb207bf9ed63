package org.regionaltc.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.regionaltc.alignment.Coverage;
import org.regionaltc.pipeline.Proposal;
import org.regionaltc.project.ProjectSummaries.ProjectSummary;

/** What a country's page shows of its projects and money, scoped to the reader as the dashboard is. */
public record CountryFigures(List<Project> projects, Dashboard.Funding funding, Dashboard.@Nullable Ratio cofinancingRatio,
        Dashboard.@Nullable Pipeline pipeline, List<Proposal> proposals, List<Coverage.PriorityCoverage> gaps) {

    public record Project(long id, String identifier, ProjectSummary summary, String status,
            @Nullable BigDecimal budgetUsd, BigDecimal securedUsd, @Nullable Double score) {

        public String title(Locale locale) {
            return summary.title(locale);
        }
    }
}
