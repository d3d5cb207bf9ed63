package org.regionaltc.optimizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.regionaltc.system.Pure;

/**
 * Why each unfunded project is out, which windows and policy rows bind, and, for an infeasible problem, a small set
 * of constraints that cannot hold together (a deletion filter: each constraint is left out in turn and kept out when
 * the rest are still infeasible). Each as a message code with its arguments.
 */
@Pure
final class Explanations {

    private final Model model;

    Explanations(Model model) {
        this.model = model;
    }

    private String project(int i) {
        return model.problem.projects().get(i).id();
    }

    private String source(int j) {
        return model.problem.sources().get(j).id();
    }

    private static String percent(double share) {
        return String.valueOf(Math.round(share * 10000) / 100.0);
    }

    static AllocationResult.Message message(String code, String... args) {
        return new AllocationResult.Message(code, List.of(args), EnglishText.of("conflict." + code, List.of(args)));
    }

    /** Conflicts seen without a solver: a project that must and must not be funded, or cannot be. */
    List<AllocationResult.Message> obviousConflicts() {
        List<AllocationResult.Message> conflicts = new ArrayList<>();
        long[] bounds = model.pairBound.clone();
        for (int i = 0; i < model.projects; i++) {
            if (!model.mustFund[i]) {
                continue;
            }
            if (model.mustNotFund[i]) {
                conflicts.add(message("must-and-must-not", project(i)));
            } else if (model.pairsOf[i].length == 0) {
                conflicts.add(message("must-fund-no-source", project(i)));
            } else if (model.reach(i, bounds) < model.minimum[i]) {
                conflicts.add(message("must-fund-out-of-reach", project(i), String.valueOf(model.minimum[i]),
                    String.valueOf(model.reach(i, bounds))));
            }
        }
        for (int[] pair : model.exclusive) {
            if (model.mustFund[pair[0]] && model.mustFund[pair[1]]) {
                conflicts.add(message("must-fund-exclusive", project(pair[0]), project(pair[1])));
            }
        }
        return conflicts;
    }

