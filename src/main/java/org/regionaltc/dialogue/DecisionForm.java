package org.regionaltc.dialogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

record DecisionForm(@NotBlank @Size(max = 4000) @Nullable String text) {
}
