package org.regionaltc.mobilization;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.regionaltc.financing.ProjectFacts;
import org.regionaltc.financing.Visibility;
import org.regionaltc.funding.FundingFigures;
import org.regionaltc.funding.FundingWindow;
import org.regionaltc.funding.FundingWindows;
import org.regionaltc.funding.ProjectFunding;
import org.regionaltc.pipeline.Proposal;
import org.regionaltc.pipeline.Stage;
import org.regionaltc.pipeline.Proposals;
import org.regionaltc.reference.Countries;
import org.regionaltc.reference.Grouping;
import org.regionaltc.reference.Groupings;
import org.regionaltc.reference.ThematicArea;
import org.regionaltc.reference.ThematicAreas;
import org.regionaltc.system.Money;
import org.regionaltc.project.ProjectCatalog;
import org.regionaltc.project.TcProject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The resource-mobilization read model: gaps and eligible sources, totals, concentration, deadlines. */
@Component
class MobilizationViews {

    static final int DEADLINE_DAYS = 90;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    record Source(String bodyCode, String bodyName, List<FundingWindow> openWindows) {
    }

    record GapRow(ProjectFacts.Project project, ProjectFunding funding, List<Source> eligibleSources) {
    }

    record OverBudget(ProjectFacts.Project project, ProjectFunding funding) {
    }

    /** Totals of the projects touching a country, sub-region or theme; a country counts its percentage share. */
    record GapTotal(String code, String name, int projects, BigDecimal budgetUsd, BigDecimal securedUsd,
            BigDecimal gapUsd) {
    }

    record GapTotals(List<GapTotal> byCountry, List<GapTotal> bySubRegion, List<GapTotal> byTheme) {
    }

    /** How much of a country's secured grants its largest financing body provides. */
    record Concentration(String countryCode, String countryName, BigDecimal totalUsd, String largestBody,
            BigDecimal largestUsd, BigDecimal largestSharePercent) {
    }

    /** A date due; a proposal's next action also names its project, stage and action, for pages to word it. */
    record Deadline(LocalDate date, String kind, String what, String bodyCode, String link, @Nullable Long projectId,
            @Nullable Stage stage, @Nullable String nextAction) {
    }

    private final JdbcClient jdbc;
    private final ProjectFacts projects;
    private final FundingFigures figures;
    private final FundingWindows windows;
    private final Proposals proposals;
    private final Eligibilities eligibilities;
    private final Countries countries;
    private final Groupings groupings;
    private final ThematicAreas themes;
    private final ProjectCatalog catalog;

    MobilizationViews(JdbcClient jdbc, ProjectFacts projects, FundingFigures figures, FundingWindows windows,
            Proposals proposals, Eligibilities eligibilities, Countries countries, Groupings groupings,
            ThematicAreas themes, ProjectCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.projects = projects;
        this.figures = figures;
        this.windows = windows;
        this.proposals = proposals;
        this.eligibilities = eligibilities;
        this.countries = countries;
        this.groupings = groupings;
        this.themes = themes;
    }

    /** Projects are seen by the secretariat and the focal points of their countries. */
    List<ProjectFacts.Project> visibleProjects(Visibility visibility) {
        return projects.findAll().stream().filter(p -> visibility.seesProjectIn(p.countries())).toList();
    }

    /** The projects a viewer sees and their funding, read once for every section of the overview. */
    record Funded(List<ProjectFacts.Project> projects, Map<Long, ProjectFunding> funding) {
    }

    Funded funded(Visibility visibility) {
        List<ProjectFacts.Project> visible = visibleProjects(visibility);
        return new Funded(visible, figures.of(visible));
    }

    private Map<String, String> countryNames() {
        Map<String, String> names = new HashMap<>();
        countries.findAll().forEach(c -> names.put(c.code(), c.name().en()));
        return names;
    }

    /** The projects with a gap, largest first, each with the financing bodies eligible to close it. */
    List<GapRow> gaps(Visibility visibility) {
        return gaps(visibility, funded(visibility));
    }

