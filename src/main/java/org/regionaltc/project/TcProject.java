package org.regionaltc.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A technical cooperation project, with what the countries and UNIDO recorded to define it jointly. */
public record TcProject(long id, String identifier, Texts texts, ProjectScope scope, ProjectStatus status,
        @Nullable ProjectStatus statusBeforeHold, @Nullable LocalDate plannedStart, @Nullable LocalDate plannedEnd,
        @Nullable LocalDate actualStart, @Nullable LocalDate actualEnd, String currency, BigDecimal totalBudget,
        Map<Integer, BigDecimal> budgetByYear, List<Share> countries, List<Share> sectors, List<String> themes,
        @Nullable String unidoUnit, List<String> counterparts, List<String> partners, List<Document> documents,
        List<Endorsement> endorsements, @Nullable UnidoApproval unidoApproval, List<PriorityLink> priorities,
        @Nullable String internalNotes, boolean published, boolean isSample, int version) {

    public record Texts(String titleEn, @Nullable String titleEs, @Nullable String titleFr, @Nullable String titlePt,
            @Nullable String descriptionEn, @Nullable String descriptionEs) {

        public String title(Locale locale) {
            String title = switch (locale.getLanguage()) {
                case "es" -> titleEs;
                case "fr" -> titleFr;
                case "pt" -> titlePt;
                default -> titleEn;
            };
            return title == null || title.isBlank() ? titleEn : title;
        }

        public @Nullable String description(Locale locale) {
            return "es".equals(locale.getLanguage()) && descriptionEs != null ? descriptionEs : descriptionEn;
        }
    }

    /** A country or sector and its share of the project, in percent. */
    public record Share(String code, BigDecimal percentage) {
    }

    public record Document(String title, String url) {
    }

    public record Endorsement(String countryCode, String endorsedBy, LocalDate endorsedOn, String reference) {
    }

    public record UnidoApproval(String approvedBy, LocalDate approvedOn, String reference) {
    }

    public record PriorityLink(long priorityId, Strength strength) {
    }

    public enum Strength {
        STRONG, PARTIAL
    }

    public List<String> countryCodes() {
        return countries.stream().map(Share::code).toList();
    }

    public boolean isEndorsedBy(String countryCode) {
        return endorsements.stream().anyMatch(e -> e.countryCode().equals(countryCode));
    }

    /** The recipient countries that have not endorsed the project yet. */
    public List<String> missingEndorsements() {
        return countryCodes().stream().filter(c -> !isEndorsedBy(c)).toList();
    }
}
