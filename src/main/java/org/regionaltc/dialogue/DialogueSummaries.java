package org.regionaltc.dialogue;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Meetings, their decisions and action items as the reader may see them, selected for a country's page or for a
 * review cycle's report.
 */
@Component
public class DialogueSummaries {

    public record Of(List<Meeting> meetings, Map<Long, List<Decision>> decisions, List<ActionItem> actions) {
    }

    private final Meetings meetings;
    private final ActionItems actions;
    private final MeetingAccess access;

    DialogueSummaries(Meetings meetings, ActionItems actions, MeetingAccess access) {
        this.meetings = meetings;
        this.actions = actions;
        this.access = access;
    }

    /** The meetings a country took part in and their action items. */
    public Of ofCountry(String countryCode) {
        return of(m -> m.countries().contains(countryCode), false);
    }

    /**
     * The meetings of a review cycle, with their decisions and open action items; with countries, only the meetings
     * one of them took part in.
     */
    public Of ofCycle(long cycleId, Collection<String> countries) {
        Set<String> among = Set.copyOf(countries);
        return of(m -> m.cycleId() != null && m.cycleId() == cycleId
            && (among.isEmpty() || m.countries().stream().anyMatch(among::contains)), true);
    }

    private Of of(Predicate<Meeting> keep, boolean openOnly) {
        List<Meeting> kept = access.visible(meetings.findAll()).stream().filter(keep).toList();
        Set<Long> ids = kept.stream().map(Meeting::id).collect(Collectors.toSet());
        Map<Long, List<Decision>> decisions = kept.stream()
            .collect(Collectors.toMap(Meeting::id, m -> meetings.decisions(m.id())));
        List<ActionItem> items = actions.findAll().stream().filter(a -> ids.contains(a.meetingId()))
            .filter(a -> !openOnly || a.status() == ActionItem.Status.OPEN).toList();
        return new Of(kept, decisions, items);
    }
}
