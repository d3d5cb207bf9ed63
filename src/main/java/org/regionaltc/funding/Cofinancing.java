package org.regionaltc.funding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.regionaltc.system.IsoCurrency;
import org.regionaltc.system.MoneyAmount;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A contribution to a project from outside the financing bodies' grants, cash or in kind. */
public record Cofinancing(long id, long projectId, @Nullable String countryCode, SourceType sourceType,
        String sourceName, Kind kind, LocalDate date, String currency, BigDecimal amount, BigDecimal usdRate,
        BigDecimal amountUsd, boolean sample) {

    public enum SourceType { GOVERNMENT, PRIVATE_SECTOR, OTHER_DONOR, BENEFICIARY }

    public enum Kind { CASH, IN_KIND }

    /** A contribution as entered. */
    @MoneyAmount
    public record Draft(@NotNull(message = "{error.required}") @Nullable Long projectId, @Nullable String countryCode,
            @Nullable String sourceType,
            @NotBlank(message = "{error.required}") @Size(max = 200, message = "{error.tooLong}") @Nullable String sourceName,
            @Nullable String kind,
            @NotNull(message = "{error.required}")
            @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
            @Nullable LocalDate date,
            @NotBlank(message = "{error.required}") @IsoCurrency @Nullable String currency,
            @NotNull(message = "{error.required}") @Nullable BigDecimal amount) {
    }
}
