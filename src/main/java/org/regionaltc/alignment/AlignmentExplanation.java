package org.regionaltc.alignment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.regionaltc.alignment.AlignmentFormula.Part;
import org.regionaltc.alignment.AlignmentFormula.Result;
import org.regionaltc.alignment.AlignmentFormula.Themes;
import org.regionaltc.cycle.CurrentCycle.Priority;
import org.regionaltc.system.Pure;

/**
 * Tells in words what a score is made of, from the formula's result. English only for now: each sentence below is
 * one case of the result, ready to become a message code with the same arguments.
 */
@Pure
final class AlignmentExplanation {

    private AlignmentExplanation() {
    }

    static AlignmentScore of(Result result) {
        AlignmentFormula.Weights weights = result.weights();
        List<AlignmentScore.Component> components = List.of(
            component("priorities", result.priorities(), weights.priorities(), priorities(result.countries())),
            component("themes", result.themes(), weights.themes(), themes(result.themeCounts())),
            component("endorsement", result.endorsement(), weights.endorsement(), endorsement(result.countries())));
        return new AlignmentScore(result.projectId(), result.score(), components, result.countries().stream()
            .map(c -> new AlignmentScore.CountryPart(c.country(), c.share(), c.value(),
                c.best() == null ? null : label(c.best()), c.endorsed()))
            .toList());
    }

    /** A project that is not scored: cancelled, unknown, or with no recipient country. */
    static AlignmentScore unscored(long projectId) {
        return new AlignmentScore(projectId, 0, List.of(), List.of());
    }

    private static String priorities(List<Part> countries) {
        return countries.stream()
            .map(c -> "%s %s%%: %s".formatted(c.country(), pct(c.share()), c.value() == 0 ? "no linked priority"
                : format(c.value()) + (c.best() == null ? "" : " (" + label(c.best()) + ")")))
            .reduce((a, b) -> a + "; " + b).orElse("no recipient country");
    }

    private static String themes(Themes themes) {
        return themes.links() > 0
            ? themes.matching() + " of " + themes.links() + " linked priorities are in the project's thematic areas"
            : themes.themes() > 0 ? "no linked priority; the project has a UNIDO thematic area"
            : "no linked priority and no thematic area";
    }

    private static String endorsement(List<Part> countries) {
        return countries.stream()
            .map(c -> c.country() + (c.endorsed() ? " endorsed" : " not yet"))
            .reduce((a, b) -> a + ", " + b).orElse("");
    }

    /** How the explanation names a priority: "PE priority #1 “title”". */
    static String label(Priority p) {
        String where = "NATIONAL".equals(p.level()) ? p.countryCode()
            : "SUB_REGIONAL".equals(p.level()) ? p.groupingCode() : "regional";
        return where + " priority #" + p.rank() + " “" + p.title() + "”";
    }

    private static AlignmentScore.Component component(String name, double value, double weight, String explanation) {
        return new AlignmentScore.Component(name, value, weight, 100 * weight * value, explanation);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String pct(double share) {
        return BigDecimal.valueOf(share).stripTrailingZeros().toPlainString();
    }
}
