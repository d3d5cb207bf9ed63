package org.regionaltc.dialogue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.regionaltc.priority.ReviewCycle;
import org.regionaltc.priority.ReviewCycles;
import org.regionaltc.system.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who reads a meeting, its decisions and action items: signed-in users every meeting; anonymous visitors those of
 * a published (endorsed or closed) review cycle and those marked public. A meeting of an open cycle, such as its
 * consolidation workshop, stays as closed as the cycle's own page until the cycle is endorsed.
 */
@Component
class MeetingAccess {

    private final JdbcClient jdbc;
    private final ReviewCycles cycles;

    MeetingAccess(JdbcClient jdbc, ReviewCycles cycles) {
        this.jdbc = jdbc;
        this.cycles = cycles;
    }

    /** The meeting, or refused: a sign-in for an anonymous visitor, as for the cycle's page. */
    Meeting visible(Meeting meeting) {
        if (!seesEveryMeeting() && !isPublic(meeting.openToPublic(), meeting.cycleId(), publishedCycles())) {
            throw new AccessDeniedException("meeting " + meeting.id() + " is for signed-in users until its cycle is endorsed");
        }
        return meeting;
    }

    List<Meeting> visible(List<Meeting> meetings) {
        if (seesEveryMeeting()) {
            return meetings;
        }
        Set<Long> published = publishedCycles();
        return meetings.stream().filter(m -> isPublic(m.openToPublic(), m.cycleId(), published)).toList();
    }

    /** Action items follow their meeting. */
    List<ActionItem> visibleActions(List<ActionItem> items) {
        if (seesEveryMeeting()) {
            return items;
        }
        Set<Long> published = publishedCycles();
        Set<Long> publicMeetings = jdbc.sql("SELECT id, cycle_id, is_public FROM meeting")
            .query((rs, n) -> isPublic(rs.getBoolean(3), rs.getObject(2, Long.class), published) ? rs.getLong(1) : null)
            .list().stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return items.stream().filter(a -> publicMeetings.contains(a.meetingId())).toList();
    }

    private static boolean seesEveryMeeting() {
        return SignedInUser.current().isPresent();
    }

    private static boolean isPublic(boolean markedPublic, @Nullable Long cycleId, Set<Long> publishedCycles) {
        return markedPublic || cycleId != null && publishedCycles.contains(cycleId);
    }

    private Set<Long> publishedCycles() {
        return cycles.findAll().stream().filter(ReviewCycle::published).map(ReviewCycle::id).collect(Collectors.toSet());
    }
}
