package org.regionaltc.priority;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.regionaltc.priority.CycleComparison.Counts;
import org.regionaltc.priority.CycleComparison.Kind;

class CycleComparisonTests {

    private final ReviewCycle earlier = cycle(1, CycleStatus.CLOSED);
    private final ReviewCycle later = cycle(2, CycleStatus.CONSOLIDATION);

    @Test
    void findsPrioritiesAddedDroppedRerankedAndReworded() {
        List<Priority> before = List.of(
            national(10, 1, "PE", "A1", 1, "Agro-industry in the highlands", null),
            national(11, 1, "PE", "A2", 2, "Forestry clusters", null),
            national(12, 1, "CL", "C1", 1, "Circular economy in mining", null),
            national(13, 1, "JM", "B2", 1, "Export consortia", null),
            national(14, 1, "UY", "C3", 1, "Renewable energy", null));
        List<Priority> after = List.of(
            national(20, 2, "PE", "A1", 2, "Agro-industry in the highlands", 10L),
            national(21, 2, "PE", "A2", 1, "Forestry clusters", 11L),
            national(22, 2, "CL", "C1", 1, "Circular economy and tailings in mining", 12L),
            withStatus(national(23, 2, "JM", "B2", 1, "Export consortia", 13L), PriorityStatus.DROPPED),
            national(24, 2, "MX", "B1", 1, "Quality infrastructure", null),
            national(25, 2, "UY", "C3", 1, "Renewable energy", null));

        CycleComparison comparison = CycleComparison.compare(earlier, before, later, after,
            code -> code.substring(0, 1), country -> Map.of("PE", List.of("CAN"), "CL", List.of("MERCOSUR"),
                "UY", List.of("MERCOSUR"), "JM", List.of("CARICOM"), "MX", List.of("SICA")).get(country));

        assertThat(comparison.changes()).extracting(c -> c.scope() + " " + c.kinds()).containsExactlyInAnyOrder(
            "PE [RERANKED]", "PE [RERANKED]", "CL [REWORDED]", "MX [ADDED]", "JM [DROPPED]");
        assertThat(comparison.count(Kind.ADDED)).isEqualTo(1);
        assertThat(comparison.count(Kind.DROPPED)).isEqualTo(1);
        assertThat(comparison.count(Kind.RERANKED)).isEqualTo(2);
        assertThat(comparison.count(Kind.REWORDED)).isEqualTo(1);
        assertThat(comparison.byCountry()).containsOnlyKeys("PE", "CL", "MX", "JM")
            .containsEntry("PE", new Counts(0, 0, 2, 0));
        assertThat(comparison.byGrouping()).containsEntry("MERCOSUR", new Counts(0, 0, 0, 1))
            .containsEntry("CARICOM", new Counts(0, 1, 0, 0)).containsEntry("SICA", new Counts(1, 0, 0, 0))
            .containsEntry("CAN", new Counts(0, 0, 2, 0));
        assertThat(comparison.byTheme()).containsEntry("A", new Counts(0, 0, 2, 0))
            .containsEntry("C", new Counts(0, 0, 0, 1)).containsEntry("B", new Counts(1, 1, 0, 0));
        CycleComparison.Change reworded = comparison.changes().stream()
            .filter(c -> c.kinds().equals(Set.of(Kind.REWORDED))).findFirst().orElseThrow();
        assertThat(reworded.titleBefore()).isEqualTo("Circular economy in mining");
        assertThat(reworded.titleAfter()).isEqualTo("Circular economy and tailings in mining");
    }

    @Test
    void groupsConsolidatedPrioritiesUnderTheirGroupingOrTheRegion() {
        Priority can = PriorityBuilder.aPriority().id(30).cycle(1).consolidatedFor("CAN").title("Andean agro").build();
        Priority region = PriorityBuilder.aPriority().id(31).cycle(2).regional().theme("C3").title("Renewables").build();

        CycleComparison comparison = CycleComparison.compare(earlier, List.of(can), later, List.of(region),
            code -> code, country -> List.of());

        assertThat(comparison.byGrouping()).containsEntry("CAN", new Counts(0, 1, 0, 0))
            .containsEntry("GRULAC", new Counts(1, 0, 0, 0));
        assertThat(comparison.byCountry()).isEmpty();
    }

    @Test
    void identicalCyclesShowNoChange() {
        List<Priority> same = List.of(national(10, 1, "PE", "A1", 1, "Agro", null));
        assertThat(CycleComparison.compare(earlier, same, later, same, c -> c, c -> List.of()).changes()).isEmpty();
    }

    private static ReviewCycle cycle(long id, CycleStatus status) {
        return new ReviewCycle(id, "Cycle " + id, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1),
            LocalDate.of(2020, 3, 1), status, null, null, false, 0);
    }

    static Priority national(long id, long cycle, String country, String theme, int rank, String title,
            @Nullable Long carriedFrom) {
        return PriorityBuilder.aPriority().id(id).cycle(cycle).of(country).theme(theme).rank(rank).title(title)
            .carriedFrom(carriedFrom).build();
    }

    private static Priority withStatus(Priority p, PriorityStatus status) {
        return new Priority(p.id(), p.cycleId(), p.level(), p.countryCode(), p.groupingCode(), p.ownerCountryCode(),
            p.thematicAreaCode(), p.subTheme(), p.title(), p.rationale(), p.language(), p.rank(), p.weight(), status,
            p.carriedFromId(), p.sectors(), p.planTitle(), p.planUrl(), p.planYear(), p.expectedOutcomes(), p.sample(),
            p.version());
    }
}
