package org.regionaltc.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** A financing body's envelope for a period; committed sums the commitments recorded against it. */
public record FundingWindow(long id, String bodyCode, String name, LocalDate periodStart, LocalDate periodEnd,
        String currency, BigDecimal amount, @Nullable LocalDate deadline, @Nullable String earmarks,
        BigDecimal committed, boolean sample, int version) {

    @JsonProperty
    public BigDecimal remaining() {
        return amount.subtract(committed);
    }
}
