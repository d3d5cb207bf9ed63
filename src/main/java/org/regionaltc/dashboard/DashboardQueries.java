package org.regionaltc.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.regionaltc.alignment.Alignment;
import org.regionaltc.alignment.Coverage;
import org.regionaltc.dialogue.ActionItems;
import org.regionaltc.financing.ProjectFacts;
import org.regionaltc.funding.ExchangeRates;
import org.regionaltc.funding.FundingFigures;
import org.regionaltc.funding.FundingWindows;
import org.regionaltc.funding.ProjectFunding;
import org.regionaltc.pipeline.PipelineValue;
import org.regionaltc.pipeline.Proposal;
import org.regionaltc.pipeline.Proposals;
import org.regionaltc.pipeline.Stage;
import org.regionaltc.priority.Comparisons;
import org.regionaltc.priority.CycleStatus;
import org.regionaltc.project.ProjectSummaries;
import org.regionaltc.project.ProjectSummaries.ProjectSummary;
import org.regionaltc.reference.ThematicArea;
import org.regionaltc.reference.ThematicAreas;
import org.regionaltc.system.FiguresCache;
import org.regionaltc.system.Money;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Computes a {@link Dashboard} for a {@link DashboardScope} from the published read types of the features it
 * summarises. A project in several countries (or themes) counts once in each; its budget is split evenly among
 * them, so that the countries' budgets add up to the portfolio's.
 */
@Component
public class DashboardQueries {

    static final String COFINANCING = "COFINANCING";
    private static final int DEADLINES_SHOWN = 12;

    private final ProjectSummaries projects;
    private final FundingFigures funding;
    private final Alignment alignment;
    private final Coverage coverage;
    private final Proposals proposals;
    private final ExchangeRates rates;
    private final FundingWindows windows;
    private final ActionItems actions;
    private final Comparisons cycles;
    private final ThematicAreas themes;
    private final Subregions subregions;
    private final MessageSource messages;
    private final FiguresCache cache;

    DashboardQueries(ProjectSummaries projects, FundingFigures funding, Alignment alignment, Coverage coverage,
            Proposals proposals, ExchangeRates rates, FundingWindows windows, ActionItems actions,
            Comparisons cycles, ThematicAreas themes, Subregions subregions, MessageSource messages,
            FiguresCache cache) {
        this.messages = messages;
        this.cache = cache;
        this.projects = projects;
        this.funding = funding;
        this.alignment = alignment;
        this.coverage = coverage;
        this.proposals = proposals;
        this.rates = rates;
        this.windows = windows;
        this.actions = actions;
        this.cycles = cycles;
        this.themes = themes;
        this.subregions = subregions;
    }

    /** A project of the scope with what the dashboard needs of it. */
    record Line(ProjectSummary project, Set<String> countries, Set<String> topThemes, @Nullable BigDecimal budgetUsd,
            List<ProjectFunding.FromBody> bodies, BigDecimal cofinancingUsd, @Nullable Double score) {

        BigDecimal budget() {
            return budgetUsd == null ? BigDecimal.ZERO : budgetUsd;
        }
    }

    /**
     * The scope's whole dashboard, kept until something it summarises changes (see {@link FiguresCache}). Kept
     * per scope and per reader's role: which meetings' action items and which cycles' deadlines show depend on
     * the role as well (a signed-in donor without a body has the public scope but reads every meeting), and per
     * language.
     */
    public Dashboard of(DashboardScope scope) {
        String reader = org.regionaltc.system.SignedInUser.current().map(u -> u.role().name()).orElse("anonymous");
        // The language too: what each figure counts is worded in the reader's language.
        String language = LocaleContextHolder.getLocale().getLanguage();
        return cache.get("dashboard|" + scope.key() + "|" + reader + "|" + language, LocalDate.now(ZoneOffset.UTC),
            () -> of(scope, new ProjectSummaries.Filter(null, null, null, null, null)));
    }

    public Dashboard of(DashboardScope scope, ProjectSummaries.Filter filter) {
        List<Line> lines = lines(scope, filter);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return new Dashboard(scope.key(), portfolio(scope, lines), alignmentOf(lines), fundingOf(scope, lines),
            scope.showsPipeline() ? pipeline(scope, p -> true) : null, ratio(scope, lines), gaps(scope), overdue(today),
            deadlines(scope, today));
    }

