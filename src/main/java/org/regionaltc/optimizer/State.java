package org.regionaltc.optimizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.Pure;

/**
 * An allocation being built: the amount on each pair, what remains of each window, and the running totals by
 * country and group, so that a project can be tried, added or taken out in time proportional to its windows.
 */
@Pure
final class State {

    /** Shares may be off by this relative amount, as checkers allow. */
    static final double SHARE_TOLERANCE = 1e-6;

    final Model model;
    final long[] amount;
    final long[] residual;
    final long[] funded;
    final double[] byCountry;
    final double[] byGroup;
    long total;

    State(Model model) {
        this.model = model;
        amount = new long[model.pairs()];
        residual = model.envelope.clone();
        funded = new long[model.projects];
        byCountry = new double[model.countries.length];
        byGroup = new double[model.groups.length];
    }

    static State of(Model model, long[] amounts) {
        State s = new State(model);
        for (int p = 0; p < amounts.length; p++) {
            if (amounts[p] > 0) {
                s.put(p, amounts[p]);
            }
        }
        return s;
    }

    private void put(int p, long x) {
        int i = model.pairProject[p];
        amount[p] += x;
        residual[model.pairSource[p]] -= x;
        funded[i] += x;
        total += x;
        shift(i, x);
    }

    private void shift(int i, double x) {
        for (int c : model.countriesOf[i]) {
            byCountry[c] += x * model.countryWeight[i];
        }
        for (int g = 0; g < model.groups.length; g++) {
            byGroup[g] += x * model.groupWeight[g][i];
        }
    }

    /**
     * How project i could be funded from what remains, with as few windows as it can: the amount per pair, or null
     * when no k of its windows can give it its minimum. Windows are tried in the order given (default: most room
     * first).
     */
    long @Nullable [] fit(int i, int @Nullable [] order) {
        return fit(i, order, model.minimum[i], model.gap[i]);
    }

    long @Nullable [] fit(int i, int @Nullable [] order, long need, long want) {
        int[] pairs = order != null ? order : byRoom(i);
        long[] plan = new long[model.pairsOf[i].length];
        long got = 0;
        int used = 0;
        for (int t = 0; t < pairs.length && used < model.maxSources && got < want; t++) {
            int p = pairs[t];
            long room = Math.min(model.pairBound[p] - amount[p], residual[model.pairSource[p]]);
            if (room <= 0) {
                continue;
            }
            long x = Math.min(room, want - got);
            plan[indexIn(i, p)] = x;
            got += x;
            used++;
        }
        if (got < need) {
            return order != null ? fit(i, null, need, want) : null;
        }
        return plan;
    }

    int[] byRoom(int i) {
        return Arrays.stream(model.pairsOf[i]).boxed()
            .sorted((a, b) -> Long.compare(room(b), room(a)))
            .mapToInt(Integer::intValue).toArray();
    }

    long room(int p) {
        return Math.max(0, Math.min(model.pairBound[p] - amount[p], residual[model.pairSource[p]]));
    }

    private int indexIn(int i, int p) {
        int[] mine = model.pairsOf[i];
        for (int t = 0; t < mine.length; t++) {
            if (mine[t] == p) {
                return t;
            }
        }
        throw new IllegalArgumentException("pair " + p + " is not project " + i + "'s");
    }

    void add(int i, long[] plan) {
        for (int t = 0; t < plan.length; t++) {
            if (plan[t] > 0) {
                put(model.pairsOf[i][t], plan[t]);
            }
        }
    }

    void remove(int i) {
        for (int p : model.pairsOf[i]) {
            long x = amount[p];
            if (x > 0) {
                amount[p] = 0;
                residual[model.pairSource[p]] += x;
            }
        }
        long x = funded[i];
        funded[i] = 0;
        total -= x;
        shift(i, -x);
    }

    boolean isFunded(int i) {
        return funded[i] > 0;
    }

