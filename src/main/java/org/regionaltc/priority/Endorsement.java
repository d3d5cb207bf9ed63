package org.regionaltc.priority;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** GRULAC's endorsement of a review cycle: the meeting, the date, the decision and its documents. */
record Endorsement(long id, long cycleId, String meeting, LocalDate endorsedOn, String decisionText,
        @Nullable String documents, String recordedBy, boolean sample) {

    /** One line of the documents field; {@code url} is set only for an http or https address, the only ones linked. */
    public record Document(String text, @Nullable String url) {
    }

    public List<Document> documentLines() {
        return documents == null ? List.of() : documents.lines().map(String::strip).filter(s -> !s.isEmpty())
            .map(s -> new Document(s, webAddress(s) ? s : null)).toList();
    }

    private static boolean webAddress(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && text.chars().noneMatch(Character::isWhitespace);
    }
}
