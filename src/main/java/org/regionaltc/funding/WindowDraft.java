package org.regionaltc.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A funding window as entered; version (the one read) only when changing an existing window. */
public record WindowDraft(@Nullable String bodyCode, @Nullable String name,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate periodStart,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate periodEnd, @Nullable String currency,
        @Nullable BigDecimal amount, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate deadline,
        @Nullable String earmarks, @Nullable Integer version) {
}
