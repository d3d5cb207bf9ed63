package org.regionaltc.priority;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** GRULAC's endorsement as recorded by the secretariat; {@code version} is the cycle's. */
record EndorsementForm(
        @NotBlank @Size(max = 300) @Nullable String meeting,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate endorsedOn,
        @NotBlank @Size(max = 4000) @Nullable String decisionText,
        @Size(max = 2000) @Nullable String documents,
        @NotNull @Nullable Integer version) {
}
