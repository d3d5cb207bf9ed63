package org.regionaltc.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.springframework.stereotype.Component;

/** Lessons in the index: public once published for everyone, else as {@link LessonAccess} says. */
@Component
class LessonSearchSource implements SearchSource {

    private final Lessons lessons;
    private final SearchFacts facts;

    LessonSearchSource(Lessons lessons, SearchFacts facts) {
        this.lessons = lessons;
        this.facts = facts;
    }

    @Override
    public Stream<SearchDocument> all() {
        return lessons.findAll().stream().map(this::document);
    }

    @Override
    public Optional<Refresh> on(String entityType, String entityId) {
        if (!entityType.equals("Lesson")) {
            return Optional.empty();
        }
        long id = Long.parseLong(entityId);
        return Optional.of(new Refresh(new TermQuery(new Term("key", "lesson:" + id)),
            lessons.findById(id).map(this::document).stream().toList()));
    }

    SearchDocument document(Lesson lesson) {
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String language : lesson.texts().languages()) {
            titles.put(language, lesson.texts().title(language));
            String text = lesson.texts().text(language);
            if (text != null) {
                bodies.put(language, text);
            }
        }
        return new SearchDocument("lesson", lesson.id(), "/lessons/" + lesson.id(), titles, bodies,
            lesson.countries(), facts.subRegions(lesson.countries()), lesson.themes(), facts.themeTree(lesson.themes()),
            audience(lesson), null);
    }

    static Set<String> audience(Lesson lesson) {
        if (lesson.published()) {
            return Set.of(lesson.audience() == Lesson.Audience.PUBLIC ? SearchAudience.PUBLIC : SearchAudience.SIGNED_IN);
        }
        return lesson.countries().stream().map(SearchAudience::country).collect(Collectors.toSet());
    }

}
