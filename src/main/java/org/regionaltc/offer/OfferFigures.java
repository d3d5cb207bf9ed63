package org.regionaltc.offer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.regionaltc.financing.Eligibility;
import org.regionaltc.financing.EligibilityRule;
import org.regionaltc.financing.EligibilityRules;
import org.regionaltc.financing.ProjectFacts;
import org.regionaltc.funding.ExchangeRates;
import org.regionaltc.funding.FundingFigures;
import org.regionaltc.funding.ProjectFunding;
import org.regionaltc.priority.Priorities;
import org.regionaltc.priority.Priority;
import org.regionaltc.priority.PriorityStatus;
import org.regionaltc.priority.ReviewCycle;
import org.regionaltc.priority.ReviewCycles;
import org.regionaltc.project.PriorityLinked;
import org.regionaltc.project.Projects;
import org.regionaltc.reference.Grouping;
import org.regionaltc.reference.Groupings;
import org.regionaltc.system.Money;
import org.regionaltc.system.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * Offered, confirmed and still unallocated national resources, as a reader may see them: per cycle by country, theme
 * and sub-region; how a cycle's offers changed since another; and, for resource mobilization, priorities with money
 * offered and no project yet, and projects whose co-financing requirement the unallocated offers could meet.
 * Amounts are in US dollars at the latest rate on or before today; an offer in a currency with no rate is listed but
 * counts in no total. Unallocated = offered − confirmed, offer by offer.
 */
@Component
class OfferFigures {

    /** An offer as the figures count it; the US dollar amounts are null when its currency has no rate. */
    record Row(NationalOffer offer, Priority priority, @Nullable BigDecimal offeredUsd,
            @Nullable BigDecimal confirmedUsd) {

        public @Nullable BigDecimal unallocatedUsd() {
            return offeredUsd == null || confirmedUsd == null ? null : Money.usd(offeredUsd.subtract(confirmedUsd));
        }

        OfferTotals.Amounts amounts() {
            return new OfferTotals.Amounts(offer.countryCode(), priority.thematicAreaCode(), offeredUsd, confirmedUsd);
        }
    }

    record CycleFigures(ReviewCycle cycle, List<Row> rows, OfferTotals.Total overall, List<OfferTotals.Total> byCountry,
            List<OfferTotals.Total> byTheme, List<OfferTotals.Total> bySubRegion, Set<String> currenciesWithoutRate) {
    }

    /** A project short of the co-financing a body's ratio asks, and what its countries' unallocated offers hold. */
    record Meetable(ProjectFacts.Project project, String bodyCode, BigDecimal ratio, BigDecimal requiredUsd,
            BigDecimal cofinancingUsd, BigDecimal shortfallUsd, BigDecimal unallocatedUsd) {
    }

    private final NationalOffers offers;
    private final ReviewCycles cycles;
    private final Priorities priorities;
    private final Groupings groupings;
    private final ExchangeRates rates;
    private final Projects projects;
    private final ProjectFacts projectFacts;
    private final FundingFigures funding;
    private final EligibilityRules rules;

    OfferFigures(NationalOffers offers, ReviewCycles cycles, Priorities priorities, Groupings groupings,
            ExchangeRates rates, Projects projects, ProjectFacts projectFacts, FundingFigures funding,
            EligibilityRules rules) {
        this.offers = offers;
        this.cycles = cycles;
        this.priorities = priorities;
        this.groupings = groupings;
        this.rates = rates;
        this.projects = projects;
        this.projectFacts = projectFacts;
        this.funding = funding;
        this.rules = rules;
    }

    /** The cycle's offers the user may see, each with its priority and US dollar figures. */
    List<Row> rows(ReviewCycle cycle, Optional<SignedInUser> user) {
        Map<Long, Priority> byId = priorities.findByCycle(cycle.id()).stream()
            .collect(Collectors.toMap(Priority::id, Function.identity()));
        Function<String, Optional<BigDecimal>> rate = rates.ratesOn(LocalDate.now(ZoneOffset.UTC));
        List<Row> rows = new ArrayList<>();
        for (NationalOffer o : offers.findByCycle(cycle.id())) {
            Priority p = byId.get(o.priorityId());
            if (p != null && OfferRules.canSee(user, cycle, p, o)) {
                Optional<BigDecimal> r = rate.apply(o.currency());
                rows.add(new Row(o, p, r.map(x -> ExchangeRates.convert(o.amount(), x)).orElse(null),
                    r.map(x -> ExchangeRates.convert(o.confirmed(), x)).orElse(null)));
            }
        }
        return rows;
    }

    CycleFigures of(ReviewCycle cycle, Optional<SignedInUser> user) {
        List<Row> rows = rows(cycle, user);
        List<OfferTotals.Amounts> amounts = rows.stream().map(Row::amounts).toList();
        Map<String, Set<String>> members = new LinkedHashMap<>();
        for (Grouping g : groupings.findAll()) {
            members.put(g.code(), g.members().stream().filter(m -> m.leftYear() == null)
                .map(Grouping.Member::countryCode).collect(Collectors.toSet()));
        }
        Set<String> withoutRate = rows.stream().filter(r -> r.offeredUsd() == null).map(r -> r.offer().currency())
            .collect(Collectors.toCollection(TreeSet::new));
        return new CycleFigures(cycle, rows, OfferTotals.overall(amounts), OfferTotals.by(amounts, OfferTotals.Amounts::country),
            OfferTotals.by(amounts, OfferTotals.Amounts::theme), OfferTotals.bySubRegion(amounts, members), withoutRate);
    }

