package org.regionaltc.alliance;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An agreement with one or more partners. It is due for renewal on {@code renewalOn}, or failing that when it
 * ends; an ACTIVE agreement due within 90 days is on the secretariat's reminder list.
 */
public record Agreement(long id, String title, Kind kind, Status status, @Nullable LocalDate signedOn,
        @Nullable LocalDate endsOn, @Nullable LocalDate renewalOn, @Nullable String notes, List<Long> partnerIds,
        boolean sample, int version) {

    public static final int REMINDER_DAYS = 90;

    public enum Kind { MEMORANDUM_OF_UNDERSTANDING, LETTER_OF_INTENT, FRAMEWORK_AGREEMENT }

    public enum Status { DRAFT, ACTIVE, EXPIRED, TERMINATED }

    public Agreement {
        partnerIds = List.copyOf(partnerIds);
    }

    public @Nullable LocalDate dueOn() {
        return renewalOn != null ? renewalOn : endsOn;
    }

    public boolean dueWithin(LocalDate today, int days) {
        LocalDate due = dueOn();
        return status == Status.ACTIVE && due != null && !due.isBefore(today) && !due.isAfter(today.plusDays(days));
    }
}
