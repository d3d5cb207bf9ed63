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

/** A ledger entry as entered, imported or sent to the API; checked by {@link LedgerEntries}. */
@MoneyAmount
public record LedgerDraft(@Nullable String type, @NotBlank(message = "{error.required}") @Nullable String bodyCode,
        @Nullable Long projectId, @Nullable Long windowId,
        @NotNull(message = "{error.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
        @NotBlank(message = "{error.required}") @IsoCurrency @Nullable String currency,
        @NotNull(message = "{error.required}") @Nullable BigDecimal amount,
        @Size(max = 200, message = "{error.tooLong}") @Nullable String reference,
        @Size(max = 2000, message = "{error.tooLong}") @Nullable String notes) {
}
