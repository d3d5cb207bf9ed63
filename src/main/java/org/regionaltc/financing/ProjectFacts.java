package org.regionaltc.financing;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.regionaltc.project.ProjectCatalog;
import org.springframework.stereotype.Component;

/** The facts about TC projects that resource mobilization needs, as the project catalog publishes them. */
@Component
public class ProjectFacts {

    /** A project as resource mobilization sees it; themes include the ancestors of each area it names. */
    public record Project(long id, String identifier, String title, String scope, String status, String currency,
            BigDecimal approvedBudget, Set<String> countries, Set<String> sectors, Set<String> themes,
            boolean sample) {
    }

    private final ProjectCatalog catalog;

    ProjectFacts(ProjectCatalog catalog) {
        this.catalog = catalog;
    }

    public Project get(long id) {
        return of(catalog.get(id));
    }

    public Optional<Project> findById(long id) {
        return catalog.findById(id).map(ProjectFacts::of);
    }

    /** The projects of these ids; unknown ids are left out. */
    public List<Project> findByIds(Collection<Long> ids) {
        return catalog.findByIds(ids).stream().map(ProjectFacts::of).toList();
    }

    public boolean exists(long id) {
        return catalog.exists(id);
    }

    /** The ids of the projects with a recipient among these countries. */
    public Set<Long> idsInCountries(Collection<String> countries) {
        return catalog.idsInCountries(countries);
    }

    /** The identifiers of these projects, by id. */
    public Map<Long, String> identifiers(Collection<Long> ids) {
        return catalog.identifiers(ids);
    }

    /** A project's id by its identifier. */
    public Optional<Long> findIdByIdentifier(String identifier) {
        return catalog.findIdByIdentifier(identifier);
    }

    public List<Project> findAll() {
        return catalog.findAll().stream().map(ProjectFacts::of).toList();
    }

    public List<Project> findSamples() {
        return catalog.findSamples().stream().map(ProjectFacts::of).toList();
    }

    private static Project of(ProjectCatalog.Project p) {
        return new Project(p.id(), p.identifier(), p.titles().titleEn(), p.scope().name(), p.status().name(),
            p.currency(), p.totalBudget(), Set.copyOf(new TreeSet<>(p.countryCodes())), p.sectors(),
            p.themesWithAncestors(), p.sample());
    }
}
