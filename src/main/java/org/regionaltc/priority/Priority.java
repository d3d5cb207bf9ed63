package org.regionaltc.priority;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A priority of a review cycle. {@code ownerCountryCode} is the country whose focal points submitted it (NULL when
 * the secretariat consolidated it); {@code weight} is set by consolidation, in [0, 1].
 */
record Priority(long id, long cycleId, PriorityLevel level, @Nullable String countryCode,
        @Nullable String groupingCode, @Nullable String ownerCountryCode, String thematicAreaCode,
        @Nullable String subTheme, String title, @Nullable String rationale, String language, int rank,
        @Nullable BigDecimal weight, PriorityStatus status, @Nullable Long carriedFromId, List<String> sectors,
        @Nullable String planTitle, @Nullable String planUrl, @Nullable Integer planYear,
        @Nullable String expectedOutcomes, boolean sample, int version) {

    public boolean consolidated() {
        return ownerCountryCode == null;
    }

    /** Who the priority speaks for: a country, a grouping, or the region. */
    public String scope() {
        return switch (level) {
            case NATIONAL -> String.valueOf(countryCode);
            case SUB_REGIONAL -> String.valueOf(groupingCode);
            case REGIONAL -> "GRULAC";
        };
    }
}
