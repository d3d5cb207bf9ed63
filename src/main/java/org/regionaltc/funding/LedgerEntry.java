package org.regionaltc.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One dated movement of money from a financing body, in its currency and in USD at the rate of its date; proposalId
 * names the pipeline proposal whose move recorded it.
 */
public record LedgerEntry(long id, EntryType type, String bodyCode, @Nullable Long projectId,
        @Nullable String projectIdentifier, @Nullable Long windowId, LocalDate date, String currency,
        BigDecimal amount, BigDecimal usdRate, BigDecimal amountUsd, @Nullable String reference,
        @Nullable String notes, boolean sample, @Nullable Long proposalId) {
}
