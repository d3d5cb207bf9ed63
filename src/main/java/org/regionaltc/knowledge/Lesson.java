package org.regionaltc.knowledge;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A lesson learned or good practice, written in one or more of the four languages, about projects, countries,
 * themes and sectors. Proposed as a DRAFT (by a focal point for their countries, or by the secretariat), then
 * published by the secretariat for everyone (PUBLIC) or for signed-in users only (INTERNAL).
 */
public record Lesson(long id, Kind kind, Texts texts, @Nullable Long projectId, List<String> countries,
        List<String> themes, List<String> sectors, Status status, Audience audience, String author,
        OffsetDateTime writtenAt, @Nullable String publishedBy, @Nullable OffsetDateTime publishedAt, boolean sample,
        int version) {

    public enum Kind { LESSON, GOOD_PRACTICE }

    public enum Status { DRAFT, PUBLISHED }

    public enum Audience { PUBLIC, INTERNAL }

    public static final List<String> LANGUAGES = List.of("en", "es", "fr", "pt");

    public Lesson {
        countries = List.copyOf(countries);
        themes = List.copyOf(themes);
        sectors = List.copyOf(sectors);
    }

    /** Title and text per language; a language is present when it has a title. */
    public record Texts(@Nullable String titleEn, @Nullable String titleEs, @Nullable String titleFr,
            @Nullable String titlePt, @Nullable String textEn, @Nullable String textEs, @Nullable String textFr,
            @Nullable String textPt) {

        public @Nullable String title(String language) {
            return switch (language) {
                case "es" -> titleEs;
                case "fr" -> titleFr;
                case "pt" -> titlePt;
                default -> titleEn;
            };
        }

        public @Nullable String text(String language) {
            return switch (language) {
                case "es" -> textEs;
                case "fr" -> textFr;
                case "pt" -> textPt;
                default -> textEn;
            };
        }

        public List<String> languages() {
            return LANGUAGES.stream().filter(l -> title(l) != null && !Objects.requireNonNull(title(l)).isBlank()).toList();
        }

        /** The reader's language if the lesson has it, else the first language it was written in. */
        public String shownLanguage(Locale locale) {
            List<String> present = languages();
            return present.contains(locale.getLanguage()) ? locale.getLanguage()
                : present.isEmpty() ? "en" : present.getFirst();
        }

        public String title(Locale locale) {
            return Objects.requireNonNullElse(title(shownLanguage(locale)), "");
        }

        public String text(Locale locale) {
            return Objects.requireNonNullElse(text(shownLanguage(locale)), "");
        }

        Map<String, @Nullable String> asMap() {
            java.util.LinkedHashMap<String, @Nullable String> map = new java.util.LinkedHashMap<>();
            Stream.of("en", "es", "fr", "pt").forEach(l -> {
                map.put("title_" + l, title(l));
                map.put("text_" + l, text(l));
            });
            return map;
        }
    }

    public String title(Locale locale) {
        return texts.title(locale);
    }

    public boolean published() {
        return status == Status.PUBLISHED;
    }
}
