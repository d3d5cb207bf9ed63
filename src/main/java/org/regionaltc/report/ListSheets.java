package org.regionaltc.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regionaltc.alignment.Alignment;
import org.regionaltc.alignment.Coverage;
import org.regionaltc.audit.AuditEntry;
import org.regionaltc.audit.AuditExport;
import org.regionaltc.financing.Visibility;
import org.regionaltc.funding.FundingWindows;
import org.regionaltc.funding.LedgerEntries;
import org.regionaltc.pipeline.Proposals;
import org.regionaltc.priority.Comparisons;
import org.regionaltc.priority.Priorities;
import org.regionaltc.priority.Priority;
import org.regionaltc.priority.ReviewCycle;
import org.regionaltc.priority.ReviewCycles;
import org.regionaltc.project.ProjectSummaries;
import org.regionaltc.results.Rollup;
import org.regionaltc.system.ProjectVisibility;
import org.regionaltc.system.SignedInUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Each list of the application as a sheet, with the same filters and the same rows its page shows the caller:
 * read through the published types of the features that own them.
 */
@Component
class ListSheets {

    private final ProjectSummaries projects;
    private final Alignment alignment;
    private final LedgerEntries ledger;
    private final Proposals proposals;
    private final FundingWindows windows;
    private final Rollup rollup;
    private final AuditExport audit;
    private final Coverage coverage;
    private final ReviewCycles cycles;
    private final Comparisons comparisons;
    private final Priorities priorities;

    ListSheets(ProjectSummaries projects, Alignment alignment, LedgerEntries ledger, Proposals proposals,
            FundingWindows windows, Rollup rollup, AuditExport audit, Coverage coverage, ReviewCycles cycles,
            Comparisons comparisons, Priorities priorities) {
        this.projects = projects;
        this.alignment = alignment;
        this.ledger = ledger;
        this.proposals = proposals;
        this.windows = windows;
        this.rollup = rollup;
        this.audit = audit;
        this.coverage = coverage;
        this.cycles = cycles;
        this.comparisons = comparisons;
        this.priorities = priorities;
    }

