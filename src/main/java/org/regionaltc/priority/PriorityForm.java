package org.regionaltc.priority;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.Text;

/** What a focal point (or the secretariat) writes for a priority; {@code version} guards against lost updates. */
record PriorityForm(
        @NotNull @Nullable PriorityLevel level,
        @Size(max = 20) @Nullable String groupingCode,
        @NotBlank @Size(max = 20) @Nullable String thematicAreaCode,
        @Size(max = 200) @Nullable String subTheme,
        @Nullable List<String> sectors,
        @NotBlank @Size(max = 300) @Nullable String title,
        @Size(max = 4000) @Nullable String rationale,
        @NotBlank @Pattern(regexp = "en|es|fr|pt", message = "{error.priority.language}") @Nullable String language,
        @NotNull @Min(1) @Max(999) @Nullable Integer rank,
        @Size(max = 300) @Nullable String planTitle,
        @Size(max = 500) @Pattern(regexp = "^$|^https?://\\S+$", message = "{error.link.http}") @Nullable String planUrl,
        @Min(1950) @Max(2100) @Nullable Integer planYear,
        @Size(max = 4000) @Nullable String expectedOutcomes,
        @Nullable PriorityStatus status,
        @Nullable Integer version) {

    public static PriorityForm empty() {
        return new PriorityForm(PriorityLevel.NATIONAL, null, null, null, List.of(), null, null, "en", null, null,
            null, null, null, PriorityStatus.SUBMITTED, null);
    }

    public static PriorityForm of(Priority p) {
        return new PriorityForm(p.level(), p.groupingCode(), p.thematicAreaCode(), p.subTheme(), p.sectors(), p.title(),
            p.rationale(), p.language(), p.rank(), p.planTitle(), p.planUrl(), p.planYear(), p.expectedOutcomes(),
            p.status(), p.version());
    }

    public PriorityForm withVersion(int newVersion) {
        return new PriorityForm(level, groupingCode, thematicAreaCode, subTheme, sectors, title, rationale, language,
            rank, planTitle, planUrl, planYear, expectedOutcomes, status, newVersion);
    }

    PriorityForm withStatus(PriorityStatus newStatus, int newVersion) {
        return new PriorityForm(level, groupingCode, thematicAreaCode, subTheme, sectors, title, rationale, language,
            rank, planTitle, planUrl, planYear, expectedOutcomes, newStatus, newVersion);
    }

    /** The sectors chosen, then blank rows to choose more without JavaScript (which adds rows on demand). */
    public List<String> sectorRows() {
        List<String> rows = new java.util.ArrayList<>(sectorCodes());
        for (int blank = rows.size() < 2 ? 3 - rows.size() : 2; blank > 0; blank--) {
            rows.add("");
        }
        return rows;
    }

    public String sectorsText() {
        return sectors == null ? "" : String.join(", ", sectors);
    }

    List<String> sectorCodes() {
        return sectors == null ? List.of() : sectors.stream()
            .flatMap(s -> java.util.Arrays.stream(s.split("[,;\\s]+")))
            .map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.toUpperCase(Locale.ROOT)).distinct().toList();
    }

}