    /** A country's figures for its page: its projects, their funding and pipeline, its gaps. */
    public CountryFigures country(DashboardScope scope, String code) {
        List<Line> lines = lines(scope, new ProjectSummaries.Filter(code, null, null, null, null));
        List<CountryFigures.Project> rows = lines.stream().map(l -> new CountryFigures.Project(l.project().id(),
            l.project().identifier(), l.project(), l.project().status(), l.budgetUsd(), secured(scope, l), l.score()))
            .toList();
        List<Proposal> proposals = scope.showsPipeline()
            ? this.proposals.findVisible(scope.money()).stream().filter(p -> p.projectCountries().contains(code)).toList()
            : List.of();
        List<Coverage.PriorityCoverage> gaps = coverage.gaps(new Coverage.Filter(code, null, null, scope.projectsRead()));
        return new CountryFigures(rows, fundingOf(scope, lines), ratio(scope, lines),
            scope.showsPipeline() ? pipeline(scope, p -> p.projectCountries().contains(code)) : null, proposals, gaps);
    }

    /** The projects the scope counts, with their money and scores: one query per source, none per project. */
    List<Line> lines(DashboardScope scope, ProjectSummaries.Filter filter) {
        List<ProjectSummary> read = projects.find(filter, scope.projectsRead());
        List<ProjectFacts.Project> facts = read.stream().map(DashboardQueries::facts).toList();
        Map<Long, List<ProjectFunding.FromBody>> bodies = funding.fromBodies(facts.stream().map(ProjectFacts.Project::id).toList());
        Map<Long, ProjectFunding> money = funding.of(facts, bodies);
        Map<Long, Double> scores = alignment.ofAllProjects();
        Map<String, String> topThemes = topThemes();
        List<Line> lines = new ArrayList<>();
        for (ProjectSummary p : read) {
            Set<String> countries = codes(p.countries());
            List<ProjectFunding.FromBody> from = bodies.getOrDefault(p.id(), List.of());
            Set<String> bodyCodes = from.stream().map(ProjectFunding.FromBody::bodyCode).collect(Collectors.toSet());
            if (!scope.keeps(p, countries, bodyCodes)) {
                continue;
            }
            Set<String> tops = codes(p.themes()).stream().map(t -> topThemes.getOrDefault(t, t))
                .collect(Collectors.toCollection(LinkedHashSet::new));
            ProjectFunding f = money.get(p.id());
            lines.add(new Line(p, countries, tops, f == null ? null : f.budgetUsd(), from,
                f == null ? BigDecimal.ZERO : f.cofinancingUsd(), scores.get(p.id())));
        }
        return lines;
    }

    private static ProjectFacts.Project facts(ProjectSummary p) {
        return new ProjectFacts.Project(p.id(), p.identifier(), p.titleEn(), p.scope(), p.status(), p.currency(),
            p.totalBudget(), codes(p.countries()), Set.of(), codes(p.themes()), p.isSample());
    }

    static Set<String> codes(@Nullable String spaced) {
        if (spaced == null || spaced.isBlank()) {
            return Set.of();
        }
        return new LinkedHashSet<>(Arrays.asList(spaced.strip().split("\\s+")));
    }

    /** Each thematic area's top-level area, e.g. a sub-theme's parent. */
    private Map<String, String> topThemes() {
        Map<String, String> parent = new HashMap<>();
        for (ThematicArea t : themes.findAll()) {
            if (t.parentCode() != null) {
                parent.put(t.code(), t.parentCode());
            }
        }
        Map<String, String> top = new HashMap<>();
        for (String code : parent.keySet()) {
            String at = code;
            while (parent.containsKey(at)) {
                at = parent.get(at);
            }
            top.put(code, at);
        }
        return top;
    }

