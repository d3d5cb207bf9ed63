package org.regionaltc.alignment;

import org.regionaltc.project.ProjectPageParts;
import org.regionaltc.system.ProjectVisibility;
import org.regionaltc.system.SignedInUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The scores on the project list and a project's explained score on its page. */
@Component
class AlignmentOnProjectPages implements ProjectPageParts {

    private final Alignment alignment;

    AlignmentOnProjectPages(Alignment alignment) {
        this.alignment = alignment;
    }

    @Override
    public void addToList(Model model) {
        model.addAttribute("scores", alignment.ofAllProjects());
        if (SignedInUser.current().isPresent()) {
            model.addAttribute("portfolio", alignment.portfolio(ProjectVisibility.current()));
        }
    }

    @Override
    public void addToPage(long projectId, Model model) {
        model.addAttribute("score", alignment.ofProject(projectId));
    }
}
