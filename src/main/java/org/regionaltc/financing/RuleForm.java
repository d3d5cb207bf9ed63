package org.regionaltc.financing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The rule form of the pages: lists are typed as codes separated by commas or spaces. */
record RuleForm(@Nullable String bodyCode, @Nullable String name,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate periodStart,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate periodEnd,
        @Nullable String themes, @Nullable String sectors, @Nullable String countries, @Nullable String scopes,
        @Nullable BigDecimal minGrantUsd, @Nullable BigDecimal maxGrantUsd, @Nullable BigDecimal cofinancingRatio,
        @Nullable String otherConditions, @Nullable Integer version) {

    static RuleForm forBody(@Nullable String bodyCode) {
        return new RuleForm(bodyCode, null, LocalDate.now(), null, null, null, null, null, null, null, null, null, null);
    }

    /** The form filled in with a rule, to change it. */
    static RuleForm of(EligibilityRule rule) {
        return new RuleForm(rule.bodyCode(), rule.name(), rule.periodStart(), rule.periodEnd(),
            String.join(", ", rule.themes()), String.join(", ", rule.sectors()), String.join(", ", rule.countries()),
            String.join(", ", rule.scopes()), rule.minGrantUsd(), rule.maxGrantUsd(), rule.cofinancingRatio(),
            rule.otherConditions(), rule.version());
    }

    RuleForm withVersion(int current) {
        return new RuleForm(bodyCode, name, periodStart, periodEnd, themes, sectors, countries, scopes, minGrantUsd,
            maxGrantUsd, cofinancingRatio, otherConditions, current);
    }

    RuleDraft draft() {
        return new RuleDraft(bodyCode, name, periodStart, periodEnd, codes(themes), codes(sectors), codes(countries),
            codes(scopes), minGrantUsd, maxGrantUsd, cofinancingRatio, otherConditions, version);
    }

    private static List<String> codes(@Nullable String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }
}
