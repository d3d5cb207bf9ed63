package org.regionaltc.project;

import java.util.EnumSet;
import java.util.Set;

/** UNIDO's project cycle; which status may follow which is fixed here, and ON_HOLD returns where it came from. */
public enum ProjectStatus {
    IDENTIFICATION, FORMULATION, APPRAISAL, APPROVED, IMPLEMENTATION, OPERATIONALLY_COMPLETED, FINANCIALLY_CLOSED,
    ON_HOLD, CANCELLED;

    Set<ProjectStatus> next() {
        return switch (this) {
            case IDENTIFICATION -> EnumSet.of(FORMULATION, ON_HOLD, CANCELLED);
            case FORMULATION -> EnumSet.of(IDENTIFICATION, APPRAISAL, ON_HOLD, CANCELLED);
            case APPRAISAL -> EnumSet.of(FORMULATION, APPROVED, ON_HOLD, CANCELLED);
            case APPROVED -> EnumSet.of(IMPLEMENTATION, ON_HOLD, CANCELLED);
            case IMPLEMENTATION -> EnumSet.of(OPERATIONALLY_COMPLETED, ON_HOLD, CANCELLED);
            case OPERATIONALLY_COMPLETED -> EnumSet.of(FINANCIALLY_CLOSED);
            case ON_HOLD -> EnumSet.of(CANCELLED);
            case FINANCIALLY_CLOSED, CANCELLED -> EnumSet.noneOf(ProjectStatus.class);
        };
    }

    /** The IATI ActivityStatus code (1 pipeline … 6 suspended), as the IATI export writes it and the import reads it. */
    public String iatiCode() {
        return switch (this) {
            case IDENTIFICATION, FORMULATION, APPRAISAL -> "1";
            case APPROVED, IMPLEMENTATION -> "2";
            case OPERATIONALLY_COMPLETED -> "3";
            case FINANCIALLY_CLOSED -> "4";
            case CANCELLED -> "5";
            case ON_HOLD -> "6";
        };
    }

    /** The step forward on UNIDO's cycle, offered first when moving a project; never a step back. */
    @org.jspecify.annotations.Nullable ProjectStatus forward() {
        return next().stream().filter(s -> s.ordinal() > ordinal() && s != ON_HOLD && s != CANCELLED).findFirst()
            .orElse(null);
    }

    /** Reaching this status publishes a project: anyone may read its public fields from then on. */
    boolean publishes() {
        return this == APPROVED || this == IMPLEMENTATION || this == OPERATIONALLY_COMPLETED || this == FINANCIALLY_CLOSED;
    }
}
