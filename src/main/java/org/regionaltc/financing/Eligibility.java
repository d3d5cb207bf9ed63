package org.regionaltc.financing;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.regionaltc.system.Pure;

/**
 * Checks a project against a financing body's rules in force: eligible when one rule passes entirely,
 * otherwise every failed condition of every rule, each naming the rule, the condition and the values.
 */
@Pure
public final class Eligibility {

    public enum Status { ELIGIBLE, NOT_ELIGIBLE, NO_RULES }

    /** What the rules are checked against; the grant is what the project would ask this body for, in USD. */
    public record Candidate(String scope, Set<String> countries, Set<String> sectors, Set<String> themes,
            BigDecimal grantUsd, BigDecimal cofinancingUsd) {
    }

    /** The conditions a rule may set; each failure names its values so pages can word it in the reader's language. */
    public enum Condition { THEME, SECTOR, COUNTRY, NO_COUNTRY, SCOPE, MIN_GRANT, MAX_GRANT, COFINANCING }

    /** One failed condition of a rule, with up to four values (lists, amounts in USD, ratios). */
    public record Failure(String rule, Condition condition, String a, String b, String c, String d) {

        public String text() {
            return rule + ": " + switch (condition) {
                case THEME -> "thematic area: the project's areas (" + a + ") are not among " + b;
                case SECTOR -> "DAC sector: the project's sectors (" + a + ") are not among " + b;
                case COUNTRY -> "country: " + a + " " + b + " not eligible";
                case NO_COUNTRY -> "country: the project names no country";
                case SCOPE -> "scope: " + a + " is not among " + b;
                case MIN_GRANT -> "minimum grant: USD " + a + " is below the minimum of USD " + b;
                case MAX_GRANT -> "maximum grant: USD " + a + " is above the maximum of USD " + b;
                case COFINANCING -> "co-financing ratio: " + a + ":1 is below the required " + b
                    + ":1 (co-financing USD " + c + " for a grant of USD " + d + ")";
            };
        }
    }

    /** A body's verdict; reasons are the failures in English, as the API returns them. */
    public record Verdict(String bodyCode, Status status, List<Failure> failures) {

        public boolean eligible() {
            return status == Status.ELIGIBLE;
        }

        @JsonProperty
        public List<String> reasons() {
            return status == Status.NO_RULES ? List.of("no eligibility rules recorded for this period")
                : failures.stream().map(Failure::text).toList();
        }
    }

    private Eligibility() {
    }

    public static Verdict evaluate(String bodyCode, List<EligibilityRule> rulesInForce, Candidate candidate) {
        if (rulesInForce.isEmpty()) {
            return new Verdict(bodyCode, Status.NO_RULES, List.of());
        }
        List<Failure> all = new ArrayList<>();
        for (EligibilityRule rule : rulesInForce) {
            List<Failure> failed = failures(rule, candidate);
            if (failed.isEmpty()) {
                return new Verdict(bodyCode, Status.ELIGIBLE, List.of());
            }
            all.addAll(failed);
        }
        return new Verdict(bodyCode, Status.NOT_ELIGIBLE, List.copyOf(all));
    }

    static List<Failure> failures(EligibilityRule rule, Candidate c) {
        List<Failure> failed = new ArrayList<>();
        String name = rule.name();
        if (!rule.themes().isEmpty() && c.themes().stream().noneMatch(rule.themes()::contains)) {
            failed.add(new Failure(name, Condition.THEME, list(c.themes()), list(rule.themes()), "", ""));
        }
        if (!rule.sectors().isEmpty()
                && c.sectors().stream().noneMatch(s -> rule.sectors().stream().anyMatch(s::startsWith))) {
            failed.add(new Failure(name, Condition.SECTOR, list(c.sectors()), list(rule.sectors()), "", ""));
        }
        if (!rule.countries().isEmpty()) {
            Set<String> outside = new TreeSet<>(c.countries());
            outside.removeAll(rule.countries());
            if (c.countries().isEmpty()) {
                failed.add(new Failure(name, Condition.NO_COUNTRY, "", "", "", ""));
            } else if (!outside.isEmpty()) {
                failed.add(new Failure(name, Condition.COUNTRY, list(outside), outside.size() == 1 ? "is" : "are", "", ""));
            }
        }
        if (!rule.scopes().isEmpty() && !rule.scopes().contains(c.scope())) {
            failed.add(new Failure(name, Condition.SCOPE, c.scope(), list(rule.scopes()), "", ""));
        }
        if (rule.minGrantUsd() != null && c.grantUsd().compareTo(rule.minGrantUsd()) < 0) {
            failed.add(new Failure(name, Condition.MIN_GRANT, money(c.grantUsd()), money(rule.minGrantUsd()), "", ""));
        }
        if (rule.maxGrantUsd() != null && c.grantUsd().compareTo(rule.maxGrantUsd()) > 0) {
            failed.add(new Failure(name, Condition.MAX_GRANT, money(c.grantUsd()), money(rule.maxGrantUsd()), "", ""));
        }
        BigDecimal ratio = rule.cofinancingRatio();
        if (ratio != null && c.cofinancingUsd().compareTo(ratio.multiply(c.grantUsd())) < 0) {
            failed.add(new Failure(name, Condition.COFINANCING, ratio(c.cofinancingUsd(), c.grantUsd()).toPlainString(),
                ratio.setScale(2, RoundingMode.HALF_UP).toPlainString(), money(c.cofinancingUsd()), money(c.grantUsd())));
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
