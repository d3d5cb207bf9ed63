package org.regionaltc.knowledge;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.Text;

/** A lesson as its author writes it, on the page or as JSON; {@code version} guards edits. */
record LessonForm(
        @NotNull Lesson.@Nullable Kind kind,
        @Size(max = 300) @Nullable String titleEn, @Size(max = 300) @Nullable String titleEs,
        @Size(max = 300) @Nullable String titleFr, @Size(max = 300) @Nullable String titlePt,
        @Size(max = 20000) @Nullable String textEn, @Size(max = 20000) @Nullable String textEs,
        @Size(max = 20000) @Nullable String textFr, @Size(max = 20000) @Nullable String textPt,
        @Nullable Long projectId,
        @NotEmpty(message = "{lesson.error.noCountry}") @Nullable List<String> countries,
        @Nullable List<String> themes,
        @Nullable List<String> sectors,
        Lesson.@Nullable Audience audience,
        @Nullable Integer version) {

    static LessonForm empty() {
        return new LessonForm(Lesson.Kind.LESSON, null, null, null, null, null, null, null, null, null, List.of(),
            List.of(), List.of(), Lesson.Audience.PUBLIC, null);
    }

    static LessonForm of(Lesson l) {
        Lesson.Texts t = l.texts();
        return new LessonForm(l.kind(), t.titleEn(), t.titleEs(), t.titleFr(), t.titlePt(), t.textEn(), t.textEs(),
            t.textFr(), t.textPt(), l.projectId(), l.countries(), l.themes(), l.sectors(), l.audience(), l.version());
    }

    Lesson.Texts texts() {
        return new Lesson.Texts(Text.blankToNull(titleEn), Text.blankToNull(titleEs), Text.blankToNull(titleFr),
            Text.blankToNull(titlePt), Text.blankToNull(textEn), Text.blankToNull(textEs), Text.blankToNull(textFr),
            Text.blankToNull(textPt));
    }

    List<String> countryCodes() {
        return codes(countries);
    }

    List<String> themeCodes() {
        return codes(themes);
    }

    List<String> sectorCodes() {
        return codes(sectors);
    }

    Lesson.Kind kindOrDefault() {
        return Objects.requireNonNullElse(kind, Lesson.Kind.LESSON);
    }

    Lesson.Audience audienceOrDefault() {
        return Objects.requireNonNullElse(audience, Lesson.Audience.PUBLIC);
    }

    private static List<String> codes(@Nullable List<String> values) {
        return values == null ? List.of() : values.stream().map(Text::blankToNull).filter(Objects::nonNull)
            .map(String::strip).distinct().sorted().toList();
    }
}
