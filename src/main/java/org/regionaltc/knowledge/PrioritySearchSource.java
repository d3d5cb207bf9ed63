package org.regionaltc.knowledge;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.regionaltc.priority.Priorities;
import org.regionaltc.priority.Priority;
import org.regionaltc.priority.ReviewCycle;
import org.regionaltc.priority.ReviewCycles;
import org.regionaltc.priority.Visibility;
import org.springframework.stereotype.Component;

/**
 * Priorities in the index, found by whom {@link Visibility} lets see them. A cycle's change (its endorsement)
 * changes who sees every priority of it, so a change of a cycle refreshes them all.
 */
@Component
class PrioritySearchSource implements SearchSource {

    private final ReviewCycles cycles;
    private final Priorities priorities;
    private final SearchFacts facts;

    PrioritySearchSource(ReviewCycles cycles, Priorities priorities, SearchFacts facts) {
        this.cycles = cycles;
        this.priorities = priorities;
        this.facts = facts;
    }

    @Override
    public Stream<SearchDocument> all() {
        return cycles.findAll().stream()
            .flatMap(cycle -> priorities.findByCycle(cycle.id()).stream().map(p -> document(cycle, p)));
    }

    @Override
    public Optional<Refresh> on(String entityType, String entityId) {
        return switch (entityType) {
            case "Priority" -> {
                long id = Long.parseLong(entityId);
                yield Optional.of(new Refresh(new TermQuery(new Term("key", "priority:" + id)), priorities.findById(id)
                    .flatMap(p -> cycles.findById(p.cycleId()).map(c -> document(c, p))).stream().toList()));
            }
            case "ReviewCycle" -> {
                long id = Long.parseLong(entityId);
                BooleanQuery delete = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term("type", "priority")), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term("cycle", String.valueOf(id))), BooleanClause.Occur.FILTER).build();
                yield Optional.of(new Refresh(delete, cycles.findById(id)
                    .map(c -> priorities.findByCycle(id).stream().map(p -> document(c, p)).toList()).orElse(List.of())));
            }
            default -> Optional.empty();
        };
    }

    private SearchDocument document(ReviewCycle cycle, Priority priority) {
        List<String> countries = priority.countryCode() != null ? List.of(priority.countryCode())
            : priority.ownerCountryCode() != null ? List.of(priority.ownerCountryCode())
            : facts.membersOf(priority.groupingCode());
        Map<String, String> titles = SearchFacts.inLanguage(priority.language(), priority.title());
        Map<String, String> bodies = SearchFacts.inLanguage(priority.language(), SearchFacts.join(priority.subTheme(),
            priority.rationale(), priority.expectedOutcomes(), priority.planTitle()));
        List<String> themes = List.of(priority.thematicAreaCode());
        return new SearchDocument("priority", priority.id(), "/cycles/" + cycle.id(), titles, bodies, countries,
            facts.subRegions(countries), themes, facts.themeTree(themes), audience(cycle, priority),
            String.valueOf(cycle.id()));
    }

    /** Asks the priority feature's own rules who sees it: a visitor, any focal point, its owner's focal points. */
    private static Set<String> audience(ReviewCycle cycle, Priority priority) {
        Set<String> audience = new LinkedHashSet<>();
        if (Visibility.canSee(Optional.empty(), cycle, priority)) {
            audience.add(SearchAudience.PUBLIC);
        }
        if (Visibility.canSee(Optional.of(SearchFacts.focalPoint(null)), cycle, priority)) {
            audience.add(SearchAudience.role(org.regionaltc.system.Role.FOCAL_POINT));
        }
        String owner = priority.ownerCountryCode();
        if (owner != null && Visibility.canSee(Optional.of(SearchFacts.focalPoint(owner)), cycle, priority)) {
            audience.add(SearchAudience.country(owner));
        }
        return audience;
    }
}
