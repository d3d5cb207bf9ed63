package org.regionaltc.optimizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regionaltc.system.Pure;

/**
 * A problem compiled to arrays: the eligible (project, window) pairs with the most each pair can carry, and the
 * weight of each project in each country and group. What the solvers, the greedy and the checks share.
 */
@Pure
final class Model {

    final AllocationProblem problem;
    final int projects;
    final int sources;
    final long[] gap;
    final long[] minimum;
    final double[] value;
    final boolean allOrNothing[];
    final int maxSources;
    final long[] envelope;
    /** Pair p joins project pairProject[p] to window pairSource[p] and carries at most pairBound[p]. */
    final int[] pairProject;
    final int[] pairSource;
    final long[] pairBound;
    final int[][] pairsOf;
    final String[] countries;
    final int[][] countriesOf;
    final double[] countryWeight;
    final double countryShareMax;
    final String[] groups;
    final double[] groupShareMin;
    /** groupWeight[g][i]: the part of project i's amount that counts towards group g. */
    final double[][] groupWeight;
    final boolean[] mustFund;
    final boolean[] mustNotFund;
    final int[][] exclusive;
    final int[][] exclusiveOf;

    Model(AllocationProblem problem) {
        this.problem = problem;
        List<AllocationProblem.Project> ps = problem.projects();
        List<AllocationProblem.Source> ss = problem.sources();
        projects = ps.size();
        sources = ss.size();
        gap = new long[projects];
        minimum = new long[projects];
        value = new double[projects];
        allOrNothing = new boolean[projects];
        Integer k = problem.policy().maxSourcesPerProject();
        maxSources = k == null ? Integer.MAX_VALUE : k;
        envelope = ss.stream().mapToLong(AllocationProblem.Source::envelope).toArray();
        Map<String, Integer> projectIndex = new HashMap<>();
        Map<String, Integer> countryIndex = new LinkedHashMap<>();
        countriesOf = new int[projects][];
        countryWeight = new double[projects];
        List<int[]> pairs = new ArrayList<>();
        List<Long> bounds = new ArrayList<>();
        pairsOf = new int[projects][];
        Map<String, Long> limits = new HashMap<>();
        if (problem.pairs() != null) {
            problem.pairs().forEach(l -> limits.merge(l.project() + "\u0000" + l.source(), l.maxGrant(), Math::min));
        }
        for (int i = 0; i < projects; i++) {
            AllocationProblem.Project p = ps.get(i);
            projectIndex.put(p.id(), i);
            gap[i] = p.gap();
            minimum[i] = Math.min(p.gap(), Math.max(1, p.minimum()));
            value[i] = p.value();
            allOrNothing[i] = minimum[i] >= gap[i];
            List<String> distinct = p.countries().stream().distinct().toList();
            countriesOf[i] = distinct.stream().mapToInt(c -> countryIndex.computeIfAbsent(c, x -> countryIndex.size()))
                .toArray();
            countryWeight[i] = 1.0 / distinct.size();
            List<Integer> mine = new ArrayList<>();
            for (int j = 0; j < sources; j++) {
                AllocationProblem.Source s = ss.get(j);
                long bound = s.boundFor(p);
                if (problem.pairs() != null) {
                    bound = Math.min(bound, limits.getOrDefault(p.id() + "\u0000" + s.id(), 0L));
                }
                if (s.admits(p) && bound > 0) {
                    mine.add(pairs.size());
                    pairs.add(new int[] {i, j});
                    bounds.add(bound);
                }
            }
            pairsOf[i] = mine.stream().mapToInt(Integer::intValue).toArray();
        }
        pairProject = pairs.stream().mapToInt(x -> x[0]).toArray();
        pairSource = pairs.stream().mapToInt(x -> x[1]).toArray();
        pairBound = bounds.stream().mapToLong(Long::longValue).toArray();
        countries = countryIndex.keySet().toArray(String[]::new);
        Double cap = problem.policy().countryShareMax();
        countryShareMax = cap == null ? Double.NaN : cap;
        groups = problem.policy().groupShareMin().keySet().stream().sorted().toArray(String[]::new);
        groupShareMin = Arrays.stream(groups).mapToDouble(g -> problem.policy().groupShareMin().get(g)).toArray();
        groupWeight = new double[groups.length][projects];
        for (int g = 0; g < groups.length; g++) {
            List<String> members = problem.groups().getOrDefault(groups[g], List.of());
            for (int i = 0; i < projects; i++) {
                long in = ps.get(i).countries().stream().distinct().filter(members::contains).count();
                groupWeight[g][i] = in * countryWeight[i];
            }
        }
        mustFund = flags(problem.policy().mustFund(), projectIndex);
        mustNotFund = flags(problem.policy().mustNotFund(), projectIndex);
        exclusive = problem.policy().exclusive().stream()
            .map(pair -> new int[] {projectIndex.get(pair.get(0)), projectIndex.get(pair.get(1))}).toArray(int[][]::new);
        List<List<Integer>> partners = new ArrayList<>();
        for (int i = 0; i < projects; i++) {
            partners.add(new ArrayList<>());
        }
        for (int[] pair : exclusive) {
            partners.get(pair[0]).add(pair[1]);
            partners.get(pair[1]).add(pair[0]);
        }
        exclusiveOf = partners.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    private boolean[] flags(List<String> ids, Map<String, Integer> index) {
        boolean[] flags = new boolean[projects];
        ids.forEach(id -> flags[index.get(id)] = true);
        return flags;
    }

    int pairs() {
        return pairProject.length;
    }

    boolean hasCountryCap() {
        return !Double.isNaN(countryShareMax);
    }

    /** The most a project can receive from at most k of its windows, each within its own bound. */
    long reach(int i, long[] capacityOfPair) {
        long[] caps = Arrays.stream(pairsOf[i]).mapToLong(p -> capacityOfPair[p]).sorted().toArray();
        long sum = 0;
        for (int t = caps.length - 1, taken = 0; t >= 0 && taken < maxSources; t--, taken++) {
            sum += caps[t];
        }
        return sum;
    }

    double objective(long[] amounts) {
        double total = 0;
        for (int p = 0; p < amounts.length; p++) {
            total += value[pairProject[p]] * amounts[p];
        }
        return total;
    }

    long[] funded(long[] amounts) {
        long[] funded = new long[projects];
        for (int p = 0; p < amounts.length; p++) {
            funded[pairProject[p]] += amounts[p];
        }
        return funded;
    }
}
