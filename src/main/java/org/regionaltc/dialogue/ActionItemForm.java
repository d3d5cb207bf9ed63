package org.regionaltc.dialogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A new action item, or a change to one (status, due date, owner). */
record ActionItemForm(
        @NotBlank @Size(max = 2000) @Nullable String description,
        @NotBlank @Size(max = 200) @Nullable String owner,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueDate,
        ActionItem.@Nullable Status status,
        @Nullable Long decisionId,
        @Nullable Integer version) {
}
