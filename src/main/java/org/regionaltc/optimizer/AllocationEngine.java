package org.regionaltc.optimizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.Pure;

/**
 * Recommends which projects to fund from which windows. Every run computes the greedy baseline first and keeps the
 * best allocation found, so the answer is never worse than greedy at any time limit; the LP relaxation gives a
 * proven bound and an order for an LP-guided greedy; a local search improves it (all the time on large problems);
 * on problems SCIP can take whole, SCIP solves the LP's rounding (what the LP funds wholly fixed) and then the whole
 * problem, warm-started, within the time left.
 */
@Pure
public final class AllocationEngine {

    /** Above this many eligible pairs, SCIP's presolve alone eats the time: it works on the LP's undecided core. */
    static final int FULL_MIP_PAIRS = Integer.getInteger("optimizer.fullMipPairs", 12_000);
    private static final double OPTIMAL_GAP = 1e-4;

    /** {@code threads} is accepted for the format's reproducibility promise: SCIP runs on one thread either way. */
    public record Options(double timeLimitSeconds, long seed, int threads) {
        public static final Options DEFAULT = new Options(60, 0, 1);
    }

    /** Told the best objective and bound so far, and the stage the run is in. */
    public interface Progress {
        Progress NONE = (stage, objective, bound) -> { };

        void report(String stage, @Nullable Double objective, @Nullable Double bound);
    }

    public AllocationResult solve(AllocationProblem problem, Options options, Progress progress) {
        long start = System.nanoTime();
        long deadline = start + (long) (options.timeLimitSeconds() * 1e9);
        Model model = new Model(problem);
        Explanations explanations = new Explanations(model);
        List<AllocationResult.Message> early = explanations.obviousConflicts();
        if (!early.isEmpty()) {
            return result(model, AllocationResult.Status.INFEASIBLE, null, null, null, start, explanations, early);
        }
        Greedy greedy = new Greedy(model);
        long[] greedyAmounts = greedy.run(greedy.byValue(), null);
        Double greedyObjective = greedyAmounts == null ? null : model.objective(greedyAmounts);
        long[] best = greedyAmounts;
        double bestObjective = greedyObjective == null ? Double.NEGATIVE_INFINITY : greedyObjective;

        boolean[] all = new boolean[model.projects];
        Arrays.fill(all, true);
        Mip mip = new Mip(model, Set.of());
        double bound = capacityBound(model);
        progress.report("greedy", greedyObjective, bound);
        Mip.Outcome lp = mip.solve(true, all, null, remaining(deadline), (int) options.seed());
        if (lp.kind() == Mip.Kind.INFEASIBLE) {
            return infeasible(model, start, explanations, greedyObjective, deadline);
        }
        if (lp.kind() != Mip.Kind.UNKNOWN) {
            bound = Math.min(bound, lp.bound() * (1 + 1e-9) + 1e-6);
            long[] guided = greedy.run(lpOrder(model, lp), windowOrder(model, lp));
            if (guided != null && model.objective(guided) > bestObjective) {
                best = guided;
                bestObjective = model.objective(guided);
            }
            // The LP's own packing of the windows kept for what it funds wholly, the greedy filling the rest: on the
            // shared instances this closes most of the gap the LP-guided greedy leaves (1,000×40: from 5 % to 1.8 %
            // below the LP's bound; 5,000×100: from 2.2 % to 0.4 %).
            long[] rounded = greedy.run(lpOrder(model, lp), windowOrder(model, lp), lpPlans(model, lp));
            if (rounded != null && State.of(model, rounded).faults().isEmpty()
                    && model.objective(rounded) > bestObjective) {
                best = rounded;
                bestObjective = model.objective(rounded);
            }
        }
        progress.report("relaxation", finite(bestObjective), finite(bound));

        boolean full = model.pairs() <= FULL_MIP_PAIRS;
        if (best != null && !closeEnough(bestObjective, bound)) {
            // On a problem SCIP can take whole, a quarter of the time left; on a larger one, all of it.
            long left = deadline - System.nanoTime();
            long[] improved = new LocalSearch(model).improve(best, full ? System.nanoTime() + left / 4 : deadline);
            if (State.of(model, improved).faults().isEmpty() && model.objective(improved) > bestObjective) {
                best = improved;
                bestObjective = model.objective(improved);
            }
            progress.report("local", finite(bestObjective), finite(bound));
        }
        if (!closeEnough(bestObjective, bound) && remaining(deadline) > 50 && lp.kind() == Mip.Kind.OPTIMAL && full) {
            // The LP's own rounding, solved exactly: what it funds wholly stays funded on the windows it used, what
            // it leaves out stays out, SCIP decides the rest.
            long left = remaining(deadline);
            long[] restricted = restricted(model, lp, best, left / 3, (int) options.seed());
            if (restricted != null && State.of(model, restricted).faults().isEmpty()
                    && model.objective(restricted) > bestObjective) {
                best = restricted;
                bestObjective = model.objective(restricted);
            }
            progress.report("rounding", finite(bestObjective), finite(bound));
        }
        if (!closeEnough(bestObjective, bound) && remaining(deadline) > 50 && full) {
            boolean[] active = all;
            Mip.Outcome exact = mip.solve(false, active, best, remaining(deadline), (int) options.seed());
            if (exact.kind() == Mip.Kind.INFEASIBLE && full) {
                return infeasible(model, start, explanations, greedyObjective, deadline);
            }
            if (exact.amounts() != null && State.of(model, exact.amounts()).faults().isEmpty()
                    && model.objective(exact.amounts()) > bestObjective) {
                best = exact.amounts();
                bestObjective = model.objective(best);
            }
            if (full && exact.kind() != Mip.Kind.UNKNOWN) {
                bound = Math.min(bound, exact.bound() * (1 + 1e-9) + 1e-6);
            }
            if (full && exact.kind() == Mip.Kind.OPTIMAL) {
                bound = Math.min(bound, Math.max(bestObjective, exact.bound()));
            }
            progress.report("search", finite(bestObjective), finite(bound));
        }
        if (best == null) {
            return result(model, AllocationResult.Status.UNKNOWN, null, finite(bound), greedyObjective, start,
                explanations, List.of());
        }
        best = new Polish(model).fewerWindows(best);
        bound = Math.max(bound, bestObjective);
        AllocationResult.Status status = closeEnough(bestObjective, bound) ? AllocationResult.Status.OPTIMAL
            : AllocationResult.Status.FEASIBLE;
        progress.report("done", bestObjective, bound);
        return solved(model, status, best, bound, greedyObjective, start, explanations);
    }

