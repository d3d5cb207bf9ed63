package org.regionaltc.results;

import org.regionaltc.project.ProjectPageParts;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** A project's outcomes and indicators on its page. */
@Component
class OutcomesOnProjectPages implements ProjectPageParts {

    private final Outcomes outcomes;

    OutcomesOnProjectPages(Outcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public void addToPage(long projectId, Model model) {
        model.addAttribute("outcomes", outcomes.ofProject(projectId));
    }
}
