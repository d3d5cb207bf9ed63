package org.regionaltc.dialogue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The meetings a country took part in and their action items, as the reader may see them: for its country page. */
@Component
public class CountryDialogue {

    public record Of(List<Meeting> meetings, List<ActionItem> actions) {
    }

    private final Meetings meetings;
    private final ActionItems actions;
    private final MeetingAccess access;

    CountryDialogue(Meetings meetings, ActionItems actions, MeetingAccess access) {
        this.meetings = meetings;
        this.actions = actions;
        this.access = access;
    }

    public Of of(String countryCode) {
        List<Meeting> concerning = access.visible(meetings.findAll()).stream()
            .filter(m -> m.countries().contains(countryCode)).toList();
        Set<Long> ids = concerning.stream().map(Meeting::id).collect(Collectors.toSet());
        List<ActionItem> items = actions.findAll().stream().filter(a -> ids.contains(a.meetingId())).toList();
        return new Of(concerning, items);
    }
}
