package org.regionaltc.optimizer;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.Pure;

/**
 * A funding-allocation problem in the terms of the exchange format {@code regional-tc.allocation-problem/1}: projects
 * with a gap, funding windows with an envelope and eligibility, and the programme's policy. Amounts are whole units.
 */
@Pure
public record AllocationProblem(String name, String currency, Map<String, List<String>> groups,
        List<Project> projects, List<Source> sources, Policy policy, @Nullable List<PairLimit> pairs) {

    public static final String FORMAT = "regional-tc.allocation-problem/1";

    public AllocationProblem {
        groups = Map.copyOf(groups);
        projects = List.copyOf(projects);
        sources = List.copyOf(sources);
        pairs = pairs == null ? null : List.copyOf(pairs);
    }

    public AllocationProblem(String name, String currency, Map<String, List<String>> groups, List<Project> projects,
            List<Source> sources, Policy policy) {
        this(name, currency, groups, projects, sources, policy, null);
    }

    /**
     * An extension of the format for rules it cannot express (a financing body's several rules, sector prefixes,
     * any-of themes): when {@code pairs} is given, only the pairs listed are eligible, each within its own
     * {@code maxGrant} on top of the window's terms. Problems built from the database carry it.
     */
    public record PairLimit(String project, String source, long maxGrant) {
    }

    /** {@code minFraction} null means all or nothing. */
    public record Project(String id, long gap, double value, List<String> countries, String theme, String sector,
            long cofinancing, @Nullable Double minFraction) {

        public Project {
            countries = List.copyOf(countries);
        }

        /** The least amount the project may be funded with: its whole gap unless a minimum fraction is given. */
        public long minimum() {
            return minFraction == null ? gap : (long) Math.ceil(minFraction * gap - 1e-9);
        }
    }

    /** A funding window; a null list means any, an empty one none. */
    public record Source(String id, long envelope, @Nullable List<String> themes, @Nullable List<String> countries,
            @Nullable List<String> sectors, @Nullable Long maxGrant, @Nullable Double cofinancingRatio) {

        public boolean admits(Project p) {
            return (themes == null || themes.contains(p.theme()))
                && (sectors == null || sectors.contains(p.sector()))
                && (countries == null || countries.containsAll(p.countries()));
        }

        /** The most this window can give the project: {@code min(gap, envelope, maxGrant, cofinancing / ratio)}. */
        public long boundFor(Project p) {
            long bound = Math.min(p.gap(), envelope);
            if (maxGrant != null) {
                bound = Math.min(bound, maxGrant);
            }
            if (cofinancingRatio != null) {
                bound = Math.min(bound, (long) Math.floor(p.cofinancing() / cofinancingRatio + 1e-9));
            }
            return Math.max(0, bound);
        }
    }

    /** An omitted rule is null (or empty): no such constraint. */
    public record Policy(@Nullable Integer maxSourcesPerProject, @Nullable Double countryShareMax,
            Map<String, Double> groupShareMin, List<String> mustFund, List<String> mustNotFund,
            List<List<String>> exclusive) {

        public static final Policy NONE = new Policy(null, null, Map.of(), List.of(), List.of(), List.of());

        public Policy {
            groupShareMin = Map.copyOf(groupShareMin);
            mustFund = List.copyOf(mustFund);
            mustNotFund = List.copyOf(mustNotFund);
            exclusive = exclusive.stream().map(List::copyOf).toList();
        }
    }
}
