package org.regionaltc.optimizer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.regionaltc.alignment.Alignment;
import org.regionaltc.financing.Eligibility;
import org.regionaltc.financing.EligibilityRule;
import org.regionaltc.financing.EligibilityRules;
import org.regionaltc.financing.ProjectFacts;
import org.regionaltc.funding.ExchangeRates;
import org.regionaltc.funding.FundingFigures;
import org.regionaltc.funding.FundingWindow;
import org.regionaltc.funding.FundingWindows;
import org.regionaltc.funding.ProjectFunding;
import org.regionaltc.offer.NationalOffers;
import org.regionaltc.reference.Grouping;
import org.regionaltc.reference.Groupings;
import org.springframework.stereotype.Component;

/**
 * Builds the allocation problem from the current programme, through the published types of the features that own
 * the data. Candidates: projects approved or in appraisal with a funding gap in USD. A pair (project, window) is
 * eligible when a rule in force of the window's body passes for the project as the eligibility page decides; its
 * bound is the most generous passing rule's (maximum grant, co-financing ratio), and a pair whose bound is below
 * that rule's minimum grant is dropped. These pairs travel in the problem's {@code pairs} extension, since the
 * format's own window lists cannot say "several rules" or "sector prefixes". Amounts in whole USD at today's rate.
 */
@Component
public class ProgrammeProblem {

    static final Set<String> CANDIDATE_STATUSES = Set.of("APPROVED", "APPRAISAL");
    static final String NATIONAL_OFFERS_MARK = " + unallocated national offers";

    /** What a window of the problem stands for in the database. */
    public record Window(String id, long windowId, String bodyCode, String name, String currency,
            BigDecimal usdPerUnit) {
    }

    /** The problem, and what its ids stand for: project identifiers to project ids, window ids to windows. */
    public record Built(AllocationProblem problem, Map<String, Long> projectIds, Map<String, String> titles,
            Map<String, Window> windows, List<String> windowsWithoutRate, Map<String, BigDecimal> offerShares) {
    }

    /**
     * The policy as the secretariat sets it on the page; percentages, ids as text. {@code nationalOffers}: count, on
     * top of confirmed co-financing, each project's share of its countries' unallocated national offers.
     */
    public record Settings(@Nullable Integer maxSourcesPerProject, @Nullable Double countryShareMaxPercent,
            Map<String, Double> groupShareMinPercent, List<String> mustFund, List<String> mustNotFund,
            List<List<String>> exclusive, Map<String, Long> envelopes, boolean nationalOffers) {

        public static final Settings DEFAULT = new Settings(3, null, Map.of(), List.of(), List.of(), List.of(),
            Map.of(), false);

        /** The problem's name says whether the offers counted, so that a saved scenario records the option. */
        static String name(LocalDate day, boolean nationalOffers) {
            return "programme " + day + (nationalOffers ? NATIONAL_OFFERS_MARK : "");
        }

        AllocationProblem.Policy policy() {
            Map<String, Double> floors = new TreeMap<>();
            groupShareMinPercent.forEach((g, v) -> {
                if (v != null && v > 0) {
                    floors.put(g, v / 100);
                }
            });
            return new AllocationProblem.Policy(maxSourcesPerProject,
                countryShareMaxPercent == null ? null : countryShareMaxPercent / 100, floors, mustFund, mustNotFund,
                exclusive);
        }
    }

    private final ProjectFacts projects;
    private final FundingFigures figures;
    private final Alignment alignment;
    private final FundingWindows windows;
    private final EligibilityRules rules;
    private final ExchangeRates rates;
    private final Groupings groupings;
    private final NationalOffers offers;

    ProgrammeProblem(ProjectFacts projects, FundingFigures figures, Alignment alignment, FundingWindows windows,
            EligibilityRules rules, ExchangeRates rates, Groupings groupings, NationalOffers offers) {
        this.offers = offers;
        this.projects = projects;
        this.figures = figures;
        this.alignment = alignment;
        this.windows = windows;
        this.rules = rules;
        this.rates = rates;
        this.groupings = groupings;
    }

