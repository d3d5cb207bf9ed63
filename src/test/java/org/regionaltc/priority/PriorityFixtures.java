package org.regionaltc.priority;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Review cycles and priorities for tests, written straight through the repositories, each with a unique title. */
final class PriorityFixtures {

    private final ReviewCycles cycles;
    private final Priorities priorities;

    PriorityFixtures(ReviewCycles cycles, Priorities priorities) {
        this.cycles = cycles;
        this.priorities = priorities;
    }

    static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    ReviewCycle anOpenCycle() {
        return aCycle(CycleStatus.OPEN, LocalDate.now().plusYears(1), null);
    }

    ReviewCycle anOpenCyclePastItsDeadline() {
        return aCycle(CycleStatus.OPEN, LocalDate.now().minusDays(1), null);
    }

    ReviewCycle aCycle(CycleStatus status) {
        return aCycle(status, LocalDate.now().plusYears(1), null);
    }

    ReviewCycle aCycle(CycleStatus status, LocalDate deadline, @Nullable Long previous) {
        long id = cycles.insert(new ReviewCycle(0, unique("Test cycle"), LocalDate.of(2030, 1, 1),
            LocalDate.of(2031, 12, 31), deadline, status, null, previous, false, 0));
        return cycles.get(id);
    }

    Priority aDraftOf(ReviewCycle cycle, String country, int rank) {
        return aNationalPriority(cycle, country, rank, PriorityStatus.DRAFT, unique("Draft of " + country));
    }

    Priority aSubmittedPriorityOf(ReviewCycle cycle, String country, int rank) {
        return aNationalPriority(cycle, country, rank, PriorityStatus.SUBMITTED, unique("Submitted by " + country));
    }

    Priority aNationalPriority(ReviewCycle cycle, String country, int rank, PriorityStatus status, String title) {
        long id = priorities.insert(PriorityBuilder.aPriority().cycle(cycle.id()).of(country).title(title)
            .rationale("Because, it matters").rank(rank).status(status).sectors("32161").build());
        return priorities.get(id);
    }

    /** A cycle whose period starts after every other's, so that once frozen it is the current cycle. */
    ReviewCycle aCycleAfterAllOthers(CycleStatus status, @Nullable Long previous) {
        LocalDate latest = cycles.findAll().stream().map(ReviewCycle::periodStart).max(LocalDate::compareTo)
            .orElse(LocalDate.of(2030, 1, 1));
        long id = cycles.insert(new ReviewCycle(0, unique("Test cycle"), latest.plusDays(1), latest.plusYears(2),
            LocalDate.now().plusYears(1), status, null, previous, false, 0));
        return cycles.get(id);
    }

    /** A copy of {@code from} in a later cycle, as carry-forward makes it, in the given status. */
    Priority aCarriedForward(ReviewCycle cycle, Priority from, PriorityStatus status) {
        long id = priorities.insert(new Priority(0, cycle.id(), from.level(), from.countryCode(), null,
            from.ownerCountryCode(), from.thematicAreaCode(), null, from.title(), from.rationale(), from.language(),
            from.rank(), null, status, from.id(), from.sectors(), null, null, null, null, false, 0));
        return priorities.get(id);
    }
}
