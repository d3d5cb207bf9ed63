package org.regionaltc.alliance;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.regionaltc.project.Projects;
import org.regionaltc.project.TcProject;
import org.regionaltc.reference.Grouping;
import org.regionaltc.reference.Groupings;
import org.springframework.stereotype.Component;

/** What a project needs, read from the project feature, and the roster ranked against it. */
@Component
class ExpertMatches {

    private final Projects projects;
    private final Groupings groupings;
    private final Experts experts;

    ExpertMatches(Projects projects, Groupings groupings, Experts experts) {
        this.projects = projects;
        this.groupings = groupings;
        this.experts = experts;
    }

    List<ExpertMatching.Match> forProject(long projectId) {
        return ExpertMatching.rank(need(projects.get(projectId)), experts.findAll());
    }

    ExpertMatching.Need need(TcProject project) {
        List<String> countries = project.countryCodes();
        Set<String> region = new LinkedHashSet<>();
        for (String country : countries) {
            for (Grouping grouping : groupings.ofCountry(country)) {
                grouping.members().forEach(m -> region.add(m.countryCode()));
            }
        }
        region.removeAll(countries);
        return new ExpertMatching.Need(project.themes(), project.sectors().stream().map(TcProject.Share::code).toList(),
            ExpertMatching.languagesOf(countries), Set.copyOf(countries), region, project.plannedStart(),
            project.plannedEnd());
    }
}
