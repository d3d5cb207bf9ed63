package org.regionaltc.alliance;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.Text;

/** An expert as the secretariat records them; {@code version} guards edits. */
record ExpertForm(@NotBlank @Size(max = 200) @Nullable String name, @Email @Size(max = 200) @Nullable String email,
        @Size(max = 50) @Nullable String phone, @Size(max = 20000) @Nullable String cv, @Nullable List<String> themes,
        @Nullable List<String> sectors, @Nullable List<String> languages, @Nullable List<String> countries,
        @Nullable List<Expert.Period> availability, @Nullable List<Expert.Assignment> assignments,
        @Nullable Integer version) {

    List<String> themeCodes() {
        return codes(themes);
    }

    List<String> sectorCodes() {
        return codes(sectors);
    }

    List<String> languageCodes() {
        return codes(languages);
    }

    List<String> countryCodes() {
        return codes(countries);
    }

    List<Expert.Period> periods() {
        return availability == null ? List.of() : availability.stream().filter(Objects::nonNull).toList();
    }

    List<Expert.Assignment> pastAssignments() {
        return assignments == null ? List.of() : assignments.stream().filter(Objects::nonNull).toList();
    }

    private static List<String> codes(@Nullable List<String> values) {
        return values == null ? List.of() : values.stream().map(Text::blankToNull).filter(Objects::nonNull)
            .map(String::strip).distinct().sorted().toList();
    }
}
