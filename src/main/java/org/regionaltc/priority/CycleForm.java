package org.regionaltc.priority;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A new review cycle; naming a previous cycle carries its submitted national priorities forward as drafts. */
record CycleForm(
        @NotBlank @Size(max = 200) @Nullable String title,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate periodStart,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate periodEnd,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate submissionDeadline,
        @Size(max = 20) @Nullable String frameworkPeriodCode,
        @Nullable Long previousCycleId) {

    public static CycleForm empty() {
        return new CycleForm(null, null, null, null, null, null);
    }
}
