package org.regionaltc.optimizer;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.Pure;

/**
 * The problem as a mixed-integer program for SCIP, or its LP relaxation for GLOP (OR-Tools).
 * <p>
 * The formulation is the strong one: one binary per project, the amount on a pair bounded by the pair's bound times
 * that binary, and a binary per pair only for projects with more eligible windows than the policy's k. An
 * all-or-nothing project's amount is its gap times its binary, so the share rows are written on the project binaries
 * alone. Constraints can be left out by name ({@link #drop}), for the search of a small infeasible set.
 */
@Pure
final class Mip {

    enum Kind { OPTIMAL, FEASIBLE, INFEASIBLE, UNKNOWN }

    record Outcome(Kind kind, double objective, double bound, long @Nullable [] amounts, double[] projectLevel,
            double[] pairLevel) {
    }

    private static boolean loaded;

    private final Model model;
    private final Set<String> drop;
    private final boolean @Nullable [] fixedOn;
    private final boolean @Nullable [] allowedPair;

    Mip(Model model, Set<String> drop) {
        this(model, drop, null, null);
    }

    /** A restriction: the projects fixedOn are funded, and only the allowed pairs may carry money. */
    Mip(Model model, Set<String> drop, boolean @Nullable [] fixedOn, boolean @Nullable [] allowedPair) {
        this.model = model;
        this.drop = drop;
        this.fixedOn = fixedOn;
        this.allowedPair = allowedPair;
    }

    static synchronized void load() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    /**
     * Solves over the projects marked active (the others stay unfunded). {@code relax} solves the LP relaxation,
     * whose objective is a proven bound when every project is active.
     */
    Outcome solve(boolean relax, boolean[] active, long @Nullable [] hint, long millis, int seed) {
        load();
        MPSolver solver = MPSolver.createSolver(relax ? "GLOP" : "SCIP");
        try {
            return solve(solver, relax, active, hint, millis, seed);
        } finally {
            solver.delete();
        }
    }