    /** A small set of the constraints that cannot hold together, searched until the deadline. */
    List<AllocationResult.Message> conflicts(long deadline) {
        List<String> keys = new ArrayList<>();
        for (int e = 0; e < model.exclusive.length; e++) {
            keys.add("exclusive:" + e);
        }
        for (int j = 0; j < model.sources; j++) {
            keys.add("envelope:" + j);
        }
        for (int c = 0; c < model.countries.length && model.hasCountryCap(); c++) {
            keys.add("countryShareMax:" + c);
        }
        for (int g = 0; g < model.groups.length; g++) {
            keys.add("groupShareMin:" + g);
        }
        if (model.maxSources < Integer.MAX_VALUE) {
            keys.add("maxSources");
        }
        for (int i = 0; i < model.projects; i++) {
            if (model.mustNotFund[i]) {
                keys.add("mustNotFund:" + i);
            }
        }
        for (int i = 0; i < model.projects; i++) {
            if (model.mustFund[i]) {
                keys.add("mustFund:" + i);
            }
        }
        boolean[] all = new boolean[model.projects];
        Arrays.fill(all, true);
        Set<String> dropped = new HashSet<>();
        Set<String> needed = new LinkedHashSet<>();
        for (int t = 0; t < keys.size(); t++) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left < 20) {
                needed.addAll(keys.subList(t, keys.size()));
                break;
            }
            Set<String> trial = new HashSet<>(dropped);
            trial.add(keys.get(t));
            long slice = Math.max(20, Math.min(left / 2, 2 * left / (keys.size() - t)));
            Mip.Outcome outcome = new Mip(model, trial).solve(false, all, null, slice, 0);
            if (outcome.kind() == Mip.Kind.INFEASIBLE) {
                dropped.add(keys.get(t));
            } else {
                needed.add(keys.get(t));
            }
        }
        return needed.stream().map(this::describe).toList();
    }

    private AllocationResult.Message describe(String key) {
        String[] parts = key.split(":");
        int index = parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
        return switch (parts[0]) {
            case "exclusive" -> message("exclusive", project(model.exclusive[index][0]),
                project(model.exclusive[index][1]));
            case "envelope" -> message("envelope", source(index), String.valueOf(model.envelope[index]));
            case "countryShareMax" -> message("country-share-max", model.countries[index],
                percent(model.countryShareMax));
            case "groupShareMin" -> message("group-share-min", model.groups[index],
                percent(model.groupShareMin[index]));
            case "maxSources" -> message("max-sources", String.valueOf(model.maxSources));
            case "mustNotFund" -> message("must-not-fund", project(index));
            default -> message("must-fund", project(index));
        };
    }

    List<AllocationResult.Unfunded> unfunded(State s) {
        List<AllocationResult.Unfunded> reasons = new ArrayList<>();
        for (int i = 0; i < model.projects; i++) {
            if (!s.isFunded(i)) {
                reasons.add(reason(s, i));
            }
        }
        return reasons;
    }

    private AllocationResult.Unfunded reason(State s, int i) {
        String id = project(i);
        if (model.mustNotFund[i]) {
            return unfunded(id, "must-not-fund");
        }
        if (model.pairsOf[i].length == 0) {
            return unfunded(id, "no-eligible-source");
        }
        long reach = model.reach(i, model.pairBound);
        if (reach < model.minimum[i]) {
            long unlimited = Arrays.stream(model.pairsOf[i]).mapToLong(p -> model.pairBound[p]).sum();
            return unlimited >= model.minimum[i]
                ? unfunded(id, "max-sources", String.valueOf(model.maxSources))
                : unfunded(id, "out-of-reach", String.valueOf(model.minimum[i]), String.valueOf(reach));
        }
        for (int j : model.exclusiveOf[i]) {
            if (s.isFunded(j)) {
                return unfunded(id, "exclusive", project(j));
            }
        }
        long[] plan = s.fit(i, null);
        if (plan == null) {
            return unfunded(id, "crowded-out", String.join(", ", crowding(s, i)));
        }
        long x = Arrays.stream(plan).sum();
        int country = countryBlocking(s, i, x);
        if (country >= 0) {
            return unfunded(id, "country-share-max", model.countries[country], percent(model.countryShareMax));
        }
        int group = groupBlocking(s, i, x);
        if (group >= 0) {
            return unfunded(id, "group-share-min", model.groups[group], percent(model.groupShareMin[group]));
        }
        return unfunded(id, model.value[i] == 0 ? "no-value" : "not-selected");
    }

    private static AllocationResult.Unfunded unfunded(String id, String code, String... rest) {
        List<String> args = new ArrayList<>();
        args.add(id);
        args.addAll(List.of(rest));
        return new AllocationResult.Unfunded(id, code, args, EnglishText.of("unfunded." + code, args));
    }

    /** The project's windows whose remaining envelope is below what the pair could otherwise carry. */
    private List<String> crowding(State s, int i) {
        List<String> windows = new ArrayList<>();
        for (int p : model.pairsOf[i]) {
            int j = model.pairSource[p];
            if (s.residual[j] < model.pairBound[p]) {
                windows.add(source(j));
            }
        }
        return windows;
    }

    private int countryBlocking(State s, int i, long x) {
        if (!model.hasCountryCap()) {
            return -1;
        }
        double total = s.total + x;
        for (int c : model.countriesOf[i]) {
            double after = s.byCountry[c] + x * model.countryWeight[i];
            if (after - model.countryShareMax * total > State.SHARE_TOLERANCE * total) {
                return c;
            }
        }
        return -1;
    }

    private int groupBlocking(State s, int i, long x) {
        double total = s.total + x;
        for (int g = 0; g < model.groups.length; g++) {
            double after = s.byGroup[g] + x * model.groupWeight[g][i];
            if (model.groupShareMin[g] * total - after > State.SHARE_TOLERANCE * total) {
                return g;
            }
        }
        return -1;
    }

    /**
     * The rows that bind: a window with (almost) nothing left or that crowds out a project; a country cap or group
     * floor that is tight or keeps a project out; a project at its limit of windows while it has more.
     */
    List<AllocationResult.Binding> binding(State s) {
        Set<AllocationResult.Binding> binding = new LinkedHashSet<>();
        for (int j = 0; j < model.sources; j++) {
            if (s.residual[j] <= Math.max(1, 1e-6 * model.envelope[j]) && model.envelope[j] > 0) {
                binding.add(new AllocationResult.Binding("envelope", source(j)));
            }
        }
        for (AllocationResult.Unfunded u : unfunded(s)) {
            switch (u.code()) {
                case "crowded-out" -> Arrays.stream(u.args().get(1).split(", ")).filter(w -> !w.isEmpty())
                    .forEach(w -> binding.add(new AllocationResult.Binding("envelope", w)));
                case "country-share-max" -> binding.add(new AllocationResult.Binding("countryShareMax", u.args().get(1)));
                case "group-share-min" -> binding.add(new AllocationResult.Binding("groupShareMin", u.args().get(1)));
                case "max-sources" -> binding.add(new AllocationResult.Binding("maxSourcesPerProject", u.project()));
                default -> { }
            }
        }
        double tol = 1e-6 * Math.max(1, s.total);
        for (int c = 0; c < model.countries.length && model.hasCountryCap(); c++) {
            if (s.total > 0 && model.countryShareMax * s.total - s.byCountry[c] <= tol) {
                binding.add(new AllocationResult.Binding("countryShareMax", model.countries[c]));
            }
        }
        for (int g = 0; g < model.groups.length; g++) {
            if (s.total > 0 && s.byGroup[g] - model.groupShareMin[g] * s.total <= tol) {
                binding.add(new AllocationResult.Binding("groupShareMin", model.groups[g]));
            }
        }
        for (int i = 0; i < model.projects; i++) {
            int used = 0;
            for (int p : model.pairsOf[i]) {
                used += s.amount[p] > 0 ? 1 : 0;
            }
            if (used == model.maxSources && model.pairsOf[i].length > used) {
                binding.add(new AllocationResult.Binding("maxSourcesPerProject", project(i)));
            }
        }
        return List.copyOf(binding);
    }
}
