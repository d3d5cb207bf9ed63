package org.regionaltc.project;

import org.springframework.ui.Model;

/**
 * What a feature built on projects adds to the project pages: alignment its scores, results the outcomes. Those
 * features implement it, so that project, which they read, does not depend on them.
 */
public interface ProjectPageParts {

    /** Adds to the model of the project list. */
    default void addToList(Model model) {
    }

    /** Adds to the model of one project's page, which the viewer may see. */
    default void addToPage(long projectId, Model model) {
    }
}
