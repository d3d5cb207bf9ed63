package org.regionaltc.priority;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** GRULAC's endorsement of a review cycle: the meeting, the date, the decision and its documents. */
public record Endorsement(long id, long cycleId, String meeting, LocalDate endorsedOn, String decisionText,
        @Nullable String documents, String recordedBy, boolean sample) {
}