    /** The country whose share is over the cap (most over first), or -1. */
    int countryOver() {
        if (!model.hasCountryCap()) {
            return -1;
        }
        int worst = -1;
        double worstExcess = 0;
        for (int c = 0; c < byCountry.length; c++) {
            double excess = byCountry[c] - model.countryShareMax * total;
            if (excess > SHARE_TOLERANCE * Math.max(1, total) && excess > worstExcess) {
                worst = c;
                worstExcess = excess;
            }
        }
        return worst;
    }

    /** The group under its floor (most under first), or -1. */
    int groupUnder() {
        int worst = -1;
        double worstShort = 0;
        for (int g = 0; g < byGroup.length; g++) {
            double shortfall = model.groupShareMin[g] * total - byGroup[g];
            if (shortfall > SHARE_TOLERANCE * Math.max(1, total) && shortfall > worstShort) {
                worst = g;
                worstShort = shortfall;
            }
        }
        return worst;
    }

    boolean sharesHold() {
        return countryOver() < 0 && groupUnder() < 0;
    }

    /** Whether adding {@code x} to project i would keep every share within its bound. */
    boolean sharesHoldWith(int i, long x) {
        double t = total + x;
        double tol = SHARE_TOLERANCE * Math.max(1, t);
        if (model.hasCountryCap()) {
            for (int c = 0; c < byCountry.length; c++) {
                double mine = 0;
                for (int ic : model.countriesOf[i]) {
                    if (ic == c) {
                        mine = x * model.countryWeight[i];
                    }
                }
                if (byCountry[c] + mine - model.countryShareMax * t > tol) {
                    return false;
                }
            }
        }
        for (int g = 0; g < byGroup.length; g++) {
            if (model.groupShareMin[g] * t - (byGroup[g] + x * model.groupWeight[g][i]) > tol) {
                return false;
            }
        }
        return true;
    }

    boolean exclusiveHolds(int i) {
        for (int j : model.exclusiveOf[i]) {
            if (isFunded(j)) {
                return false;
            }
        }
        return true;
    }

    double objective() {
        return model.objective(amount);
    }

    /** The faults of this allocation against the problem, in words for tests and assertions; empty when feasible. */
    List<String> faults() {
        List<String> faults = new ArrayList<>();
        for (int j = 0; j < model.sources; j++) {
            if (residual[j] < -countPairs(j)) {
                faults.add("window " + model.problem.sources().get(j).id() + " over its envelope by " + -residual[j]);
            }
        }
        for (int i = 0; i < model.projects; i++) {
            String id = model.problem.projects().get(i).id();
            int windows = 0;
            for (int p : model.pairsOf[i]) {
                if (amount[p] > model.pairBound[p] + 1) {
                    faults.add(id + " over its bound from " + model.problem.sources().get(model.pairSource[p]).id());
                }
                windows += amount[p] > 0 ? 1 : 0;
            }
            if (windows > model.maxSources) {
                faults.add(id + " from " + windows + " windows");
            }
            long slack = windows;
            if (funded[i] > 0 && (funded[i] < model.minimum[i] - slack || funded[i] > model.gap[i] + slack)) {
                faults.add(id + " funded with " + funded[i] + " of " + model.gap[i]);
            }
            if (model.mustFund[i] && funded[i] == 0) {
                faults.add(id + " must be funded");
            }
            if (model.mustNotFund[i] && funded[i] > 0) {
                faults.add(id + " must not be funded");
            }
        }
        for (int[] pair : model.exclusive) {
            if (isFunded(pair[0]) && isFunded(pair[1])) {
                faults.add("both of an exclusive pair funded");
            }
        }
        int c = countryOver();
        if (c >= 0) {
            faults.add("country " + model.countries[c] + " over its share");
        }
        int g = groupUnder();
        if (g >= 0) {
            faults.add("group " + model.groups[g] + " under its floor");
        }
        return faults;
    }

    private int countPairs(int j) {
        int n = 0;
        for (int p = 0; p < amount.length; p++) {
            if (model.pairSource[p] == j && amount[p] > 0) {
                n++;
            }
        }
        return n;
    }
}
