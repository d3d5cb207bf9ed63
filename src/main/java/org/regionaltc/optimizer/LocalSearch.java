package org.regionaltc.optimizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.regionaltc.system.Pure;

/**
 * Improves a feasible allocation by moves that keep it feasible: bring in an unfunded project where it fits, or swap
 * it for a funded project of less worth that holds money in one of its windows. Runs until no move helps or the
 * deadline comes; on large problems it does the work SCIP's presolve alone would not finish.
 */
@Pure
final class LocalSearch {

    private static final int SWAP_CANDIDATES = 40;

    private final Model model;
    private final int[][] pairsOfSource;

    LocalSearch(Model model) {
        this.model = model;
        int[] count = new int[model.sources];
        for (int p = 0; p < model.pairs(); p++) {
            count[model.pairSource[p]]++;
        }
        pairsOfSource = new int[model.sources][];
        for (int j = 0; j < model.sources; j++) {
            pairsOfSource[j] = new int[count[j]];
            count[j] = 0;
        }
        for (int p = 0; p < model.pairs(); p++) {
            int j = model.pairSource[p];
            pairsOfSource[j][count[j]++] = p;
        }
    }

    long[] improve(long[] amounts, long deadline) {
        State s = State.of(model, amounts);
        Integer[] byWorth = new Integer[model.projects];
        for (int i = 0; i < byWorth.length; i++) {
            byWorth[i] = i;
        }
        Arrays.sort(byWorth, Comparator.comparingDouble((Integer i) -> -model.value[i] * model.gap[i])
            .thenComparing(i -> i));
        boolean improved = true;
        while (improved && System.nanoTime() < deadline) {
            improved = false;
            for (int i : byWorth) {
                if (System.nanoTime() >= deadline) {
                    break;
                }
                if (s.isFunded(i) || model.mustNotFund[i] || model.pairsOf[i].length == 0 || model.value[i] == 0) {
                    continue;
                }
                if (tryAdd(s, i) || trySwap(s, i)) {
                    improved = true;
                }
            }
        }
        return s.amount;
    }

    private boolean tryAdd(State s, int i) {
        if (!s.exclusiveHolds(i)) {
            return false;
        }
        long[] plan = s.fit(i, null);
        if (plan == null || !s.sharesHoldWith(i, Arrays.stream(plan).sum())) {
            return false;
        }
        s.add(i, plan);
        return true;
    }

    private boolean trySwap(State s, int i) {
        double best = model.value[i] * model.gap[i];
        List<Integer> candidates = new ArrayList<>();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int p : model.pairsOf[i]) {
            int j = model.pairSource[p];
            for (int q : pairsOfSource[j]) {
                if (s.amount[q] > 0) {
                    int other = model.pairProject[q];
                    if (!model.mustFund[other] && model.value[other] * s.funded[other] < best
                            && seen.add(other)) {
                        candidates.add(other);
                    }
                }
            }
        }
        for (int j : model.exclusiveOf[i]) {
            if (s.isFunded(j) && !model.mustFund[j] && seen.add(j)) {
                candidates.add(j);
            }
        }
        candidates.sort(Comparator.comparingDouble((Integer j) -> model.value[j] * s.funded[j]));
        for (int t = 0; t < Math.min(SWAP_CANDIDATES, candidates.size()); t++) {
            int j = candidates.get(t);
            long[] kept = new long[model.pairsOf[j].length];
            for (int k = 0; k < kept.length; k++) {
                kept[k] = s.amount[model.pairsOf[j][k]];
            }
            double lost = model.value[j] * s.funded[j];
            s.remove(j);
            if (s.exclusiveHolds(i)) {
                long[] plan = s.fit(i, null);
                if (plan != null) {
                    long x = Arrays.stream(plan).sum();
                    if (model.value[i] * x > lost + 1e-6 && s.sharesHoldWith(i, x)) {
                        s.add(i, plan);
                        return true;
                    }
                }
            }
            s.add(j, kept);
        }
        return false;
    }
}