    List<GapRow> gaps(Visibility visibility, Funded funded) {
        List<ProjectFacts.Project> visible = funded.projects();
        Map<Long, ProjectFunding> funding = funded.funding();
        Eligibilities.Today today = eligibilities.today();
        List<Proposal> allProposals = proposals.findVisible(visibility);
        List<FundingWindow> open = windows.findVisible(Visibility.everything()).stream()
            .filter(w -> w.remaining().signum() > 0 && !w.periodEnd().isBefore(LocalDate.now())).toList();
        List<GapRow> rows = new ArrayList<>();
        for (ProjectFacts.Project p : visible) {
            ProjectFunding f = funding.get(p.id());
            if (!f.hasGap()) {
                continue;
            }
            List<Source> sources = eligibilities.of(p, f, allProposals, today).stream()
                .filter(v -> v.verdict().eligible())
                .map(v -> new Source(v.body().code(), v.body().name(),
                    open.stream().filter(w -> w.bodyCode().equals(v.body().code())).toList()))
                .toList();
            rows.add(new GapRow(p, f, sources));
        }
        rows.sort(Comparator.comparing((GapRow r) -> r.funding().gapUsd()).reversed());
        return rows;
    }

    /** The projects whose secured funding exceeds their budget, furthest above first. */
    List<OverBudget> overBudget(Funded funded) {
        return funded.projects().stream()
            .map(p -> new OverBudget(p, funded.funding().get(p.id())))
            .filter(o -> o.funding().overBudget())
            .sorted(Comparator.comparing((OverBudget o) -> o.funding().overBudgetUsd()).reversed())
            .toList();
    }

    GapTotals gapTotals(Visibility visibility) {
        return gapTotals(visibility, funded(visibility));
    }

    GapTotals gapTotals(Visibility visibility, Funded funded) {
        List<ProjectFacts.Project> visible = funded.projects();
        Map<Long, ProjectFunding> funding = funded.funding();
        Map<Long, Map<String, BigDecimal>> shares = countryShares();
        Map<String, Accumulator> byCountry = new TreeMap<>();
        Map<String, Accumulator> byTheme = new TreeMap<>();
        Set<String> topThemes = new java.util.HashSet<>();
        Map<String, String> themeNames = new HashMap<>();
        for (ThematicArea t : themes.findAll()) {
            if (t.parentCode() == null) {
                topThemes.add(t.code());
            }
            themeNames.put(t.code(), t.name().en());
        }
        for (ProjectFacts.Project p : visible) {
            ProjectFunding f = funding.get(p.id());
            if (f.budgetUsd() == null) {
                continue;
            }
            for (Map.Entry<String, BigDecimal> share : shares.getOrDefault(p.id(), Map.of()).entrySet()) {
                if (visibility.all() || visibility.countries().contains(share.getKey())) {
                    byCountry.computeIfAbsent(share.getKey(), k -> new Accumulator()).add(f, share.getValue());
                }
            }
            p.themes().stream().filter(topThemes::contains)
                .forEach(t -> byTheme.computeIfAbsent(t, k -> new Accumulator()).add(f, BigDecimal.ONE));
        }
        Map<String, String> countryNames = countryNames();
        List<GapTotal> countryTotals = byCountry.entrySet().stream()
            .map(e -> e.getValue().total(e.getKey(), countryNames.getOrDefault(e.getKey(), e.getKey()))).toList();
        List<GapTotal> subRegionTotals = new ArrayList<>();
        for (Grouping g : groupings.findAll()) {
            Accumulator sum = new Accumulator();
            g.members().stream().filter(m -> m.leftYear() == null).forEach(m -> {
                Accumulator c = byCountry.get(m.countryCode());
                if (c != null) {
                    sum.merge(c);
                }
            });
            if (sum.projects > 0) {
                subRegionTotals.add(sum.total(g.code(), g.name().en()));
            }
        }
        List<GapTotal> themeTotals = byTheme.entrySet().stream()
            .map(e -> e.getValue().total(e.getKey(), themeNames.getOrDefault(e.getKey(), e.getKey()))).toList();
        return new GapTotals(countryTotals, subRegionTotals, themeTotals);
    }

