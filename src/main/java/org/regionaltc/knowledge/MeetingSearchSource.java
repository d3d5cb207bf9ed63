package org.regionaltc.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.regionaltc.dialogue.Decision;
import org.regionaltc.dialogue.Meeting;
import org.regionaltc.dialogue.Meetings;
import org.regionaltc.priority.ReviewCycle;
import org.regionaltc.priority.ReviewCycles;
import org.springframework.stereotype.Component;

/**
 * Meetings and their decisions in the index: signed-in users find them all, visitors those marked public or of a
 * published review cycle (as the dialogue pages show them). Their language is not recorded, so their text is
 * indexed under all four. Meetings are few: any change to a meeting, a decision or a cycle refreshes them all.
 */
@Component
class MeetingSearchSource implements SearchSource {

    private static final Set<String> CHANGES = Set.of("Meeting", "Decision", "ReviewCycle");

    private final Meetings meetings;
    private final ReviewCycles cycles;
    private final SearchFacts facts;

    MeetingSearchSource(Meetings meetings, ReviewCycles cycles, SearchFacts facts) {
        this.meetings = meetings;
        this.cycles = cycles;
        this.facts = facts;
    }

    @Override
    public Stream<SearchDocument> all() {
        Set<Long> published = cycles.findAll().stream().filter(ReviewCycle::published).map(ReviewCycle::id)
            .collect(Collectors.toSet());
        List<SearchDocument> documents = new ArrayList<>();
        for (Meeting meeting : meetings.findAll()) {
            Set<String> audience = new LinkedHashSet<>(Set.of(SearchAudience.SIGNED_IN));
            if (meeting.openToPublic() || meeting.cycleId() != null && published.contains(meeting.cycleId())) {
                audience.add(SearchAudience.PUBLIC);
            }
            documents.add(document("meeting", meeting.id(), meeting, SearchFacts.join(meeting.agenda(),
                meeting.minutes(), meeting.organisations(), meeting.place()), audience));
            for (Decision decision : meetings.decisions(meeting.id())) {
                documents.add(document("decision", decision.id(), meeting, decision.text(), audience));
            }
        }
        return documents.stream();
    }

    @Override
    public Optional<Refresh> on(String entityType, String entityId) {
        if (!CHANGES.contains(entityType)) {
            return Optional.empty();
        }
        BooleanQuery delete = new BooleanQuery.Builder()
            .add(new TermQuery(new Term("type", "meeting")), BooleanClause.Occur.SHOULD)
            .add(new TermQuery(new Term("type", "decision")), BooleanClause.Occur.SHOULD).build();
        return Optional.of(new Refresh(delete, all().toList()));
    }

    private SearchDocument document(String type, long id, Meeting meeting, String body, Set<String> audience) {
        Map<String, String> titles = SearchFacts.inLanguage(null, meeting.title());
        return new SearchDocument(type, id, "/meetings/" + meeting.id(), titles, SearchFacts.inLanguage(null, body),
            meeting.countries(), facts.subRegions(meeting.countries()), List.of(), List.of(), audience,
            meeting.cycleId() == null ? null : String.valueOf(meeting.cycleId()));
    }
}
