package org.regionaltc.project;

import java.util.Optional;
import org.regionaltc.system.NotFound;
import org.regionaltc.system.ProjectVisibility;
import org.regionaltc.system.SignedInUser;

/** Who sees a project ({@link ProjectVisibility}); internal notes are for the secretariat only. */
final class ProjectAccess {

    private ProjectAccess() {
    }

    static TcProject visible(TcProject project) {
        Optional<SignedInUser> user = SignedInUser.current();
        if (!ProjectVisibility.of(user).sees(project.published(), project.countryCodes())) {
            throw new NotFound("Project", project.id());
        }
        return user.filter(SignedInUser::isSecretariat).isPresent() ? project : withoutInternalNotes(project);
    }

    private static TcProject withoutInternalNotes(TcProject p) {
        return new TcProject(p.id(), p.identifier(), p.texts(), p.scope(), p.status(), p.statusBeforeHold(),
            p.plannedStart(), p.plannedEnd(), p.actualStart(), p.actualEnd(), p.currency(), p.totalBudget(),
            p.budgetByYear(), p.countries(), p.sectors(), p.themes(), p.unidoUnit(), p.counterparts(), p.partners(),
            p.documents(), p.endorsements(), p.unidoApproval(), p.priorities(), null, p.published(), p.isSample(),
            p.version());
    }
}
