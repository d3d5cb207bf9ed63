package org.regionaltc.optimizer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Small problems for brute force: amounts in thousands, so that an optimum in whole thousands exists and the brute
 * force can walk them; a seed gives the same problem every time.
 */
final class SmallProblems {

    static final List<String> COUNTRIES = List.of("AR", "BR", "CL", "PE", "CO", "MX");
    static final Map<String, List<String>> GROUPS = Map.of("SOUTH", List.of("AR", "BR", "CL"),
        "NORTH", List.of("PE", "CO", "MX"));

    private SmallProblems() {
    }

    static AllocationProblem.Project project(String id, long gap, double value, List<String> countries, String theme,
            long cofinancing, @Nullable Double minFraction) {
        return new AllocationProblem.Project(id, gap, value, countries, theme, "32110", cofinancing, minFraction);
    }

    static AllocationProblem.Source window(String id, long envelope, @Nullable List<String> themes,
            @Nullable Long maxGrant, @Nullable Double ratio) {
        return new AllocationProblem.Source(id, envelope, themes, null, null, maxGrant, ratio);
    }

    static AllocationProblem problem(List<AllocationProblem.Project> projects, List<AllocationProblem.Source> sources,
            AllocationProblem.Policy policy) {
        return new AllocationProblem("small", "USD", GROUPS, projects, sources, policy);
    }

    /** What kinds of rule a random problem may carry. */
    enum Rule { EXCLUSIVE, MUST_NOT_FUND, MUST_FUND, GROUP_FLOOR, COUNTRY_CAP, MAX_SOURCES, MIN_FRACTION, RATIO, MAX_GRANT }

    static AllocationProblem random(long seed, List<Rule> rules) {
        Random r = new Random(seed);
        int n = 5 + r.nextInt(2);
        boolean shares = !rules.contains(Rule.MIN_FRACTION);
        List<AllocationProblem.Project> projects = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> countries = new ArrayList<>();
            countries.add(COUNTRIES.get(r.nextInt(COUNTRIES.size())));
            if (r.nextInt(4) == 0) {
                String other = COUNTRIES.get(r.nextInt(COUNTRIES.size()));
                if (!countries.contains(other)) {
                    countries.add(other);
                }
            }
            Double minFraction = rules.contains(Rule.MIN_FRACTION) && r.nextBoolean() ? 0.5 : null;
            long gap = 1000L * (minFraction != null ? 2 * (1 + r.nextInt(2)) : 1 + r.nextInt(4));
            projects.add(project("P" + i, gap, (1 + r.nextInt(99)) / 100.0, countries, r.nextBoolean() ? "A" : "B",
                1000L * r.nextInt(5), minFraction));
        }
        List<AllocationProblem.Source> sources = new ArrayList<>();
        for (int j = 0; j < 3; j++) {
            List<String> themes = switch (r.nextInt(3)) {
                case 0 -> null;
                case 1 -> List.of("A");
                default -> List.of("B");
            };
            Long maxGrant = rules.contains(Rule.MAX_GRANT) && r.nextBoolean() ? 1000L * (1 + r.nextInt(3)) : null;
            Double ratio = rules.contains(Rule.RATIO) && r.nextBoolean() ? (r.nextBoolean() ? 1.0 : 0.5) : null;
            sources.add(window("W" + j, 1000L * (2 + r.nextInt(6)), themes, maxGrant, ratio));
        }
        Map<String, Double> floors = new LinkedHashMap<>();
        if (shares && rules.contains(Rule.GROUP_FLOOR)) {
            floors.put(r.nextBoolean() ? "SOUTH" : "NORTH", 0.2 + 0.1 * r.nextInt(3));
        }
        Double cap = shares && rules.contains(Rule.COUNTRY_CAP) ? 0.4 + 0.1 * r.nextInt(2) : null;
        Integer k = rules.contains(Rule.MAX_SOURCES) ? 1 : null;
        List<String> mustFund = rules.contains(Rule.MUST_FUND) ? List.of("P" + r.nextInt(n)) : List.of();
        String excluded = "P" + r.nextInt(n);
        List<String> mustNotFund = rules.contains(Rule.MUST_NOT_FUND) && !mustFund.contains(excluded)
            ? List.of(excluded) : List.of();
        List<List<String>> exclusive = new ArrayList<>();
        if (rules.contains(Rule.EXCLUSIVE)) {
            int a = r.nextInt(n);
            int b = (a + 1 + r.nextInt(n - 1)) % n;
            exclusive.add(List.of("P" + a, "P" + b));
        }
        return problem(projects, sources, new AllocationProblem.Policy(k, cap, floors, mustFund, mustNotFund,
            exclusive));
    }

    static AllocationProblem without(AllocationProblem p, Rule rule) {
        AllocationProblem.Policy q = p.policy();
        AllocationProblem.Policy policy = new AllocationProblem.Policy(
            rule == Rule.MAX_SOURCES ? null : q.maxSourcesPerProject(),
            rule == Rule.COUNTRY_CAP ? null : q.countryShareMax(),
            rule == Rule.GROUP_FLOOR ? Map.of() : q.groupShareMin(),
            rule == Rule.MUST_FUND ? List.of() : q.mustFund(),
            rule == Rule.MUST_NOT_FUND ? List.of() : q.mustNotFund(),
            rule == Rule.EXCLUSIVE ? List.of() : q.exclusive());
        List<AllocationProblem.Project> projects = p.projects().stream().map(x -> rule != Rule.MIN_FRACTION ? x
            : new AllocationProblem.Project(x.id(), x.gap(), x.value(), x.countries(), x.theme(), x.sector(),
                x.cofinancing(), null)).toList();
        List<AllocationProblem.Source> sources = p.sources().stream().map(s -> new AllocationProblem.Source(s.id(),
            s.envelope(), s.themes(), s.countries(), s.sectors(), rule == Rule.MAX_GRANT ? null : s.maxGrant(),
            rule == Rule.RATIO ? null : s.cofinancingRatio())).toList();
        return new AllocationProblem(p.name(), p.currency(), p.groups(), projects, sources, policy);
    }
}
