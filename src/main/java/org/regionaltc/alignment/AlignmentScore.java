package org.regionaltc.alignment;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A project's alignment, 0–100, with each component, its weight and what it is made of, so that a reader
 * can see why the score is what it is. The explanations are message codes with their arguments, worded in the
 * reader's language by {@link AlignmentWords}: a score is computed (and cached) once for readers of every language.
 */
public record AlignmentScore(long projectId, double score, List<Component> components, List<CountryPart> countries) {

    /** A message code and its arguments; an argument may itself be a phrase (a priority named in a sentence). */
    public record Phrase(String code, List<Object> arguments) {

        public Phrase {
            arguments = List.copyOf(arguments);
        }

        static Phrase of(String code, Object... arguments) {
            return new Phrase(code, List.of(arguments));
        }
    }

    /** One term of the score: {@code points = 100 × weight × value}; {@code because} says what it is made of. */
    public record Component(String name, double value, double weight, double points, List<Phrase> because) {
    }

    /** How one recipient country contributes: its share, the best linked priority that serves it, endorsement. */
    public record CountryPart(String countryCode, double share, double value, @Nullable Phrase bestPriority,
            boolean endorsed) {
    }

    public long rounded() {
        return Math.round(score);
    }
}
