package org.regionaltc.financing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a project against a financing body's rules in force: eligible when one rule passes entirely,
 * otherwise every failed condition of every rule, each naming the rule, the condition and the values.
 */
public final class Eligibility {

    public enum Status { ELIGIBLE, NOT_ELIGIBLE, NO_RULES }

    /** What the rules are checked against; the grant is what the project would ask this body for, in USD. */
    public record Candidate(String scope, Set<String> countries, Set<String> sectors, Set<String> themes,
            BigDecimal grantUsd, BigDecimal cofinancingUsd) {
    }

    public record Verdict(String bodyCode, Status status, List<String> reasons) {

        public boolean eligible() {
            return status == Status.ELIGIBLE;
        }
    }

    private Eligibility() {
    }

    public static Verdict evaluate(String bodyCode, List<EligibilityRule> rulesInForce, Candidate candidate) {
        if (rulesInForce.isEmpty()) {
            return new Verdict(bodyCode, Status.NO_RULES, List.of("no eligibility rules recorded for this period"));
        }
        List<String> reasons = new ArrayList<>();
        for (EligibilityRule rule : rulesInForce) {
            List<String> failed = failures(rule, candidate);
            if (failed.isEmpty()) {
                return new Verdict(bodyCode, Status.ELIGIBLE, List.of());
            }
            failed.forEach(f -> reasons.add(rule.name() + ": " + f));
        }
        return new Verdict(bodyCode, Status.NOT_ELIGIBLE, List.copyOf(reasons));
    }

    static List<String> failures(EligibilityRule rule, Candidate c) {
        List<String> failed = new ArrayList<>();
        if (!rule.themes().isEmpty() && c.themes().stream().noneMatch(rule.themes()::contains)) {
            failed.add("thematic area: the project's areas (" + list(c.themes()) + ") are not among "
                + list(rule.themes()));
        }
        if (!rule.sectors().isEmpty()
                && c.sectors().stream().noneMatch(s -> rule.sectors().stream().anyMatch(s::startsWith))) {
            failed.add("DAC sector: the project's sectors (" + list(c.sectors()) + ") are not among "
                + list(rule.sectors()));
        }
        if (!rule.countries().isEmpty()) {
            Set<String> outside = new TreeSet<>(c.countries());
            outside.removeAll(rule.countries());
            if (!outside.isEmpty() || c.countries().isEmpty()) {
                failed.add("country: " + (c.countries().isEmpty() ? "the project names no country"
                    : list(outside) + (outside.size() == 1 ? " is" : " are") + " not eligible"));
            }
        }
        if (!rule.scopes().isEmpty() && !rule.scopes().contains(c.scope())) {
            failed.add("scope: " + c.scope() + " is not among " + list(rule.scopes()));
        }
        if (rule.minGrantUsd() != null && c.grantUsd().compareTo(rule.minGrantUsd()) < 0) {
            failed.add("minimum grant: USD " + money(c.grantUsd()) + " is below the minimum of USD "
                + money(rule.minGrantUsd()));
        }
        if (rule.maxGrantUsd() != null && c.grantUsd().compareTo(rule.maxGrantUsd()) > 0) {
            failed.add("maximum grant: USD " + money(c.grantUsd()) + " is above the maximum of USD "
                + money(rule.maxGrantUsd()));
        }
        BigDecimal ratio = rule.cofinancingRatio();
        if (ratio != null && c.cofinancingUsd().compareTo(ratio.multiply(c.grantUsd())) < 0) {
            failed.add("co-financing ratio: " + ratio(c.cofinancingUsd(), c.grantUsd()) + ":1 is below the required "
                + ratio.setScale(2, RoundingMode.HALF_UP).toPlainString() + ":1 (co-financing USD "
                + money(c.cofinancingUsd()) + " for a grant of USD " + money(c.grantUsd()) + ")");
        }
        return failed;
    }

    /** Co-financing per unit of grant, to two decimals; zero when there is no grant. */
    public static BigDecimal ratio(BigDecimal cofinancing, BigDecimal grant) {
        return grant.signum() == 0 ? BigDecimal.ZERO.setScale(2)
            : cofinancing.divide(grant, 2, RoundingMode.HALF_UP);
    }

    public static String money(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f", amount);
    }

    private static String list(Collection<String> codes) {
        return codes.isEmpty() ? "none" : String.join(", ", new TreeSet<>(codes));
    }
}
