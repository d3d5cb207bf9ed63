package org.regionaltc.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A ledger entry as entered, imported or sent to the API; checked by {@link LedgerEntries}. */
public record LedgerDraft(@Nullable String type, @Nullable String bodyCode, @Nullable Long projectId,
        @Nullable Long windowId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
        @Nullable String currency, @Nullable BigDecimal amount, @Nullable String reference, @Nullable String notes) {
}