    /**
     * A bound that needs no solver, for when the LP cannot finish in time: all the windows' money given to the most
     * valuable projects first, each up to what its own windows could give it (windows pooled, policy left out).
     */
    static double capacityBound(Model model) {
        double capacity = 0;
        for (long e : model.envelope) {
            capacity += e;
        }
        Integer[] order = new Integer[model.projects];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -model.value[i]));
        double bound = 0;
        for (int i : order) {
            if (capacity <= 0) {
                break;
            }
            if (model.mustNotFund[i]) {
                continue;
            }
            double most = Math.min(model.gap[i], model.reach(i, model.pairBound));
            double x = Math.min(most, capacity);
            bound += model.value[i] * x;
            capacity -= x;
        }
        return bound * (1 + 1e-9) + 1e-6;
    }

    private static boolean closeEnough(double objective, double bound) {
        return Double.isFinite(objective) && (bound - objective) / Math.max(objective, 1) <= OPTIMAL_GAP;
    }

    private static @Nullable Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static long remaining(long deadline) {
        return Math.max(0, (deadline - System.nanoTime()) / 1_000_000);
    }

    /** Projects the LP funds wholly first, then the partly funded by their level, then the rest by value. */
    private static int[] lpOrder(Model model, Mip.Outcome lp) {
        return IntStream.range(0, model.projects).boxed()
            .sorted(Comparator.comparingDouble((Integer i) -> -Math.round(lp.projectLevel()[i] * 1000) / 1000.0)
                .thenComparingDouble(i -> -model.value[i]).thenComparing(i -> i))
            .mapToInt(Integer::intValue).toArray();
    }

    /**
     * The LP's own plan, in whole units, for each project it funds wholly from at most k windows (null for the
     * others): each pair's amount rounded down, the units lost put back where the pair's bound leaves room.
     */
    static long[][] lpPlans(Model model, Mip.Outcome lp) {
        long[][] plans = new long[model.projects][];
        for (int i = 0; i < model.projects; i++) {
            int[] mine = model.pairsOf[i];
            if (lp.projectLevel()[i] < 1 - 1e-6 || mine.length == 0) {
                continue;
            }
            long[] plan = new long[mine.length];
            int support = 0;
            long sum = 0;
            for (int t = 0; t < mine.length; t++) {
                double x = lp.pairLevel()[mine[t]];
                if (x > 1e-6) {
                    support++;
                    plan[t] = Math.min(model.pairBound[mine[t]], (long) Math.floor(x + 1e-6));
                    sum += plan[t];
                }
            }
            long target = Math.min(model.gap[i], Math.max(model.minimum[i], sum));
            for (int t = 0; t < mine.length && sum < target; t++) {
                if (plan[t] > 0) {
                    long up = Math.min(target - sum, model.pairBound[mine[t]] - plan[t]);
                    plan[t] += up;
                    sum += up;
                }
            }
            if (support <= model.maxSources && sum >= model.minimum[i] && sum <= model.gap[i] && sum > 0) {
                plans[i] = plan;
            }
        }
        return plans;
    }

    /** For each project, its windows in the order of the money the LP put on them. */
    private static int[][] windowOrder(Model model, Mip.Outcome lp) {
        int[][] order = new int[model.projects][];
        for (int i = 0; i < model.projects; i++) {
            order[i] = Arrays.stream(model.pairsOf[i]).boxed()
                .sorted(Comparator.comparingDouble((Integer p) -> -lp.pairLevel()[p]).thenComparing(p -> p))
                .mapToInt(Integer::intValue).toArray();
        }
        return order;
    }

    private static long @Nullable [] restricted(Model model, Mip.Outcome lp, long @Nullable [] best, long millis,
            int seed) {
        boolean[] active = new boolean[model.projects];
        boolean[] fixedOn = new boolean[model.projects];
        boolean[] allowed = new boolean[model.pairs()];
        long[] funded = best == null ? new long[model.projects] : model.funded(best);
        for (int i = 0; i < model.projects; i++) {
            double y = lp.projectLevel()[i];
            active[i] = y > 1e-6 || funded[i] > 0 || model.mustFund[i];
            int support = 0;
            for (int p : model.pairsOf[i]) {
                support += lp.pairLevel()[p] > 1e-6 ? 1 : 0;
            }
            // Only a project the LP funds wholly from at most k windows is a rounding the LP itself proposes.
            fixedOn[i] = y >= 1 - 1e-6 && support <= model.maxSources;
            for (int p : model.pairsOf[i]) {
                allowed[p] = !fixedOn[i] || lp.pairLevel()[p] > 1e-6;
            }
        }
        Mip.Outcome outcome = new Mip(model, Set.of(), fixedOn, allowed).solve(false, active, null, millis, seed);
        return outcome.amounts();
    }

    private AllocationResult infeasible(Model model, long start, Explanations explanations,
            @Nullable Double greedyObjective, long deadline) {
        List<AllocationResult.Message> conflicts = explanations.conflicts(deadline);
        return result(model, AllocationResult.Status.INFEASIBLE, null, null, greedyObjective, start, explanations,
            conflicts);
    }

    private static AllocationResult result(Model model, AllocationResult.Status status, @Nullable Double objective,
            @Nullable Double bound, @Nullable Double greedyObjective, long start, Explanations explanations,
            List<AllocationResult.Message> conflicts) {
        return new AllocationResult(model.problem.name(), status, objective, bound, null, greedyObjective,
            seconds(start), List.of(), List.of(), List.of(), conflicts, List.of());
    }

    private static AllocationResult solved(Model model, AllocationResult.Status status, long[] amounts, double bound,
            @Nullable Double greedyObjective, long start, Explanations explanations) {
        double objective = model.objective(amounts);
        List<AllocationResult.Allocation> allocations = new ArrayList<>();
        for (int p = 0; p < amounts.length; p++) {
            if (amounts[p] > 0) {
                allocations.add(new AllocationResult.Allocation(model.problem.projects().get(model.pairProject[p]).id(),
                    model.problem.sources().get(model.pairSource[p]).id(), amounts[p]));
            }
        }
        State state = State.of(model, amounts);
        return new AllocationResult(model.problem.name(), status, round(objective), round(bound),
            (bound - objective) / Math.max(objective, 1), greedyObjective == null ? null : round(greedyObjective),
            seconds(start), allocations, explanations.unfunded(state), explanations.binding(state), List.of(),
            List.of());
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
