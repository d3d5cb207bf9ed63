package org.regionaltc.knowledge;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.regionaltc.project.ProjectSummaries;
import org.regionaltc.project.Projects;
import org.regionaltc.project.TcProject;
import org.springframework.stereotype.Component;

/** Projects in the index: found by everyone once published, before that by the focal points of their countries. */
@Component
class ProjectSearchSource implements SearchSource {

    private final ProjectSummaries summaries;
    private final Projects projects;
    private final SearchFacts facts;

    ProjectSearchSource(ProjectSummaries summaries, Projects projects, SearchFacts facts) {
        this.summaries = summaries;
        this.projects = projects;
        this.facts = facts;
    }

    @Override
    public Stream<SearchDocument> all() {
        return summaries.findAll(new ProjectSummaries.Filter(null, null, null, null, null)).stream()
            .map(s -> projects.findById(s.id())).flatMap(Optional::stream).map(this::document);
    }

    @Override
    public Optional<Refresh> on(String entityType, String entityId) {
        if (!entityType.equals("Project")) {
            return Optional.empty();
        }
        long id = Long.parseLong(entityId);
        return Optional.of(new Refresh(new TermQuery(new Term("key", "project:" + id)),
            projects.findById(id).map(this::document).stream().toList()));
    }

    private SearchDocument document(TcProject project) {
        TcProject.Texts texts = project.texts();
        Map<String, String> titles = new LinkedHashMap<>();
        put(titles, "en", texts.titleEn());
        put(titles, "es", texts.titleEs());
        put(titles, "fr", texts.titleFr());
        put(titles, "pt", texts.titlePt());
        Map<String, String> bodies = new LinkedHashMap<>();
        put(bodies, "en", SearchFacts.join(project.identifier(), texts.descriptionEn()));
        put(bodies, "es", texts.descriptionEs());
        Set<String> audience = project.published() ? Set.of(SearchAudience.PUBLIC)
            : project.countryCodes().stream().map(SearchAudience::country).collect(Collectors.toSet());
        return new SearchDocument("project", project.id(), "/projects/" + project.id(), titles, bodies,
            project.countryCodes(), facts.subRegions(project.countryCodes()), project.themes(),
            facts.themeTree(project.themes()), audience, null);
    }

    private static void put(Map<String, String> texts, String language, @org.jspecify.annotations.Nullable String text) {
        if (text != null && !text.isBlank()) {
            texts.put(language, text);
        }
    }
}
