package org.regionaltc.priority;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A review cycle of the GRULAC–UNIDO dialogue, in which countries submit and rank their priorities. */
public record ReviewCycle(long id, String title, LocalDate periodStart, LocalDate periodEnd,
        LocalDate submissionDeadline, CycleStatus status, @Nullable String frameworkPeriodCode,
        @Nullable Long previousCycleId, boolean sample, int version) {

    public boolean frozen() {
        return status.frozen();
    }

    public boolean published() {
        return status.published();
    }

    public boolean acceptsSubmissionsOn(LocalDate day) {
        return status == CycleStatus.OPEN && !day.isAfter(submissionDeadline);
    }
}
