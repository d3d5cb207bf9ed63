package org.regionaltc.priority;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class PriorityDemoIntegrationTests {

    @Autowired
    PriorityDemo demo;
    @Autowired
    ReviewCycles cycles;
    @Autowired
    Priorities priorities;
    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsTwoComparableCyclesOnceAndRemovesThemWhenDisabled() {
        demo.load();
        demo.load();
        List<ReviewCycle> samples = cycles.findAll().stream().filter(ReviewCycle::sample).toList();
        assertThat(samples).extracting(ReviewCycle::status)
            .containsExactly(CycleStatus.CONSOLIDATION, CycleStatus.CLOSED);
        ReviewCycle current = samples.get(0);
        ReviewCycle closed = samples.get(1);
        assertThat(current.previousCycleId()).isEqualTo(closed.id());

        List<Priority> now = priorities.findByCycle(current.id());
        assertThat(now.stream().filter(p -> p.level() == PriorityLevel.NATIONAL).map(Priority::countryCode).distinct())
            .hasSizeGreaterThanOrEqualTo(12);
        assertThat(now).extracting(Priority::level).contains(PriorityLevel.SUB_REGIONAL, PriorityLevel.REGIONAL);
        assertThat(now).filteredOn(p -> p.status() == PriorityStatus.SUBMITTED)
            .allSatisfy(p -> assertThat(p.weight()).isNotNull());
        assertThat(now).allMatch(Priority::sample);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM endorsement WHERE cycle_id = :c").param("c", closed.id())
            .query(Integer.class).single()).isEqualTo(1);

        CycleComparison comparison = CycleComparison.compare(closed, priorities.findByCycle(closed.id()), current, now,
            code -> code.substring(0, 1), country -> List.of());
        for (CycleComparison.Kind kind : CycleComparison.Kind.values()) {
            assertThat(comparison.count(kind)).as(kind.name()).isPositive();
        }

        ReviewCycle extra = new PriorityFixtures(cycles, priorities).aCycle(CycleStatus.CLOSED);
        jdbc.sql("UPDATE review_cycle SET is_sample = TRUE WHERE id = :id").param("id", extra.id()).update();
        new PriorityFixtures(cycles, priorities).aSubmittedPriorityOf(extra, "PE", 1);
        jdbc.sql("UPDATE priority SET is_sample = TRUE WHERE cycle_id = :id").param("id", extra.id()).update();

        demo.remove();

        assertThat(cycles.findById(extra.id())).isEmpty();
        assertThat(priorities.findByCycle(extra.id())).isEmpty();
        demo.load();
        assertThat(cycles.findAll().stream().filter(ReviewCycle::sample).map(ReviewCycle::title))
            .doesNotHaveDuplicates().contains("Sample: Review cycle 2024–2025");
    }
}
