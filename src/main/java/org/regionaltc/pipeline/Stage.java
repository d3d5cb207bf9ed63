package org.regionaltc.pipeline;

import java.util.EnumSet;
import java.util.Set;

/** Where a proposal stands in its negotiation with a financing body. */
public enum Stage {
    IDENTIFIED, CONCEPT_SUBMITTED, UNDER_NEGOTIATION, APPROVED_PLEDGED, AGREEMENT_SIGNED, REJECTED, WITHDRAWN;

    /** One step forward, or out: rejected by the body or withdrawn by the programme; an approved proposal is no longer rejected. */
    public Set<Stage> next() {
        return switch (this) {
            case IDENTIFIED -> EnumSet.of(CONCEPT_SUBMITTED, REJECTED, WITHDRAWN);
            case CONCEPT_SUBMITTED -> EnumSet.of(UNDER_NEGOTIATION, REJECTED, WITHDRAWN);
            case UNDER_NEGOTIATION -> EnumSet.of(APPROVED_PLEDGED, REJECTED, WITHDRAWN);
            case APPROVED_PLEDGED -> EnumSet.of(AGREEMENT_SIGNED, WITHDRAWN);
            case AGREEMENT_SIGNED, REJECTED, WITHDRAWN -> EnumSet.noneOf(Stage.class);
        };
    }

    public boolean canMoveTo(Stage target) {
        return next().contains(target);
    }

    public boolean isOpen() {
        return !next().isEmpty();
    }
}
