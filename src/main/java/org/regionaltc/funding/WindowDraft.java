package org.regionaltc.funding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.IsoCurrency;
import org.regionaltc.system.MoneyAmount;
import org.springframework.format.annotation.DateTimeFormat;

/** A funding window as entered; version (the one read) only when changing an existing window. */
@MoneyAmount
public record WindowDraft(@NotBlank(message = "{error.required}") @Nullable String bodyCode,
        @NotBlank(message = "{error.required}") @Size(max = 200, message = "{error.tooLong}") @Nullable String name,
        @NotNull(message = "{error.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate periodStart,
        @NotNull(message = "{error.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate periodEnd,
        @NotBlank(message = "{error.required}") @IsoCurrency @Nullable String currency,
        @NotNull(message = "{error.required}") @Nullable BigDecimal amount,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate deadline,
        @Size(max = 4000, message = "{error.tooLong}") @Nullable String earmarks, @Nullable Integer version) {
}