    private Dashboard.Portfolio portfolio(DashboardScope scope, List<Line> lines) {
        BigDecimal total = Money.usd(lines.stream().map(Line::budget).reduce(BigDecimal.ZERO, BigDecimal::add));
        Dashboard.Breakdown byStatus = counted(counts("dashboard.counts.status"), lines,
            l -> Set.of(l.project().status()));
        Dashboard.Breakdown bySubregion = breakdown(counts("dashboard.counts.subregion"), lines,
            this::subregionShares);
        Dashboard.Breakdown byTheme = counted(counts("dashboard.counts.theme"), lines, Line::topThemes);
        return new Dashboard.Portfolio(lines.size(), total, byStatus, bySubregion, countries(scope, lines), byTheme);
    }

    /** A project's sub-regions, once each, weighted by how many of its countries lie there. */
    private Map<String, Integer> subregionShares(Line line) {
        Map<String, Integer> shares = new TreeMap<>();
        line.countries().forEach(c -> shares.merge(subregions.of(c), 1, Integer::sum));
        return shares;
    }

    private interface Keys {
        /** The keys a project counts under, each with its weight in the split of the budget. */
        Map<String, Integer> of(Line line);
    }

    private static Dashboard.Breakdown counted(String counts, List<Line> lines, java.util.function.Function<Line, Set<String>> keys) {
        return breakdown(counts, lines, (Keys) l -> keys.apply(l).stream()
            .collect(Collectors.toMap(k -> k, k -> 1, Integer::sum, TreeMap::new)));
    }

    private static Dashboard.Breakdown breakdown(String counts, List<Line> lines, Keys keys) {
        Map<String, int[]> projects = new TreeMap<>();
        Map<String, BigDecimal> budgets = new TreeMap<>();
        for (Line l : lines) {
            Map<String, Integer> shares = keys.of(l);
            int parts = shares.values().stream().mapToInt(Integer::intValue).sum();
            shares.forEach((key, weight) -> {
                projects.computeIfAbsent(key, k -> new int[1])[0]++;
                budgets.merge(key, part(l.budget(), weight, parts), BigDecimal::add);
            });
        }
        List<Dashboard.Share> rows = projects.entrySet().stream()
            .map(e -> new Dashboard.Share(e.getKey(), e.getValue()[0], Money.usd(budgets.get(e.getKey()))))
            .toList();
        return new Dashboard.Breakdown(counts, rows);
    }

    private static BigDecimal part(BigDecimal amount, int weight, int parts) {
        return parts == 0 ? BigDecimal.ZERO
            : amount.multiply(BigDecimal.valueOf(weight)).divide(BigDecimal.valueOf(parts), 6, RoundingMode.HALF_UP);
    }

    private Dashboard.Countries countries(DashboardScope scope, List<Line> lines) {
        Map<String, List<Line>> byCountry = new TreeMap<>();
        lines.forEach(l -> l.countries().forEach(c -> byCountry.computeIfAbsent(c, k -> new ArrayList<>()).add(l)));
        List<Dashboard.CountryFigures> rows = new ArrayList<>();
        byCountry.forEach((code, in) -> {
            BigDecimal budget = BigDecimal.ZERO;
            BigDecimal secured = BigDecimal.ZERO;
            double weighted = 0;
            double weights = 0;
            for (Line l : in) {
                int parts = l.countries().size();
                budget = budget.add(part(l.budget(), 1, parts));
                secured = secured.add(part(secured(scope, l), 1, parts));
                if (l.score() != null) {
                    weighted += l.score() * l.budget().doubleValue();
                    weights += l.budget().doubleValue();
                }
            }
            Double score = weights > 0 ? weighted / weights : meanScore(in);
            rows.add(new Dashboard.CountryFigures(code, subregions.of(code), in.size(), Money.usd(budget),
                Money.usd(secured), scope.showsFundingGap() ? Money.usd(budget.subtract(secured).max(BigDecimal.ZERO)) : null,
                score));
        });
        return new Dashboard.Countries(counts("dashboard.counts.countries"), rows);
    }

    /** What a figure counts, in the reader's language (the page's, or the API call's Accept-Language). */
    private String counts(String code, Object... arguments) {
        return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
    }

    private static @Nullable Double meanScore(List<Line> lines) {
        return lines.stream().filter(l -> l.score() != null).mapToDouble(Line::score).average().stream().boxed()
            .findFirst().orElse(null);
    }

