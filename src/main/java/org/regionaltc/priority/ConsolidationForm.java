package org.regionaltc.priority;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A sub-regional or regional priority the secretariat forms by merging national ones. */
record ConsolidationForm(
        @NotNull @Nullable PriorityLevel level,
        @Size(max = 20) @Nullable String groupingCode,
        @NotBlank @Size(max = 20) @Nullable String thematicAreaCode,
        @NotBlank @Size(max = 300) @Nullable String title,
        @Size(max = 4000) @Nullable String rationale,
        @NotNull @Min(1) @Max(999) @Nullable Integer rank,
        @NotEmpty @Nullable List<Long> nationalIds) {
}
