package org.regionaltc.alignment;

import java.math.BigDecimal;
import java.util.List;
import org.regionaltc.alignment.AlignmentFormula.Part;
import org.regionaltc.alignment.AlignmentScore.Phrase;
import org.regionaltc.alignment.AlignmentFormula.Result;
import org.regionaltc.alignment.AlignmentFormula.Themes;
import org.regionaltc.cycle.CurrentCycle.Priority;
import org.regionaltc.system.Pure;

/**
 * Tells what a score is made of, from the formula's result: each case is a message code with its arguments, worded
 * in the reader's language by {@link AlignmentWords}.
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

    private static List<Phrase> priorities(List<Part> countries) {
        if (countries.isEmpty()) {
            return List.of(Phrase.of("align.noCountry"));
        }
        return countries.stream()
            .map(c -> c.value() == 0 ? Phrase.of("align.country.none", c.country(), pct(c.share()))
                : c.best() == null ? Phrase.of("align.country.value", c.country(), pct(c.share()), c.value())
                : Phrase.of("align.country.best", c.country(), pct(c.share()), c.value(), label(c.best())))
            .toList();
    }

    private static List<Phrase> themes(Themes themes) {
        return List.of(themes.links() > 0 ? Phrase.of("align.themes.matching", themes.matching(), themes.links())
            : themes.themes() > 0 ? Phrase.of("align.themes.areaOnly")
            : Phrase.of("align.themes.none"));
    }

    private static List<Phrase> endorsement(List<Part> countries) {
        return countries.stream()
            .map(c -> Phrase.of(c.endorsed() ? "align.endorsed" : "align.notYetEndorsed", c.country()))
            .toList();
    }

    /** How the explanation names a priority: "PE priority #1 “title”". */
    static Phrase label(Priority p) {
        return "NATIONAL".equals(p.level()) ? Phrase.of("align.priority.of", p.countryCode(), p.rank(), p.title())
            : "SUB_REGIONAL".equals(p.level()) ? Phrase.of("align.priority.of", p.groupingCode(), p.rank(), p.title())
            : Phrase.of("align.priority.regional", p.rank(), p.title());
    }

    private static AlignmentScore.Component component(String name, double value, double weight, List<Phrase> because) {
        return new AlignmentScore.Component(name, value, weight, 100 * weight * value, because);
    }

    private static BigDecimal pct(double share) {
        return BigDecimal.valueOf(share).stripTrailingZeros();
    }
}
