package org.regionaltc.optimizer;

import org.regionaltc.system.Pure;

/** Among allocations of equal objective the format prefers fewer windows per project: each project is refitted. */
@Pure
final class Polish {

    private final Model model;

    Polish(Model model) {
        this.model = model;
    }

    long[] fewerWindows(long[] amounts) {
        State s = State.of(model, amounts);
        for (int i = 0; i < model.projects; i++) {
            int before = windows(s, i);
            if (before <= 1) {
                continue;
            }
            long[] kept = new long[model.pairsOf[i].length];
            for (int t = 0; t < kept.length; t++) {
                kept[t] = s.amount[model.pairsOf[i][t]];
            }
            long x = s.funded[i];
            s.remove(i);
            long[] plan = s.fit(i, null, x, x);
            s.add(i, plan != null && nonZero(plan) < before ? plan : kept);
        }
        return s.amount;
    }

    private int windows(State s, int i) {
        int n = 0;
        for (int p : model.pairsOf[i]) {
            n += s.amount[p] > 0 ? 1 : 0;
        }
        return n;
    }

    private static int nonZero(long[] plan) {
        int n = 0;
        for (long v : plan) {
            n += v > 0 ? 1 : 0;
        }
        return n;
    }
}
