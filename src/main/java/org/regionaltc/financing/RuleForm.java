package org.regionaltc.financing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The rule form of the pages: themes, countries and scopes are ticked, sectors chosen row by row; a client may still
 * send any list as codes separated by commas or spaces.
 */
record RuleForm(@Nullable String bodyCode, @Nullable String name,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate periodStart,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate periodEnd,
        @Nullable List<String> themes, @Nullable List<String> sectors, @Nullable List<String> countries,
        @Nullable List<String> scopes,
        @Nullable BigDecimal minGrantUsd, @Nullable BigDecimal maxGrantUsd, @Nullable BigDecimal cofinancingRatio,
        @Nullable String otherConditions, @Nullable Integer version) {

    static RuleForm forBody(@Nullable String bodyCode) {
        return new RuleForm(bodyCode, null, LocalDate.now(), null, null, null, null, null, null, null, null, null, null);
    }

    /** The form filled in with a rule, to change it. */
    static RuleForm of(EligibilityRule rule) {
        return new RuleForm(rule.bodyCode(), rule.name(), rule.periodStart(), rule.periodEnd(),
            List.copyOf(rule.themes()), List.copyOf(rule.sectors()), List.copyOf(rule.countries()),
            List.copyOf(rule.scopes()), rule.minGrantUsd(), rule.maxGrantUsd(), rule.cofinancingRatio(),
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

    /** The sectors chosen, then blank rows to choose more without JavaScript. */
    public List<String> sectorRows() {
        List<String> rows = new java.util.ArrayList<>(codes(sectors));
        for (int blank = rows.size() < 2 ? 3 - rows.size() : 2; blank > 0; blank--) {
            rows.add("");
        }
        return rows;
    }

    private static List<String> codes(@Nullable List<String> items) {
        return items == null ? List.of() : items.stream().flatMap(text -> Arrays.stream(text.split("[,;\\s]+")))
            .filter(s -> !s.isBlank()).distinct().toList();
    }
}
