package org.regionaltc.financing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.MoneyAmount;

/**
 * An eligibility rule as the secretariat enters it; checked by {@link EligibilityRules#create} and
 * {@link EligibilityRules#update}, which needs the version that was read.
 */
@MoneyAmount(amount = "minGrantUsd", in = "USD")
@MoneyAmount(amount = "maxGrantUsd", in = "USD")
public record RuleDraft(@NotBlank(message = "{error.required}") @Nullable String bodyCode,
        @NotBlank(message = "{error.required}") @Size(max = 200, message = "{error.tooLong}") @Nullable String name,
        @NotNull(message = "{error.required}") @Nullable LocalDate periodStart,
        @Nullable LocalDate periodEnd, @Nullable List<String> themes, @Nullable List<String> sectors,
        @Nullable List<String> countries, @Nullable List<String> scopes, @Nullable BigDecimal minGrantUsd,
        @Nullable BigDecimal maxGrantUsd,
        @PositiveOrZero(message = "{error.notNegative}") @Nullable BigDecimal cofinancingRatio,
        @Size(max = 4000, message = "{error.tooLong}") @Nullable String otherConditions,
        @Nullable Integer version) {

    /** A new rule. */
    public RuleDraft(@Nullable String bodyCode, @Nullable String name, @Nullable LocalDate periodStart,
            @Nullable LocalDate periodEnd, @Nullable List<String> themes, @Nullable List<String> sectors,
            @Nullable List<String> countries, @Nullable List<String> scopes, @Nullable BigDecimal minGrantUsd,
            @Nullable BigDecimal maxGrantUsd, @Nullable BigDecimal cofinancingRatio, @Nullable String otherConditions) {
        this(bodyCode, name, periodStart, periodEnd, themes, sectors, countries, scopes, minGrantUsd, maxGrantUsd,
            cofinancingRatio, otherConditions, null);
    }
}
