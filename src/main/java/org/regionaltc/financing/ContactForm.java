package org.regionaltc.financing;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

record ContactForm(@NotBlank @Size(max = 200) @Nullable String name, @Size(max = 200) @Nullable String position,
        @Email @Size(max = 200) @Nullable String email, @Size(max = 50) @Nullable String phone) {
}
