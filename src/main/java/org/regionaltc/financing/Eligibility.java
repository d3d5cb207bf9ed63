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
import org.jspecify.annotations.Nullable;
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

    /**
     * One failed condition of a rule, with its values as values, for pages to word in the reader's language: the
     * project's codes and the codes the rule allows (themes, sectors, countries, scopes), or the amount or ratio found
     * and the rule's limit (grants in USD, co-financing ratios). The co-financing ratio names no amount: a donor
     * reading why a project fails its ratio learns the verdict, not the project's co-financing.
     */
    public record Failure(String rule, Condition condition, List<String> found, List<String> allowed,
            @Nullable BigDecimal value, @Nullable BigDecimal limit) {

        public Failure {
            found = List.copyOf(found);
            allowed = List.copyOf(allowed);
        }

        static Failure ofCodes(String rule, Condition condition, Collection<String> found, Collection<String> allowed) {
            return new Failure(rule, condition, List.copyOf(new TreeSet<>(found)), List.copyOf(new TreeSet<>(allowed)),
                null, null);
        }

        static Failure ofFigures(String rule, Condition condition, BigDecimal value, BigDecimal limit) {
            return new Failure(rule, condition, List.of(), List.of(), value, limit);
        }

        /** In English, for the API. */
        public String text() {
            return rule + ": " + switch (condition) {
                case THEME -> "thematic area: the project's areas (" + list(found) + ") are not among " + list(allowed);
                case SECTOR -> "DAC sector: the project's sectors (" + list(found) + ") are not among " + list(allowed);
                case COUNTRY -> "country: " + list(found) + " " + (found.size() == 1 ? "is" : "are") + " not eligible";
                case NO_COUNTRY -> "country: the project names no country";
                case SCOPE -> "scope: " + list(found) + " is not among " + list(allowed);
                case MIN_GRANT -> "minimum grant: USD " + money(value) + " is below the minimum of USD " + money(limit);
                case MAX_GRANT -> "maximum grant: USD " + money(value) + " is above the maximum of USD " + money(limit);
                case COFINANCING -> "co-financing ratio: " + plain(value) + ":1 is below the required " + plain(limit)
                    + ":1";
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
            failed.add(Failure.ofCodes(name, Condition.THEME, c.themes(), rule.themes()));
        }
        if (!rule.sectors().isEmpty()
                && c.sectors().stream().noneMatch(s -> rule.sectors().stream().anyMatch(s::startsWith))) {
            failed.add(Failure.ofCodes(name, Condition.SECTOR, c.sectors(), rule.sectors()));
        }
        if (!rule.countries().isEmpty()) {
            Set<String> outside = new TreeSet<>(c.countries());
            outside.removeAll(rule.countries());
            if (c.countries().isEmpty()) {
                failed.add(Failure.ofCodes(name, Condition.NO_COUNTRY, Set.of(), Set.of()));
            } else if (!outside.isEmpty()) {
                failed.add(Failure.ofCodes(name, Condition.COUNTRY, outside, rule.countries()));
            }
        }
        if (!rule.scopes().isEmpty() && !rule.scopes().contains(c.scope())) {
            failed.add(Failure.ofCodes(name, Condition.SCOPE, Set.of(c.scope()), rule.scopes()));
        }
        if (rule.minGrantUsd() != null && c.grantUsd().compareTo(rule.minGrantUsd()) < 0) {
            failed.add(Failure.ofFigures(name, Condition.MIN_GRANT, c.grantUsd(), rule.minGrantUsd()));
        }
        if (rule.maxGrantUsd() != null && c.grantUsd().compareTo(rule.maxGrantUsd()) > 0) {
            failed.add(Failure.ofFigures(name, Condition.MAX_GRANT, c.grantUsd(), rule.maxGrantUsd()));
        }
        BigDecimal ratio = rule.cofinancingRatio();
        if (ratio != null && c.cofinancingUsd().compareTo(ratio.multiply(c.grantUsd())) < 0) {
            failed.add(Failure.ofFigures(name, Condition.COFINANCING, ratio(c.cofinancingUsd(), c.grantUsd()),
                ratio.setScale(2, RoundingMode.HALF_UP)));
        }
        return failed;
    }

    /** Co-financing per unit of grant, to two decimals; zero when there is no grant. */
    public static BigDecimal ratio(BigDecimal cofinancing, BigDecimal grant) {
        return grant.signum() == 0 ? BigDecimal.ZERO.setScale(2)
            : cofinancing.divide(grant, 2, RoundingMode.HALF_UP);
    }

    /** An amount in USD as the API words it, 1,234.50. */
    public static String money(@Nullable BigDecimal amount) {
        return amount == null ? "" : String.format(Locale.ROOT, "%,.2f", amount);
    }

    private static String plain(@Nullable BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }

    private static String list(Collection<String> codes) {
        return codes.isEmpty() ? "none" : String.join(", ", new TreeSet<>(codes));
    }
}
