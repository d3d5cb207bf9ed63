package org.regionaltc.project;

/** A project's link to a priority, as other features read it: which project, which priority, how strongly. */
public record PriorityLinked(long projectId, String identifier, String titleEn, long priorityId,
        TcProject.Strength strength) {
}
