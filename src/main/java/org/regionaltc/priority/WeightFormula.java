package org.regionaltc.priority;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.regionaltc.system.Pure;

/** A priority's weight from its rank, how many countries share it, and its level; plain arithmetic, no Spring. */
@Pure
final class WeightFormula {

    /** What the weight of one priority is computed from. */
    public record Inputs(PriorityLevel level, int rank, int sharingCountries, int submittingCountries) {
    }

    /** The factors of tc.priorities.weight.* ({@link WeightSettings}), as plain values. */
    public record Factors(double rank, double share, double national, double subRegional, double regional) {

        double levelBonus(PriorityLevel level) {
            return switch (level) {
                case NATIONAL -> national;
                case SUB_REGIONAL -> subRegional;
                case REGIONAL -> regional;
            };
        }

        double highestScore() {
            return rank + share + Math.max(national, Math.max(subRegional, regional));
        }
    }

    private final Factors settings;

    public WeightFormula(Factors settings) {
        this.settings = settings;
    }

    public BigDecimal weight(Inputs in) {
        double highest = settings.highestScore();
        double value = highest == 0 ? 0 : Math.min(1, score(in) / highest);
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }

    /** The terms of a weight, for a page to write in its reader's language and number format. */
    public record Explanation(BigDecimal weight, double rankPoints, int rank, double sharePoints, int sharingCountries,
            int submittingCountries, double levelBonus, PriorityLevel level, double highestScore) {
    }

    public Explanation explanation(Inputs in) {
        return new Explanation(weight(in), settings.rank(), in.rank(), settings.share(), in.sharingCountries(),
            in.submittingCountries(), settings.levelBonus(in.level()), in.level(), settings.highestScore());
    }

    /** "0.6750 = (0.60 × 1/1 + 0.30 × 3/12 + 0.00 national) ÷ 1.00", for the page. */
    public String explain(Inputs in) {
        return String.format(Locale.ROOT, "%s = (%.2f × 1/%d + %.2f × %d/%d countries + %.2f %s) ÷ %.2f",
            weight(in).toPlainString(), settings.rank(), in.rank(), settings.share(), in.sharingCountries(),
            in.submittingCountries(), settings.levelBonus(in.level()), in.level().name().toLowerCase(Locale.ROOT)
                .replace('_', '-'), settings.highestScore());
    }

    private double score(Inputs in) {
        double share = in.submittingCountries() == 0 ? 0
            : Math.min(1, (double) in.sharingCountries() / in.submittingCountries());
        return settings.rank() / Math.max(1, in.rank()) + settings.share() * share + settings.levelBonus(in.level());
    }
}
