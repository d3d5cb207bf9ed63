package org.regionaltc.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllocationJsonTests {

    @Test
    void aProblemAndItsResultSurviveWritingAndReading() throws IOException {
        AllocationProblem example = AllocationEngineTests.resource("example-problem.json");

        AllocationJson.Parsed again = AllocationJson.readProblem(AllocationJson.writeProblem(example));

        assertThat(again.errors()).isEmpty();
        assertThat(again.problem()).isEqualTo(example);
        AllocationResult result = new AllocationEngine().solve(example, new AllocationEngine.Options(5, 0, 1),
            AllocationEngine.Progress.NONE);
        AllocationResult read = AllocationJson.readResult(AllocationJson.writeResult(result));
        assertThat(read.allocations()).isEqualTo(result.allocations());
        assertThat(read.unfunded()).isEqualTo(result.unfunded());
        assertThat(read.binding()).isEqualTo(result.binding());
        assertThat(read.objective()).isEqualTo(result.objective());
        assertThat(read.status()).isEqualTo(result.status());
    }

    @Test
    void omittedListsAndRulesMeanAnyOrNone() {
        AllocationJson.Parsed parsed = AllocationJson.readProblem("""
            {"projects": [{"id": "A", "gap": 10, "value": 0.5, "countries": ["PE"], "theme": "A1", "sector": "1",
              "cofinancing": 0}],
             "sources": [{"id": "W", "envelope": 10}]}""");

        assertThat(parsed.errors()).isEmpty();
        AllocationProblem.Source window = parsed.problem().sources().getFirst();
        assertThat(window.themes()).isNull();
        assertThat(window.admits(parsed.problem().projects().getFirst())).isTrue();
        assertThat(parsed.problem().policy()).isEqualTo(AllocationProblem.Policy.NONE);
    }

    @Test
    void namesThePathOfEveryFault() {
        AllocationJson.Parsed parsed = AllocationJson.readProblem("""
            {"format": "regional-tc.allocation-problem/1", "groups": {"G": ["PE", "XX"]},
             "projects": [
               {"id": "A", "gap": 10, "value": 0.5, "countries": ["PE"], "theme": "A1", "sector": "1", "cofinancing": 0},
               {"id": "B", "value": 1.5, "countries": ["ZZ"], "theme": "A1", "sector": "1", "cofinancing": -1},
               {"id": "A", "gap": 2.5, "value": 0.1, "countries": [], "theme": "A1", "sector": "1", "cofinancing": 0}],
             "sources": [{"envelope": 10}, {"id": "W", "envelope": "lots", "cofinancingRatio": 0}],
             "policy": {"maxSourcesPerProject": 0, "groupShareMin": {"H": 0.1}, "mustFund": ["Q"],
               "exclusive": [["A"]]}}""");

        assertThat(parsed.valid()).isFalse();
        assertThat(parsed.errors()).extracting(AllocationResult.Error::path, AllocationResult.Error::code)
            .containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("groups.G[1]", "unknown-country"),
                org.assertj.core.groups.Tuple.tuple("projects[1].gap", "missing"),
                org.assertj.core.groups.Tuple.tuple("projects[1].value", "out-of-range"),
                org.assertj.core.groups.Tuple.tuple("projects[1].countries[0]", "unknown-country"),
                org.assertj.core.groups.Tuple.tuple("projects[1].cofinancing", "negative"),
                org.assertj.core.groups.Tuple.tuple("projects[2].id", "duplicate-id"),
                org.assertj.core.groups.Tuple.tuple("projects[2].gap", "not-whole"),
                org.assertj.core.groups.Tuple.tuple("projects[2].countries", "empty"),
                org.assertj.core.groups.Tuple.tuple("sources[0].id", "missing"),
                org.assertj.core.groups.Tuple.tuple("sources[1].envelope", "not-a-number"),
                org.assertj.core.groups.Tuple.tuple("sources[1].cofinancingRatio", "not-positive"),
                org.assertj.core.groups.Tuple.tuple("policy.maxSourcesPerProject", "not-a-count"),
                org.assertj.core.groups.Tuple.tuple("policy.groupShareMin.H", "unknown-group"),
                org.assertj.core.groups.Tuple.tuple("policy.mustFund[0]", "unknown-project"),
                org.assertj.core.groups.Tuple.tuple("policy.exclusive[0]", "not-a-pair"));
        assertThat(parsed.errors()).filteredOn(e -> e.path().equals("projects[1].value"))
            .extracting(AllocationResult.Error::text).containsExactly("projects[1].value must lie between 0 and 1.");
    }

    @Test
    void malformedJsonIsOneErrorWithItsPlace() {
        AllocationJson.Parsed parsed = AllocationJson.readProblem("{\"projects\": [\n  {\"id\": }");

        assertThat(parsed.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("malformed-json");
            assertThat(e.args()).first().isEqualTo("2");
        });
        assertThat(AllocationJson.readProblem("[1, 2]").errors()).extracting(AllocationResult.Error::code)
            .containsExactly("not-an-object");
        AllocationResult invalid = AllocationResult.invalid("", parsed.errors());
        assertThat(AllocationJson.writeResult(invalid)).contains("\"status\" : \"INVALID\"", "malformed-json");
        assertThat(List.of(invalid.status())).containsExactly(AllocationResult.Status.INVALID);
    }
}
