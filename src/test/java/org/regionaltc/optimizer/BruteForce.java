package org.regionaltc.optimizer;

import java.util.ArrayList;
import java.util.List;

/** The optimum of a small problem found by trying every allocation in whole thousands; NaN when none is feasible. */
final class BruteForce {

    private static final long UNIT = 1000;

    private final Model model;
    private final List<List<long[]>> options = new ArrayList<>();
    private double best = Double.NaN;

    BruteForce(AllocationProblem problem) {
        this.model = new Model(problem);
        for (int i = 0; i < model.projects; i++) {
            List<long[]> mine = new ArrayList<>();
            splits(i, 0, new long[model.pairsOf[i].length], mine);
            options.add(mine);
        }
    }

    static double optimum(AllocationProblem problem) {
        BruteForce b = new BruteForce(problem);
        b.walk(0, new long[b.model.pairs()], b.model.envelope.clone());
        return b.best;
    }

    private void splits(int i, int t, long[] plan, List<long[]> out) {
        int[] pairs = model.pairsOf[i];
        if (t == pairs.length) {
            long sum = 0;
            int used = 0;
            for (long x : plan) {
                sum += x;
                used += x > 0 ? 1 : 0;
            }
            if (sum == 0 || (sum >= model.minimum[i] && sum <= model.gap[i] && used <= model.maxSources)) {
                out.add(plan.clone());
            }
            return;
        }
        for (long x = 0; x <= model.pairBound[pairs[t]]; x += UNIT) {
            plan[t] = x;
            splits(i, t + 1, plan, out);
        }
        plan[t] = 0;
    }

    private void walk(int i, long[] amounts, long[] residual) {
        if (i == model.projects) {
            if (State.of(model, amounts).faults().isEmpty()) {
                double objective = model.objective(amounts);
                if (Double.isNaN(best) || objective > best) {
                    best = objective;
                }
            }
            return;
        }
        int[] pairs = model.pairsOf[i];
        for (long[] plan : options.get(i)) {
            boolean fits = true;
            for (int t = 0; t < plan.length; t++) {
                fits &= residual[model.pairSource[pairs[t]]] >= plan[t];
            }
            if (!fits) {
                continue;
            }
            for (int t = 0; t < plan.length; t++) {
                amounts[pairs[t]] = plan[t];
                residual[model.pairSource[pairs[t]]] -= plan[t];
            }
            walk(i + 1, amounts, residual);
            for (int t = 0; t < plan.length; t++) {
                amounts[pairs[t]] = 0;
                residual[model.pairSource[pairs[t]]] += plan[t];
            }
        }
    }
}