    private Outcome solve(MPSolver solver, boolean relax, boolean[] active, long @Nullable [] hint, long millis,
            int seed) {
        solver.setTimeLimit(Math.max(1, millis));
        if (!relax) {
            solver.setSolverSpecificParametersAsString("randomization/randomseedshift = " + Math.floorMod(seed, 1 << 30)
                + "\n");
        }
        int n = model.projects;
        MPVariable[] y = new MPVariable[n];
        MPVariable[] x = new MPVariable[model.pairs()];
        MPVariable[] z = new MPVariable[model.pairs()];
        MPConstraint[] envelope = new MPConstraint[model.sources];
        for (int j = 0; j < model.sources; j++) {
            envelope[j] = drop.contains("envelope:" + j) ? null : solver.makeConstraint(0, model.envelope[j]);
        }
        boolean capK = !drop.contains("maxSources") && model.maxSources < Integer.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            if (!active[i] || model.pairsOf[i].length == 0 || (model.mustNotFund[i] && !drop.contains("mustNotFund:" + i))) {
                continue;
            }
            double lower = (model.mustFund[i] && !drop.contains("mustFund:" + i)) || (fixedOn != null && fixedOn[i])
                ? 1 : 0;
            y[i] = relax ? solver.makeNumVar(lower, 1, "") : solver.makeIntVar(lower, 1, "");
            int allowed = 0;
            for (int p : model.pairsOf[i]) {
                allowed += allowedPair == null || allowedPair[p] ? 1 : 0;
            }
            boolean withZ = capK && allowed > model.maxSources;
            MPConstraint amount = model.allOrNothing[i] ? solver.makeConstraint(0, 0) : null;
            MPConstraint most = model.allOrNothing[i] ? null : solver.makeConstraint(-MPSolver.infinity(), 0);
            MPConstraint least = model.allOrNothing[i] ? null : solver.makeConstraint(0, MPSolver.infinity());
            MPConstraint count = withZ ? solver.makeConstraint(-MPSolver.infinity(), 0) : null;
            for (int p : model.pairsOf[i]) {
                double bound = model.pairBound[p];
                if (allowedPair != null && !allowedPair[p]) {
                    continue;
                }
                x[p] = solver.makeNumVar(0, bound, "");
                // x ≤ bound × y is implied by the amount row when the pair could carry the whole gap.
                if (bound < model.gap[i] || !model.allOrNothing[i]) {
                    MPConstraint vub = solver.makeConstraint(-MPSolver.infinity(), 0);
                    vub.setCoefficient(x[p], 1);
                    vub.setCoefficient(y[i], -bound);
                }
                if (withZ && relax) {
                    // The relaxation of x ≤ bound × z, Σ z ≤ k y projected onto x: Σ x / bound ≤ k y, one row.
                    count.setCoefficient(x[p], 1 / bound);
                } else if (withZ) {
                    z[p] = solver.makeIntVar(0, 1, "");
                    MPConstraint on = solver.makeConstraint(-MPSolver.infinity(), 0);
                    on.setCoefficient(x[p], 1);
                    on.setCoefficient(z[p], -bound);
                    count.setCoefficient(z[p], 1);
                }
                if (amount != null) {
                    amount.setCoefficient(x[p], 1);
                } else {
                    most.setCoefficient(x[p], 1);
                    least.setCoefficient(x[p], 1);
                }
                if (envelope[model.pairSource[p]] != null) {
                    envelope[model.pairSource[p]].setCoefficient(x[p], 1);
                }
            }
            if (amount != null) {
                amount.setCoefficient(y[i], -model.gap[i]);
            } else {
                most.setCoefficient(y[i], -model.gap[i]);
                least.setCoefficient(y[i], -model.minimum[i]);
            }
            if (count != null) {
                count.setCoefficient(y[i], -model.maxSources);
            }
        }
        shares(solver, y, x);
        for (int e = 0; e < model.exclusive.length; e++) {
            int a = model.exclusive[e][0];
            int b = model.exclusive[e][1];
            if (!drop.contains("exclusive:" + e) && y[a] != null && y[b] != null) {
                MPConstraint one = solver.makeConstraint(-MPSolver.infinity(), 1);
                one.setCoefficient(y[a], 1);
                one.setCoefficient(y[b], 1);
            }
        }
        MPObjective objective = solver.objective();
        amounts(y, x, (i, v, coefficient) -> objective.setCoefficient(v, coefficient * model.value[i]));
        objective.setMaximization();
        if (hint != null && !relax) {
            hint(solver, y, x, z, hint);
        }
        MPSolver.ResultStatus status = solver.solve();
        return outcome(solver, status, relax, y, x);
    }

    /** The country caps and group floors, on each project's amount: Σ (weight − share) × amount ≤ or ≥ 0. */
    private void shares(MPSolver solver, MPVariable[] y, MPVariable[] x) {
        if (model.hasCountryCap() && !drop.contains("countryShareMax")) {
            MPConstraint[] caps = new MPConstraint[model.countries.length];
            for (int c = 0; c < caps.length; c++) {
                caps[c] = drop.contains("countryShareMax:" + c) ? null : solver.makeConstraint(-MPSolver.infinity(), 0);
            }
            // Scaled by 1e-6 so that the rows' coefficients are near 1 for amounts in the millions.
            amounts(y, x, (i, v, coefficient) -> {
                double[] weight = new double[caps.length];
                for (int c : model.countriesOf[i]) {
                    weight[c] = model.countryWeight[i];
                }
                for (int c = 0; c < caps.length; c++) {
                    if (caps[c] != null) {
                        caps[c].setCoefficient(v, 1e-6 * coefficient * (weight[c] - model.countryShareMax));
                    }
                }
            });
        }
        for (int g = 0; g < model.groups.length; g++) {
            if (drop.contains("groupShareMin:" + g)) {
                continue;
            }
            MPConstraint floor = solver.makeConstraint(0, MPSolver.infinity());
            int group = g;
            amounts(y, x, (i, v, coefficient) -> floor.setCoefficient(v,
                1e-6 * coefficient * (model.groupWeight[group][i] - model.groupShareMin[group])));
        }
    }

    private interface Term {
        void add(int project, MPVariable variable, double coefficient);
    }

    /** Each project's funded amount as terms: gap × y when all or nothing, else the sum of its pairs. */
    private void amounts(MPVariable[] y, MPVariable[] x, Term term) {
        for (int i = 0; i < model.projects; i++) {
            if (y[i] == null) {
                continue;
            }
            if (model.allOrNothing[i]) {
                term.add(i, y[i], model.gap[i]);
            } else {
                for (int p : model.pairsOf[i]) {
                    term.add(i, x[p], 1);
                }
            }
        }
    }

    private void hint(MPSolver solver, MPVariable[] y, MPVariable[] x, MPVariable[] z, long[] amounts) {
        List<MPVariable> vars = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        long[] funded = model.funded(amounts);
        for (int i = 0; i < model.projects; i++) {
            if (y[i] == null) {
                continue;
            }
            vars.add(y[i]);
            values.add(funded[i] > 0 ? 1.0 : 0.0);
            for (int p : model.pairsOf[i]) {
                if (x[p] == null) {
                    continue;
                }
                vars.add(x[p]);
                values.add((double) amounts[p]);
                if (z[p] != null) {
                    vars.add(z[p]);
                    values.add(amounts[p] > 0 ? 1.0 : 0.0);
                }
            }
        }
        solver.setHint(vars.toArray(MPVariable[]::new), values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private Outcome outcome(MPSolver solver, MPSolver.ResultStatus status, boolean relax, MPVariable[] y,
            MPVariable[] x) {
        double[] yLevel = new double[model.projects];
        double[] xLevel = new double[model.pairs()];
        switch (status) {
            case INFEASIBLE -> {
                return new Outcome(Kind.INFEASIBLE, Double.NaN, Double.NaN, null, yLevel, xLevel);
            }
            case OPTIMAL -> {
            }
            // An LP stopped early proves no bound and suggests nothing.
            case FEASIBLE -> {
                if (relax) {
                    return new Outcome(Kind.UNKNOWN, Double.NaN, Double.POSITIVE_INFINITY, null, yLevel, xLevel);
                }
            }
            default -> {
                return new Outcome(Kind.UNKNOWN, Double.NaN, Double.POSITIVE_INFINITY, null, yLevel, xLevel);
            }
        }
        for (int i = 0; i < model.projects; i++) {
            yLevel[i] = y[i] == null ? 0 : y[i].solutionValue();
        }
        for (int p = 0; p < xLevel.length; p++) {
            xLevel[p] = x[p] == null ? 0 : x[p].solutionValue();
        }
        double value = solver.objective().value();
        double bound = relax ? value : Math.max(value, solver.objective().bestBound());
        Kind kind = status == MPSolver.ResultStatus.OPTIMAL ? Kind.OPTIMAL : Kind.FEASIBLE;
        return new Outcome(kind, value, bound, relax ? null : whole(yLevel, xLevel), yLevel, xLevel);
    }

    /** The solver's amounts in whole units: each pair rounded, each project's total brought back within its range. */
    private long[] whole(double[] yLevel, double[] xLevel) {
        long[] amounts = new long[xLevel.length];
        for (int i = 0; i < model.projects; i++) {
            if (yLevel[i] < 0.5) {
                continue;
            }
            int[] mine = model.pairsOf[i];
            long sum = 0;
            for (int p : mine) {
                amounts[p] = Math.max(0, Math.min(model.pairBound[p], Math.round(xLevel[p])));
                sum += amounts[p];
            }
            long target = Math.max(model.minimum[i], Math.min(model.gap[i], sum));
            Integer[] byAmount = Arrays.stream(mine).boxed().sorted((a, b) -> Long.compare(amounts[b], amounts[a]))
                .toArray(Integer[]::new);
            for (int p : byAmount) {
                long diff = target - sum;
                if (diff == 0) {
                    break;
                }
                if (diff > 0 && amounts[p] > 0) {
                    long up = Math.min(diff, model.pairBound[p] - amounts[p]);
                    amounts[p] += up;
                    sum += up;
                } else if (diff < 0) {
                    long down = Math.min(-diff, amounts[p]);
                    amounts[p] -= down;
                    sum -= down;
                }
            }
        }
        return amounts;
    }
}
