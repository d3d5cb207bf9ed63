package org.regionaltc.optimizer;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.Pure;

/**
 * Funds projects one by one in an order (by default the most valuable first), each from as few windows as it can,
 * then mends the shares: takes out projects from a country over its cap, brings in or takes out projects for a group
 * under its floor, and fills what room is left. The baseline every run is measured against, and, given the order an
 * LP relaxation suggests, a good first answer for large problems.
 */
@Pure
final class Greedy {

    private final Model model;

    Greedy(Model model) {
        this.model = model;
    }

    /** The most valuable first; ties by id, so that the baseline is reproducible. */
    int[] byValue() {
        return IntStream.range(0, model.projects).boxed()
            .sorted(Comparator.comparingDouble((Integer i) -> -model.value[i]).thenComparing(i -> i))
            .mapToInt(Integer::intValue).toArray();
    }

    /** A feasible allocation, or null when this greedy finds none. */
    long @Nullable [] run(int[] order, int @Nullable [][] windowOrder) {
        return run(order, windowOrder, null);
    }

    /**
     * As {@link #run(int[], int[][])}, but the projects with a preset plan (aligned with their pairs, as an LP's
     * rounding gives it) are funded first on exactly that plan where the windows still hold it: keeping the LP's own
     * packing of the windows leaves the room the LP found for the rest.
     */
    long @Nullable [] run(int[] order, int @Nullable [][] windowOrder, long @Nullable [][] preset) {
        State s = new State(model);
        if (preset != null) {
            for (int i = 0; i < model.projects; i++) {
                if (preset[i] != null && !s.isFunded(i) && allowed(s, i) && fits(s, i, preset[i])) {
                    s.add(i, preset[i]);
                }
            }
        }
        for (int i = 0; i < model.projects; i++) {
            if (model.mustFund[i] && !tryAdd(s, i, windowOrder, false)) {
                return null;
            }
        }
        double estimate = estimatedTotal();
        for (int i : order) {
            if (!s.isFunded(i) && allowed(s, i)) {
                long[] plan = s.fit(i, windowOrder == null ? null : windowOrder[i]);
                if (plan != null && underEstimatedCaps(s, i, Arrays.stream(plan).sum(), estimate)) {
                    s.add(i, plan);
                }
            }
        }
        mend(s, order, windowOrder);
        fill(s, order, windowOrder);
        return s.sharesHold() && mustHold(s) ? s.amount : null;
    }

    private boolean fits(State s, int i, long[] plan) {
        for (int t = 0; t < plan.length; t++) {
            if (plan[t] > s.residual[model.pairSource[model.pairsOf[i][t]]]) {
                return false;
            }
        }
        return true;
    }

    private double estimatedTotal() {
        long gaps = 0;
        for (int i = 0; i < model.projects; i++) {
            gaps += model.mustNotFund[i] || model.pairsOf[i].length == 0 ? 0 : model.gap[i];
        }
        return 0.9 * Math.min(gaps, Arrays.stream(model.envelope).sum());
    }

    /** While the total is not known, a country's cap is judged against the total the windows can be expected to reach. */
    private boolean underEstimatedCaps(State s, int i, long x, double estimate) {
        if (!model.hasCountryCap()) {
            return true;
        }
        double cap = model.countryShareMax * Math.max(estimate, s.total + x);
        for (int c : model.countriesOf[i]) {
            if (s.byCountry[c] + x * model.countryWeight[i] > cap) {
                return false;
            }
        }
        return true;
    }

    private boolean allowed(State s, int i) {
        return !model.mustNotFund[i] && s.exclusiveHolds(i);
    }

    private boolean mustHold(State s) {
        for (int i = 0; i < model.projects; i++) {
            if (model.mustFund[i] && !s.isFunded(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean tryAdd(State s, int i, int @Nullable [][] windowOrder, boolean checkShares) {
        if (s.isFunded(i) || !allowed(s, i)) {
            return false;
        }
        long[] plan = s.fit(i, windowOrder == null ? null : windowOrder[i]);
        if (plan == null || (checkShares && !s.sharesHoldWith(i, Arrays.stream(plan).sum()))) {
            return false;
        }
        s.add(i, plan);
        return true;
    }

    private void mend(State s, int[] order, int @Nullable [][] windowOrder) {
        int[] rank = new int[model.projects];
        for (int t = 0; t < order.length; t++) {
            rank[order[t]] = t;
        }
        for (int round = 0; round < 4 * model.projects + 10; round++) {
            int c = s.countryOver();
            if (c >= 0) {
                if (!takeOutWorst(s, rank, i -> contains(model.countriesOf[i], c))) {
                    return;
                }
                continue;
            }
            int g = s.groupUnder();
            if (g < 0) {
                return;
            }
            boolean added = false;
            for (int i : order) {
                if (model.groupWeight[g][i] > 0 && !s.isFunded(i) && tryAddWithinCaps(s, i, windowOrder)) {
                    added = true;
                    break;
                }
            }
            if (!added && !takeOutWorst(s, rank, i -> model.groupWeight[g][i] == 0)) {
                return;
            }
        }
    }

    private boolean tryAddWithinCaps(State s, int i, int @Nullable [][] windowOrder) {
        if (!allowed(s, i)) {
            return false;
        }
        long[] plan = s.fit(i, windowOrder == null ? null : windowOrder[i]);
        if (plan == null) {
            return false;
        }
        long x = Arrays.stream(plan).sum();
        if (model.hasCountryCap()) {
            for (int c : model.countriesOf[i]) {
                if (s.byCountry[c] + x * model.countryWeight[i] > model.countryShareMax * (s.total + x) * (1 + 1e-9)) {
                    return false;
                }
            }
        }
        s.add(i, plan);
        return true;
    }

    /** Takes out the funded project, not one that must be funded, that comes last in the order among those matching. */
    private boolean takeOutWorst(State s, int[] rank, java.util.function.IntPredicate which) {
        int worst = -1;
        for (int i = 0; i < model.projects; i++) {
            if (s.isFunded(i) && !model.mustFund[i] && which.test(i) && (worst < 0 || rank[i] > rank[worst])) {
                worst = i;
            }
        }
        if (worst < 0) {
            return false;
        }
        s.remove(worst);
        return true;
    }

    private void fill(State s, int[] order, int @Nullable [][] windowOrder) {
        if (!s.sharesHold()) {
            return;
        }
        for (int i : order) {
            tryAdd(s, i, windowOrder, true);
        }
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }
}