    public Built build(Settings settings) {
        LocalDate today = LocalDate.now();
        List<ProjectFacts.Project> candidates = projects.findAll().stream()
            .filter(p -> CANDIDATE_STATUSES.contains(p.status())).toList();
        Map<Long, ProjectFunding> funding = figures.of(candidates);
        Map<Long, Double> scores = alignment.ofAllProjects();
        Map<String, List<EligibilityRule>> inForce = rules.findAll().stream().filter(r -> r.inForceOn(today))
            .collect(Collectors.groupingBy(EligibilityRule::bodyCode));

        Map<String, Window> byId = new LinkedHashMap<>();
        List<AllocationProblem.Source> sources = new ArrayList<>();
        List<String> withoutRate = new ArrayList<>();
        for (FundingWindow w : windows.findVisible(org.regionaltc.financing.Visibility.everything())) {
            if (w.periodEnd().isBefore(today) || w.remaining().signum() <= 0) {
                continue;
            }
            Optional<BigDecimal> rate = rates.rateOn(w.currency(), today);
            if (rate.isEmpty()) {
                withoutRate.add(w.name());
                continue;
            }
            String id = w.bodyCode() + "-" + w.id();
            byId.put(id, new Window(id, w.id(), w.bodyCode(), w.name(), w.currency(), rate.get()));
            long envelope = settings.envelopes().getOrDefault(id, usd(ExchangeRates.convert(w.remaining(), rate.get())));
            sources.add(new AllocationProblem.Source(id, Math.max(0, envelope), null, null, null, null, null));
        }

        List<AllocationProblem.Project> ps = new ArrayList<>();
        List<AllocationProblem.PairLimit> pairs = new ArrayList<>();
        Map<String, Long> projectIds = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        List<ProjectFacts.Project> withGap = candidates.stream().filter(p -> {
            ProjectFunding f = funding.get(p.id());
            return f != null && f.hasGap() && !p.countries().isEmpty();
        }).toList();
        Map<String, BigDecimal> shares = !settings.nationalOffers() ? Map.of()
            : OfferShares.byProject(offers.unallocatedByCountry(), withGap.stream()
                .map(p -> new OfferShares.Claim(p.identifier(), Set.copyOf(p.countries()), usd(funding.get(p.id()).gapUsd())))
                .toList());
        for (ProjectFacts.Project p : withGap) {
            ProjectFunding f = funding.get(p.id());
            long gap = usd(f.gapUsd());
            // Confirmed co-financing always counts; the share of the offers only with the option, as potential money.
            BigDecimal cofinancingUsd = f.cofinancingUsd().add(shares.getOrDefault(p.identifier(), BigDecimal.ZERO));
            long cofinancing = usd(cofinancingUsd);
            double value = Math.max(0, Math.min(1, scores.getOrDefault(p.id(), 0.0) / 100));
            ps.add(new AllocationProblem.Project(p.identifier(), gap, Math.round(value * 10000) / 10000.0,
                List.copyOf(new TreeSet<>(p.countries())), first(p.themes()), first(p.sectors()), cofinancing, null));
            projectIds.put(p.identifier(), p.id());
            titles.put(p.identifier(), p.title());
            for (Window w : byId.values()) {
                bound(p, gap, cofinancingUsd, inForce.getOrDefault(w.bodyCode(), List.of()))
                    .ifPresent(b -> pairs.add(new AllocationProblem.PairLimit(p.identifier(), w.id(), b)));
            }
        }
        AllocationProblem problem = new AllocationProblem(Settings.name(today, settings.nationalOffers()), "USD",
            subRegions(), ps, sources, settings.policy(), pairs);
        return new Built(problem, projectIds, titles, byId, withoutRate, shares);
    }

    /** The most a body's rules let the project ask for, when one of them passes for it; empty when none does. */
    static Optional<Long> bound(ProjectFacts.Project p, long gap, BigDecimal cofinancingUsd,
            List<EligibilityRule> bodyRules) {
        long best = -1;
        for (EligibilityRule rule : bodyRules) {
            BigDecimal least = rule.minGrantUsd() == null ? BigDecimal.ONE : rule.minGrantUsd();
            Eligibility.Candidate candidate = new Eligibility.Candidate(p.scope(), p.countries(), p.sectors(),
                p.themes(), least, cofinancingUsd);
            if (!Eligibility.evaluate(rule.bodyCode(), List.of(rule), candidate).eligible()) {
                continue;
            }
            long bound = gap;
            if (rule.maxGrantUsd() != null) {
                bound = Math.min(bound, usdDown(rule.maxGrantUsd()));
            }
            if (rule.cofinancingRatio() != null && rule.cofinancingRatio().signum() > 0) {
                bound = Math.min(bound, usdDown(cofinancingUsd.divide(rule.cofinancingRatio(), 2, RoundingMode.DOWN)));
            }
            if (rule.minGrantUsd() != null && BigDecimal.valueOf(bound).compareTo(rule.minGrantUsd()) < 0) {
                continue;
            }
            best = Math.max(best, bound);
        }
        return best > 0 ? Optional.of(best) : Optional.empty();
    }

    /** Groups are the sub-regions: each the current members of the groupings in it. */
    private Map<String, List<String>> subRegions() {
        Map<String, Set<String>> members = new TreeMap<>();
        for (Grouping g : groupings.findAll()) {
            if (g.subRegion() == null || g.subRegion().isBlank()) {
                continue;
            }
            Set<String> countries = members.computeIfAbsent(g.subRegion(), k -> new TreeSet<>());
            g.members().stream().filter(m -> m.leftYear() == null).forEach(m -> countries.add(m.countryCode()));
        }
        Map<String, List<String>> groups = new TreeMap<>();
        members.forEach((k, v) -> groups.put(k, List.copyOf(v)));
        return groups;
    }

    private static String first(Set<String> codes) {
        return codes.isEmpty() ? "-" : new TreeSet<>(codes).first();
    }

    private static long usd(@Nullable BigDecimal amount) {
        return amount == null ? 0 : amount.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static long usdDown(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.DOWN).longValueExact();
    }
}