    /** Per visible country: the secured grants of each financing body, shared by the projects' country percentages. */
    List<Concentration> concentration(Visibility visibility) {
        Map<Long, Map<String, BigDecimal>> shares = countryShares();
        Map<String, Map<String, BigDecimal>> byCountryAndBody = new TreeMap<>();
        jdbc.sql("""
                SELECT project_id, body_code,
                       SUM(CASE WHEN entry_type = 'COMMITMENT' THEN amount_usd ELSE 0 END),
                       SUM(CASE WHEN entry_type = 'RECEIPT' THEN amount_usd ELSE 0 END)
                FROM ledger_entry WHERE project_id IS NOT NULL GROUP BY project_id, body_code
                """)
            .query((rs, n) -> {
                String body = rs.getString(2);
                BigDecimal secured = new ProjectFunding.FromBody(body, rs.getBigDecimal(3), rs.getBigDecimal(4)).secured();
                shares.getOrDefault(rs.getLong(1), Map.of()).forEach((country, share) -> {
                    if (visibility.all() || visibility.countries().contains(country)) {
                        byCountryAndBody.computeIfAbsent(country, k -> new TreeMap<>())
                            .merge(body, secured.multiply(share), BigDecimal::add);
                    }
                });
                return true;
            }).list();
        Map<String, String> countryNames = countryNames();
        List<Concentration> rows = new ArrayList<>();
        byCountryAndBody.forEach((country, bodies) -> {
            BigDecimal total = bodies.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.signum() == 0) {
                return;
            }
            Map.Entry<String, BigDecimal> largest = bodies.entrySet().stream().max(Map.Entry.comparingByValue())
                .orElseThrow();
            rows.add(new Concentration(country, countryNames.getOrDefault(country, country),
                Money.usd(total), largest.getKey(),
                Money.usd(largest.getValue()),
                largest.getValue().multiply(HUNDRED).divide(total, 2, RoundingMode.HALF_UP)));
        });
        rows.sort(Comparator.comparing(Concentration::largestSharePercent).reversed());
        return rows;
    }

    /** Window deadlines and proposals' next actions due from today to 90 days ahead, soonest first. */
    List<Deadline> deadlines(Visibility visibility, LocalDate today) {
        LocalDate until = today.plusDays(DEADLINE_DAYS);
        List<Deadline> due = new ArrayList<>();
        for (FundingWindow w : windows.findVisible(visibility)) {
            if (w.deadline() != null && !w.deadline().isBefore(today) && !w.deadline().isAfter(until)) {
                due.add(new Deadline(w.deadline(), "WINDOW", w.name(), w.bodyCode(), "/funding/windows", null, null, null));
            }
        }
        for (Proposal p : proposals.findVisible(visibility)) {
            if (p.stage().isOpen() && p.nextActionDate() != null && !p.nextActionDate().isBefore(today)
                    && !p.nextActionDate().isAfter(until)) {
                due.add(new Deadline(p.nextActionDate(), "NEXT_ACTION",
                    p.projectIdentifier() + ": " + (p.nextAction() == null ? p.stage().name() : p.nextAction()),
                    p.bodyCode(), "/pipeline/" + p.id(), p.projectId(), p.stage(), p.nextAction()));
            }
        }
        due.sort(Comparator.comparing(Deadline::date));
        return due;
    }

    /** Each project's recipient countries and their shares (percentage / 100); equal shares when none are given. */
    Map<Long, Map<String, BigDecimal>> countryShares() {
        Map<Long, Map<String, BigDecimal>> shares = new HashMap<>();
        for (ProjectCatalog.Project project : catalog.findAll()) {
            for (TcProject.Share share : project.countries()) {
                shares.computeIfAbsent(project.id(), k -> new LinkedHashMap<>())
                    .put(share.code(), share.percentage().divide(HUNDRED));
            }
        }
        return shares;
    }

    private static final class Accumulator {
        int projects;
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal secured = BigDecimal.ZERO;
        BigDecimal gap = BigDecimal.ZERO;

        void add(ProjectFunding f, BigDecimal share) {
            projects++;
            budget = budget.add(f.budgetUsd().multiply(share));
            secured = secured.add(f.securedUsd().multiply(share));
            gap = gap.add(f.gapUsd().multiply(share));
        }

        void merge(Accumulator other) {
            projects += other.projects;
            budget = budget.add(other.budget);
            secured = secured.add(other.secured);
            gap = gap.add(other.gap);
        }

        GapTotal total(String code, @Nullable String name) {
            return new GapTotal(code, name == null ? code : name, projects, Money.usd(budget),
                Money.usd(secured), Money.usd(gap));
        }
    }
}
