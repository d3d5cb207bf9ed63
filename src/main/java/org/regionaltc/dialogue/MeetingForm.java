package org.regionaltc.dialogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.regionaltc.system.Text;

/** A meeting as the secretariat records it; {@code version} guards edits. */
record MeetingForm(
        @NotBlank @Size(max = 300) @Nullable String title,
        @NotNull Meeting.@Nullable MeetingKind kind,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate heldOn,
        @Size(max = 200) @Nullable String place,
        @Nullable Boolean online,
        @Nullable List<String> countries,
        @Size(max = 1000) @Nullable String organisations,
        @Size(max = 4000) @Nullable String agenda,
        @Size(max = 8000) @Nullable String minutes,
        @Size(max = 2000) @Nullable String documents,
        @Nullable Long cycleId,
        @Nullable Boolean openToPublic,
        @Nullable Integer version) {

    static MeetingForm empty() {
        return new MeetingForm(null, Meeting.MeetingKind.MEETING, null, null, false, List.of(), null, null, null, null, null,
            false, null);
    }

    static MeetingForm of(Meeting m) {
        return new MeetingForm(m.title(), m.kind(), m.heldOn(), m.place(), m.online(), m.countries(), m.organisations(),
            m.agenda(), m.minutes(), m.documents(), m.cycleId(), m.openToPublic(), m.version());
    }

    Meeting toMeeting(long id) {
        return new Meeting(id, String.valueOf(title).strip(), kind == null ? Meeting.MeetingKind.MEETING : kind,
            java.util.Objects.requireNonNull(heldOn), Text.blankToNull(place), Boolean.TRUE.equals(online),
            countries == null ? List.of() : countries.stream().filter(c -> !c.isBlank()).distinct().sorted().toList(),
            Text.blankToNull(organisations), Text.blankToNull(agenda), Text.blankToNull(minutes), Text.blankToNull(documents),
            cycleId, Boolean.TRUE.equals(openToPublic), false, version == null ? -1 : version);
    }

}
