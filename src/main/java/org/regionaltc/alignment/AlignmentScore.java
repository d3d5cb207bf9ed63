package org.regionaltc.alignment;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A project's alignment, 0–100, with each component, its weight and what it is made of, so that a reader
 * can see why the score is what it is.
 */
public record AlignmentScore(long projectId, double score, List<Component> components, List<CountryPart> countries) {

    /** One term of the score: {@code points = 100 × weight × value}. */
    public record Component(String name, double value, double weight, double points, String explanation) {
    }

    /** How one recipient country contributes: its share, the best linked priority that serves it, endorsement. */
    public record CountryPart(String countryCode, double share, double value, @Nullable String bestPriority,
            boolean endorsed) {
    }

    public long rounded() {
        return Math.round(score);
    }
}
