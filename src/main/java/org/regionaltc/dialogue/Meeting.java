package org.regionaltc.dialogue;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A meeting or consultation of the GRULAC–UNIDO dialogue, in a review cycle or in none; public once its cycle is
 * endorsed or closed, or when marked public ({@code openToPublic}), else for signed-in users only.
 */
public record Meeting(long id, String title, MeetingKind kind, LocalDate heldOn, @Nullable String place, boolean online,
        List<String> countries, @Nullable String organisations, @Nullable String agenda, @Nullable String minutes,
        @Nullable String documents, @Nullable Long cycleId, boolean openToPublic, boolean sample, int version) {

    public enum MeetingKind { MEETING, CONSULTATION }

    public List<String> documentLinks() {
        return documents == null ? List.of() : documents.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
