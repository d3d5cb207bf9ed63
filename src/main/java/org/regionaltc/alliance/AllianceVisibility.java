package org.regionaltc.alliance;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.regionaltc.project.ProjectSummaries;
import org.regionaltc.system.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * What a reader sees of alliances: partners, and agreements once out of draft, are public; the secretariat sees
 * drafts too. A cooperation link follows its project (published, or of a focal point's countries).
 */
@Component
class AllianceVisibility {

    private final ProjectSummaries projects;

    AllianceVisibility(ProjectSummaries projects) {
        this.projects = projects;
    }

    List<Agreement> agreements(List<Agreement> all) {
        if (secretariat()) {
            return all;
        }
        return all.stream().filter(a -> a.status() != Agreement.Status.DRAFT).toList();
    }

    List<CooperationLink> links(List<CooperationLink> all) {
        Set<Long> visible = projects.find(new ProjectSummaries.Filter(null, null, null, null, null),
                SignedInUser.current().orElse(null)).stream()
            .map(ProjectSummaries.ProjectSummary::id).collect(Collectors.toSet());
        return all.stream().filter(l -> visible.contains(l.projectId())).toList();
    }

    static boolean secretariat() {
        return SignedInUser.current().filter(SignedInUser::isSecretariat).isPresent();
    }

}
