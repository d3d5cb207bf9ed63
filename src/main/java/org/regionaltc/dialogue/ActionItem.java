package org.regionaltc.dialogue;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Something a meeting asked someone to do by a date; overdue when still open after it. */
public record ActionItem(long id, long meetingId, String meetingTitle, @Nullable Long decisionId, String description,
        String owner, LocalDate dueDate, Status status, boolean sample, int version) {

    public enum Status { OPEN, DONE, CANCELLED }

    public boolean overdueOn(LocalDate day) {
        return status == Status.OPEN && dueDate.isBefore(day);
    }
}