    /**
     * Per country, the offers the user sees in each of two cycles; only the countries whose offers the user sees in
     * both, so that another country's draft offers, hidden until endorsement, never read as "withdrawn".
     */
    List<OfferTotals.Change> compare(ReviewCycle from, ReviewCycle to, Optional<SignedInUser> user) {
        java.util.function.Predicate<String> seenInBoth = country ->
            (from.published() || user.filter(u -> u.canActFor(country)).isPresent())
                && (to.published() || user.filter(u -> u.canActFor(country)).isPresent());
        return OfferTotals.compare(
            rows(from, user).stream().map(Row::amounts).filter(a -> seenInBoth.test(a.country())).toList(),
            rows(to, user).stream().map(Row::amounts).filter(a -> seenInBoth.test(a.country())).toList());
    }

    /**
     * Offers of the cycles the user sees that still hold money, are the latest of their lineage (a carried-forward
     * copy replaces its original) and whose priority no project serves yet.
     */
    List<Row> opportunities(Optional<SignedInUser> user) {
        List<Row> open = current(user).stream()
            .filter(r -> r.offer().remaining().signum() > 0 && r.priority().status() != PriorityStatus.DROPPED)
            .toList();
        Set<Long> served = projects.linkedTo(open.stream().map(r -> r.priority().id()).collect(Collectors.toSet()))
            .stream().map(PriorityLinked::priorityId).collect(Collectors.toSet());
        return open.stream().filter(r -> !served.contains(r.priority().id())).toList();
    }

    /**
     * Projects the user sees whose co-financing falls short of a ratio a financing body's rule in force asks of the
     * grant the project still seeks (its gap), where the unallocated offers of the project's countries could cover
     * the shortfall. A rule counts only when the project meets its other conditions.
     */
    List<Meetable> meetable(Optional<SignedInUser> user) {
        Map<String, BigDecimal> unallocated = new HashMap<>();
        for (Row r : current(user)) {
            BigDecimal usd = r.unallocatedUsd();
            if (usd != null && usd.signum() > 0) {
                unallocated.merge(r.offer().countryCode(), usd, BigDecimal::add);
            }
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<EligibilityRule> withRatio = rules.findAll().stream()
            .filter(r -> r.cofinancingRatio() != null && r.inForceOn(today)).toList();
        org.regionaltc.financing.Visibility visibility = org.regionaltc.financing.Visibility.of(user);
        List<ProjectFacts.Project> seen = projectFacts.findAll().stream()
            .filter(p -> visibility.seesProjectIn(p.countries())
                && p.countries().stream().anyMatch(unallocated::containsKey))
            .toList();
        Map<Long, ProjectFunding> figures = funding.of(seen);
        List<Meetable> found = new ArrayList<>();
        for (ProjectFacts.Project p : seen) {
            ProjectFunding f = figures.get(p.id());
            BigDecimal gap = f == null ? null : f.gapUsd();
            if (gap == null || gap.signum() <= 0) {
                continue;
            }
            BigDecimal available = p.countries().stream().map(c -> unallocated.getOrDefault(c, BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
            for (EligibilityRule rule : withRatio) {
                Eligibility.Verdict verdict = Eligibility.evaluate(rule.bodyCode(), List.of(rule),
                    new Eligibility.Candidate(p.scope(), p.countries(), p.sectors(), p.themes(), gap, f.cofinancingUsd()));
                boolean onlyRatioFails = !verdict.failures().isEmpty() && verdict.failures().stream()
                    .allMatch(x -> x.condition() == Eligibility.Condition.COFINANCING);
                BigDecimal shortfall = OfferTotals.shortfall(rule.cofinancingRatio(), gap, f.cofinancingUsd());
                BigDecimal required = Money.usd(rule.cofinancingRatio().multiply(gap));
                if (onlyRatioFails && available.compareTo(shortfall) >= 0) {
                    found.add(new Meetable(p, rule.bodyCode(), rule.cofinancingRatio(), required, f.cofinancingUsd(),
                        shortfall, Money.usd(available)));
                }
            }
        }
        found.sort(Comparator.comparing((Meetable m) -> m.project().identifier()).thenComparing(Meetable::bodyCode));
        return found;
    }

    /** The rows of every cycle the user sees that have not been carried into a later cycle. */
    private List<Row> current(Optional<SignedInUser> user) {
        List<Row> rows = new ArrayList<>();
        for (ReviewCycle cycle : cycles.findAll()) {
            if (org.regionaltc.priority.Visibility.canSee(user, cycle)) {
                rows(cycle, user).stream().filter(r -> r.offer().carriedToId() == null).forEach(rows::add);
            }
        }
        return rows;
    }
}