    Sheet projects(ProjectSummaries.Filter filter) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, Double> scores = alignment.ofAllProjects();
        return Sheet.of("Projects", List.of("id", "identifier", "title", "scope", "status", "countries", "themes",
                "currency", "total_budget", "alignment_score"),
            projects.find(filter, SignedInUser.current().orElse(null)),
            p -> row(p.id(), p.identifier(), p.title(locale), p.scope(), p.status(), p.countries(), p.themes(),
                p.currency(), p.totalBudget(), score(scores.get(p.id()))));
    }

    Sheet ledger(@Nullable String body, @Nullable Long project) {
        return Sheet.of("Ledger", List.of("id", "date", "type", "body", "project", "currency", "amount", "usd_rate",
                "amount_usd", "reference", "notes", "proposal_id"),
            ledger.findVisible(Visibility.current(), body, project),
            e -> row(e.id(), e.date(), e.type().name(), e.bodyCode(), e.projectIdentifier(), e.currency(), e.amount(),
                e.usdRate(), e.amountUsd(), e.reference(), e.notes(), e.proposalId()));
    }

    Sheet pipeline() {
        return Sheet.of("Pipeline", List.of("id", "project", "title", "countries", "body", "stage", "currency",
                "amount_requested", "amount_approved", "next_action", "next_action_date"),
            proposals.findVisible(Visibility.current()),
            p -> row(p.id(), p.projectIdentifier(), p.projectTitle(), String.join(" ", p.projectCountries()),
                p.bodyCode(), p.stage().name(), p.currency(), p.amountRequested(), p.amountApproved(), p.nextAction(),
                p.nextActionDate()));
    }

    Sheet windows() {
        return Sheet.of("Funding windows", List.of("id", "body", "name", "period_start", "period_end", "currency",
                "amount", "committed", "remaining", "deadline"),
            windows.findVisible(Visibility.current()),
            w -> row(w.id(), w.bodyCode(), w.name(), w.periodStart(), w.periodEnd(), w.currency(), w.amount(),
                w.committed(), w.remaining(), w.deadline()));
    }

    List<Sheet> results() {
        ProjectVisibility visibility = ProjectVisibility.current();
        List<String> columns = List.of("key", "unit", "year", "target", "actual", "indicators");
        return List.of(
            Sheet.of("Results by theme", columns, rollup.byTheme(visibility), r -> row(r.key(), r.unit(), r.year(),
                r.target(), r.actual(), r.indicators())),
            Sheet.of("Results by country", columns, rollup.byCountry(visibility), r -> row(r.key(), r.unit(), r.year(),
                r.target(), r.actual(), r.indicators())));
    }

    Sheet audit(@Nullable String actor, @Nullable String entityType, @Nullable String entityId,
            AuditEntry.@Nullable Action action, @Nullable LocalDate from, @Nullable LocalDate to) {
        return new Sheet("Audit trail", List.of("id", "occurred_at", "actor", "action", "entity_type", "entity_id",
                "summary", "changes"),
            sink -> audit.each(actor, entityType, entityId, action, from, to, e -> sink.accept(row(e.id(),
                e.occurredAt(), e.actor(), e.action().name(), e.entityType(), e.entityId(), e.summary(), e.changes()))));
    }

    Sheet coverage(String table, Coverage.Filter filter) {
        List<String> priorityColumns = List.of("priority_id", "level", "country", "grouping", "theme", "top_theme",
            "title", "rank", "weight", "projects", "linked_budget_usd");
        return switch (table) {
            case "priorities" -> Sheet.of("Priorities", priorityColumns, coverage.priorities(filter), ListSheets::priority);
            case "gaps" -> Sheet.of("Gaps", priorityColumns, coverage.gaps(filter), ListSheets::priority);
            case "off-programme" -> Sheet.of("Off-programme", List.of("project_id", "identifier", "title", "status",
                    "total_budget", "currency", "countries"), coverage.offProgramme(filter),
                o -> row(o.projectId(), o.identifier(), o.title(), o.status(), o.totalBudget(), o.currency(), o.countries()));
            case "matrix" -> matrix(coverage.matrix(filter));
            default -> throw new org.regionaltc.system.NotFound("Coverage table", table);
        };
    }

    private static Sheet matrix(Coverage.Matrix matrix) {
        List<Map.Entry<Long, String>> projectColumns = new ArrayList<>(matrix.projects().entrySet());
        List<String> columns = new ArrayList<>(List.of("priority_id", "title"));
        projectColumns.forEach(p -> columns.add(p.getValue()));
        return Sheet.of("Matrix", columns, matrix.priorities(), p -> {
            List<@Nullable Object> row = new ArrayList<>(List.of(p.priorityId(), p.title()));
            projectColumns.forEach(project -> row.add(matrix.strength(p.priorityId(), project.getKey())));
            return row;
        });
    }

    private static List<@Nullable Object> priority(Coverage.PriorityCoverage p) {
        return row(p.priorityId(), p.level(), p.countryCode(), p.groupingCode(), p.thematicAreaCode(), p.topTheme(),
            p.title(), p.rank(), p.weight(), p.projects(), p.linkedBudget());
    }

    /** A cycle's priorities as its CSV lists them, to whoever may see the cycle. */
    Sheet priorities(long cycleId) {
        ReviewCycle cycle = org.regionaltc.priority.Visibility.requireVisible(cycles.get(cycleId));
        return priorities(cycle);
    }

    Sheet priorities(ReviewCycle cycle) {
        Map<Long, List<Long>> links = priorities.linksOf(cycle.id());
        return Sheet.of("Priorities " + cycle.id(), List.of("cycle_id", "cycle_title", "priority_id", "level",
                "country_code", "grouping_code", "theme", "sub_theme", "title", "rank", "weight", "status",
                "linked_projects"),
            comparisons.visible(cycle), p -> priorityRow(cycle, p, links));
    }

    /** Every cycle the caller may see, one after another: the programme workbook's priorities sheet. */
    Sheet allPriorities() {
        List<ReviewCycle> visible = comparisons.visibleCycles();
        return new Sheet("Priorities", List.of("cycle_id", "cycle_title", "priority_id", "level", "country_code",
                "grouping_code", "theme", "sub_theme", "title", "rank", "weight", "status", "linked_projects"),
            sink -> visible.forEach(cycle -> {
                Map<Long, List<Long>> links = priorities.linksOf(cycle.id());
                comparisons.visible(cycle).forEach(p -> sink.accept(priorityRow(cycle, p, links)));
            }));
    }

    private static List<@Nullable Object> priorityRow(ReviewCycle cycle, Priority p, Map<Long, List<Long>> links) {
        return row(cycle.id(), cycle.title(), p.id(), p.level().name(), p.countryCode(), p.groupingCode(),
            p.thematicAreaCode(), p.subTheme(), p.title(), p.rank(), p.weight(), p.status().name(),
            String.join(" ", links.getOrDefault(p.id(), List.of()).stream().map(String::valueOf).toList()));
    }

    private static @Nullable BigDecimal score(@Nullable Double score) {
        return score == null ? null : BigDecimal.valueOf(Math.round(score));
    }

    private static List<@Nullable Object> row(@Nullable Object... values) {
        return Arrays.asList(values);
    }
}
