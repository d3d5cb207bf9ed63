package org.regionaltc.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionaltc.optimizer.SmallProblems.Rule;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class AllocationEngineTests {

    private static final AllocationEngine.Options TEN_SECONDS = new AllocationEngine.Options(10, 0, 1);

    static AllocationProblem resource(String name) throws IOException {
        try (InputStream in = AllocationEngineTests.class.getResourceAsStream("/optimizer/" + name)) {
            AllocationJson.Parsed parsed = AllocationJson.readProblem(new String(in.readAllBytes(),
                StandardCharsets.UTF_8));
            assertThat(parsed.errors()).isEmpty();
            return parsed.problem();
        }
    }

    private static AllocationResult solve(AllocationProblem problem) {
        return new AllocationEngine().solve(problem, TEN_SECONDS, AllocationEngine.Progress.NONE);
    }

    private static List<String> funded(AllocationResult result) {
        return result.allocations().stream().map(AllocationResult.Allocation::project).distinct().sorted().toList();
    }

    private static List<String> faults(AllocationProblem problem, AllocationResult result) {
        Model model = new Model(problem);
        long[] amounts = new long[model.pairs()];
        for (AllocationResult.Allocation a : result.allocations()) {
            for (int p = 0; p < model.pairs(); p++) {
                if (problem.projects().get(model.pairProject[p]).id().equals(a.project())
                        && problem.sources().get(model.pairSource[p]).id().equals(a.source())) {
                    amounts[p] = a.amount();
                }
            }
        }
        return State.of(model, amounts).faults();
    }

    @Test
    void findsTheExamplesOptimumAndSaysWhyTheOthersAreOut() throws IOException {
        AllocationProblem example = resource("example-problem.json");

        AllocationResult result = solve(example);

        assertThat(result.status()).isEqualTo(AllocationResult.Status.OPTIMAL);
        assertThat(result.objective()).isEqualTo(1_767_997.0);
        assertThat(result.bound()).isGreaterThanOrEqualTo(1_767_997.0).isLessThanOrEqualTo(1_767_997.0 * 1.0001);
        assertThat(funded(result)).containsExactly("P00005", "P00009", "P00010", "P00012");
        assertThat(faults(example, result)).isEmpty();
        assertThat(result.greedyObjective()).isLessThanOrEqualTo(result.objective());
        assertThat(result.unfunded()).extracting(AllocationResult.Unfunded::project, AllocationResult.Unfunded::code)
            .contains(org.assertj.core.groups.Tuple.tuple("P00008", "must-not-fund"),
                org.assertj.core.groups.Tuple.tuple("P00002", "no-eligible-source"));
        assertThat(result.unfunded()).allSatisfy(u -> assertThat(u.text()).startsWith(u.project()));
    }

    @Test
    void matchesBruteForceOnRandomSmallProblemsWithEveryKindOfRule() {
        for (long seed = 1; seed <= 40; seed++) {
            List<Rule> rules = new ArrayList<>();
            for (Rule rule : Rule.values()) {
                if (((seed * 7 + rule.ordinal() * 3) % 5) < 2) {
                    rules.add(rule);
                }
            }
            AllocationProblem problem = SmallProblems.random(seed, rules);
            double optimum = BruteForce.optimum(problem);
            AllocationResult result = solve(problem);
            if (Double.isNaN(optimum)) {
                assertThat(result.status()).as("seed %d %s", seed, rules).isEqualTo(AllocationResult.Status.INFEASIBLE);
                assertThat(result.conflicts()).as("seed %d", seed).isNotEmpty();
            } else {
                assertThat(result.status()).as("seed %d %s", seed, rules).isEqualTo(AllocationResult.Status.OPTIMAL);
                assertThat(result.objective()).as("seed %d %s", seed, rules).isEqualTo(optimum, within(optimum));
                assertThat(faults(problem, result)).as("seed %d", seed).isEmpty();
            }
        }
    }

    /** For each kind of rule, a problem where it changes the optimum: the engine follows it there. */
    @ParameterizedTest
    @EnumSource(Rule.class)
    void followsEachRuleWhereItBinds(Rule rule) {
        for (long seed = 100; seed < 400; seed++) {
            AllocationProblem problem = SmallProblems.random(seed, List.of(rule));
            double with = BruteForce.optimum(problem);
            double without = BruteForce.optimum(SmallProblems.without(problem, rule));
            if (Double.isNaN(with) || Math.abs(with - without) < 1) {
                continue;
            }
            AllocationResult result = solve(problem);
            assertThat(result.status()).as("seed %d", seed).isEqualTo(AllocationResult.Status.OPTIMAL);
            assertThat(result.objective()).as("seed %d: %s binds (%s without it)", seed, rule, without)
                .isEqualTo(with, within(with));
            assertThat(faults(problem, result)).isEmpty();
            return;
        }
        throw new AssertionError("no seed where " + rule + " binds");
    }

    private static org.assertj.core.data.Offset<Double> within(double optimum) {
        return org.assertj.core.data.Offset.offset(Math.max(1, optimum * 1e-4));
    }

    @Test
    void namesTheConstraintsThatCannotHoldTogether() {
        AllocationProblem problem = SmallProblems.problem(
            List.of(SmallProblems.project("P1", 3000, 0.5, List.of("AR"), "A", 0, null),
                SmallProblems.project("P2", 3000, 0.6, List.of("BR"), "A", 0, null),
                SmallProblems.project("P3", 1000, 0.9, List.of("PE"), "A", 0, null)),
            List.of(SmallProblems.window("W1", 5000, null, null, null)),
            new AllocationProblem.Policy(null, null, Map.of(), List.of("P1", "P2"), List.of(), List.of()));

        AllocationResult result = solve(problem);

        assertThat(result.status()).isEqualTo(AllocationResult.Status.INFEASIBLE);
        assertThat(result.conflicts()).extracting(AllocationResult.Message::code)
            .containsExactlyInAnyOrder("envelope", "must-fund", "must-fund");
        assertThat(result.conflicts()).extracting(AllocationResult.Message::text)
            .contains("Window W1 has 5000 to give.", "P1 must be funded.", "P2 must be funded.");
    }

    @Test
    void sameInputAndSeedGiveTheSameAnswer() throws IOException {
        AllocationProblem problem = resource("lac-300x20-seed1.json");
        AllocationEngine.Options options = new AllocationEngine.Options(3, 7, 1);

        AllocationResult first = new AllocationEngine().solve(problem, options, AllocationEngine.Progress.NONE);
        AllocationResult second = new AllocationEngine().solve(problem, options, AllocationEngine.Progress.NONE);

        assertThat(faults(problem, first)).isEmpty();
        assertThat(first.objective()).isGreaterThanOrEqualTo(first.greedyObjective());
        if (first.status() == AllocationResult.Status.OPTIMAL) {
            assertThat(second.objective()).isEqualTo(first.objective());
        }
        AllocationProblem small = SmallProblems.random(5, List.of(Rule.values()));
        assertThat(solve(small).allocations()).isEqualTo(solve(small).allocations());
    }

    @Test
    void neverFallsBelowGreedyEvenWithAlmostNoTime() throws IOException {
        AllocationProblem problem = resource("lac-300x20-seed1.json");

        AllocationResult result = new AllocationEngine().solve(problem, new AllocationEngine.Options(0.05, 0, 1),
            AllocationEngine.Progress.NONE);

        assertThat(result.status()).isIn(AllocationResult.Status.FEASIBLE, AllocationResult.Status.OPTIMAL);
        assertThat(result.objective()).isGreaterThanOrEqualTo(result.greedyObjective());
        assertThat(result.bound()).isGreaterThanOrEqualTo(result.objective());
        assertThat(faults(problem, result)).isEmpty();
    }

    /**
     * The LP's rounding kept as the LP packed it: each plan is within its pairs' bounds, on at most k windows, between
     * the project's minimum and its gap; the greedy built on the plans gives an allocation that breaks no rule,
     * funds the planned projects on exactly their plans when nothing had to be taken out, and is close to the LP's
     * bound on a problem shaped like the shared instances (where the LP-guided greedy alone is several % short).
     */
    @Test
    void theGreedyOnTheLpsOwnPlansIsFeasibleAndCloseToTheBound() {
        List<AllocationProblem> problems = new ArrayList<>();
        for (long seed = 1; seed <= 12; seed++) {
            problems.add(SmallProblems.random(seed, List.of(Rule.values())));
            problems.add(SmallProblems.random(seed, List.of(Rule.MAX_SOURCES, Rule.GROUP_FLOOR, Rule.COUNTRY_CAP)));
        }
        AllocationProblem large = org.regionaltc.bench.AllocationProblemGenerator.generate(300, 20, 7);
        problems.add(large);
        for (AllocationProblem problem : problems) {
            Model model = new Model(problem);
            boolean[] all = new boolean[model.projects];
            java.util.Arrays.fill(all, true);
            Mip.Outcome lp = new Mip(model, java.util.Set.of()).solve(true, all, null, 10_000, 0);
            if (lp.kind() != Mip.Kind.OPTIMAL) {
                continue;
            }
            long[][] plans = AllocationEngine.lpPlans(model, lp);
            for (int i = 0; i < model.projects; i++) {
                if (plans[i] == null) {
                    continue;
                }
                long sum = 0;
                int support = 0;
                for (int t = 0; t < plans[i].length; t++) {
                    assertThat(plans[i][t]).isBetween(0L, model.pairBound[model.pairsOf[i][t]]);
                    sum += plans[i][t];
                    support += plans[i][t] > 0 ? 1 : 0;
                }
                assertThat(sum).isBetween(model.minimum[i], model.gap[i]);
                assertThat(support).isLessThanOrEqualTo(model.maxSources);
            }
            long[] amounts = new Greedy(model).run(new Greedy(model).byValue(), null, plans);
            if (amounts == null) {
                continue;
            }
            assertThat(State.of(model, amounts).faults()).isEmpty();
            if (problem == large) {
                assertThat(model.objective(amounts)).isGreaterThan(0.97 * lp.bound());
                AllocationResult result = solve(problem);
                assertThat(result.objective()).isGreaterThanOrEqualTo(model.objective(amounts) - 1e-6);
            }
        }
    }
}