    /** What the scope may count as secured for a project: a donor only its own body's money. */
    private static BigDecimal secured(DashboardScope scope, Line line) {
        BigDecimal grants = line.bodies().stream().filter(b -> scope.showsSource(b.bodyCode()))
            .map(ProjectFunding.FromBody::secured).reduce(BigDecimal.ZERO, BigDecimal::add);
        return scope instanceof DashboardScope.Donor ? grants : grants.add(line.cofinancingUsd());
    }

    private Dashboard.Alignment alignmentOf(List<Line> lines) {
        int[] bands = new int[5];
        double weighted = 0;
        double weights = 0;
        int scored = 0;
        for (Line l : lines) {
            if (l.score() == null) {
                continue;
            }
            scored++;
            bands[Math.min(4, (int) Math.floor(l.score() / 20))]++;
            weighted += l.score() * l.budget().doubleValue();
            weights += l.budget().doubleValue();
        }
        List<Dashboard.Band> distribution = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            distribution.add(new Dashboard.Band(i * 20, i * 20 + 20, bands[i]));
        }
        Double score = weights > 0 ? Double.valueOf(weighted / weights) : meanScore(lines);
        return new Dashboard.Alignment(counts("dashboard.counts.alignment"), score, scored, distribution);
    }

    private Dashboard.Funding fundingOf(DashboardScope scope, List<Line> lines) {
        Map<String, BigDecimal> bySource = new TreeMap<>();
        BigDecimal gap = BigDecimal.ZERO;
        BigDecimal secured = BigDecimal.ZERO;
        for (Line l : lines) {
            for (ProjectFunding.FromBody b : l.bodies()) {
                if (scope.showsSource(b.bodyCode())) {
                    bySource.merge(b.bodyCode(), b.secured(), BigDecimal::add);
                }
            }
            if (!(scope instanceof DashboardScope.Donor) && l.cofinancingUsd().signum() != 0) {
                bySource.merge(COFINANCING, l.cofinancingUsd(), BigDecimal::add);
            }
            BigDecimal own = secured(scope, l);
            secured = secured.add(own);
            if (l.budgetUsd() != null) {
                gap = gap.add(l.budgetUsd().subtract(own).max(BigDecimal.ZERO));
            }
        }
        List<Dashboard.Source> sources = bySource.entrySet().stream()
            .map(e -> new Dashboard.Source(e.getKey(), Money.usd(e.getValue()))).toList();
        String counts = counts(scope instanceof DashboardScope.Donor ? "dashboard.counts.fundingOfBody"
            : "dashboard.counts.funding");
        return new Dashboard.Funding(counts, Money.usd(secured), scope.showsFundingGap() ? Money.usd(gap) : null, sources);
    }

    private Dashboard.Pipeline pipeline(DashboardScope scope, java.util.function.Predicate<Proposal> keep) {
        List<Proposal> visible = proposals.findVisible(scope.money()).stream().filter(keep).toList();
        Map<Stage, BigDecimal> probabilities = proposals.probabilities();
        var usdPerUnit = rates.ratesOn(LocalDate.now()).andThen(rate -> rate.orElse(BigDecimal.ZERO));
        PipelineValue all = PipelineValue.of(visible, probabilities, usdPerUnit);
        List<Dashboard.StageFigures> stages = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            if (!stage.isOpen() && stage != Stage.AGREEMENT_SIGNED) {
                continue;
            }
            List<Proposal> at = visible.stream().filter(p -> p.stage() == stage).toList();
            PipelineValue value = PipelineValue.of(at, probabilities, usdPerUnit);
            stages.add(new Dashboard.StageFigures(stage.name(), at.size(), value.totalUsd(), value.weightedUsd()));
        }
        return new Dashboard.Pipeline(counts("dashboard.counts.pipeline"), all.totalUsd(),
            all.weightedUsd(), stages);
    }

    private Dashboard.@Nullable Ratio ratio(DashboardScope scope, List<Line> lines) {
        if (scope instanceof DashboardScope.Public) {
            return null;
        }
        if (scope instanceof DashboardScope.Donor donor) {
            return funding.ratiosByBody().stream().filter(r -> r.key().equals(donor.body())).findFirst()
                .map(r -> new Dashboard.Ratio("co-financing of the projects your body committed to, per unit of its"
                    + " commitments", Money.usd(r.cofinancingUsd()), Money.usd(r.committedUsd()), r.ratio()))
                .orElse(null);
        }
        BigDecimal grants = BigDecimal.ZERO;
        BigDecimal cofinancing = BigDecimal.ZERO;
        for (Line l : lines) {
            grants = grants.add(l.bodies().stream().map(ProjectFunding.FromBody::secured).reduce(BigDecimal.ZERO, BigDecimal::add));
            cofinancing = cofinancing.add(l.cofinancingUsd());
        }
        BigDecimal ratio = grants.signum() == 0 ? BigDecimal.ZERO : cofinancing.divide(grants, 2, RoundingMode.HALF_UP);
        return new Dashboard.Ratio("co-financing per unit of the financing bodies' secured grants, over these projects",
            Money.usd(cofinancing), Money.usd(grants), ratio);
    }

    private Dashboard.Gaps gaps(DashboardScope scope) {
        List<Coverage.PriorityCoverage> found;
        if (scope instanceof DashboardScope.FocalPoint focal) {
            Map<Long, Coverage.PriorityCoverage> mine = new LinkedHashMap<>();
            for (String country : new java.util.TreeSet<>(focal.countries())) {
                coverage.gaps(new Coverage.Filter(country, null, null, scope.projectsRead()))
                    .forEach(p -> mine.putIfAbsent(p.priorityId(), p));
            }
            found = List.copyOf(mine.values());
        } else {
            found = coverage.gaps(Coverage.Filter.none(scope.projectsRead()));
        }
        List<Dashboard.Gap> rows = found.stream()
            .sorted(Comparator.comparing((Coverage.PriorityCoverage p) -> p.weight() == null ? BigDecimal.ZERO : p.weight()).reversed())
            .map(p -> new Dashboard.Gap(p.priorityId(), p.level(), p.countryCode(), p.groupingCode(), p.topTheme(),
                p.title(), p.weight(), p.linkedBudget()))
            .toList();
        return new Dashboard.Gaps(counts("dashboard.counts.gaps"), rows);
    }

    private Dashboard.Actions overdue(LocalDate today) {
        List<Dashboard.Action> rows = actions.overdueOn(today).stream()
            .map(a -> new Dashboard.Action(a.id(), a.meetingId(), a.meetingTitle(), a.description(), a.owner(), a.dueDate()))
            .toList();
        return new Dashboard.Actions(counts("dashboard.counts.actions"), rows);
    }

    private Dashboard.Deadlines deadlines(DashboardScope scope, LocalDate today) {
        List<Dashboard.Deadline> rows = new ArrayList<>();
        cycles.visibleCycles().stream()
            .filter(c -> c.status() == CycleStatus.OPEN && !c.submissionDeadline().isBefore(today))
            .forEach(c -> rows.add(new Dashboard.Deadline("CYCLE_SUBMISSIONS", c.submissionDeadline(), c.title(),
                "/cycles/" + c.id())));
        windows.findVisible(scope.money()).stream()
            .filter(w -> w.deadline() != null && !w.deadline().isBefore(today))
            .forEach(w -> rows.add(new Dashboard.Deadline("WINDOW", w.deadline(), w.bodyCode() + " — " + w.name(),
                "/funding/windows")));
        if (scope.showsPipeline()) {
            proposals.findVisible(scope.money()).stream()
                .filter(p -> p.stage().isOpen() && p.nextActionDate() != null && !p.nextActionDate().isBefore(today))
                .forEach(p -> rows.add(new Dashboard.Deadline("PROPOSAL", p.nextActionDate(),
                    p.projectIdentifier() + " — " + (p.nextAction() == null ? p.bodyCode() : p.nextAction()),
                    "/pipeline/" + p.id())));
        }
        rows.sort(Comparator.comparing(Dashboard.Deadline::date));
        return new Dashboard.Deadlines(counts("dashboard.counts.deadlines", DEADLINES_SHOWN),
            rows.stream().limit(DEADLINES_SHOWN).toList());
    }
}
