package org.regionaltc.alliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.Pure;

/**
 * Ranks the roster for a project and says why. Points: 3 per project theme the expert covers, 2 per DAC sector,
 * 2 for speaking a language of the project's countries, 2 for experience in one of its countries (1 for the same
 * sub-region only), 2 for being available over the project's whole dates (1 for part of them), 1 per past assignment
 * on a project of the programme. Ties go to the lower id, so that the order is stable.
 */
@Pure
final class ExpertMatching {

    /** What a project asks of its experts. */
    record Need(List<String> themes, List<String> sectors, Set<String> languages, Set<String> countries,
            Set<String> subRegionCountries, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
    }

    /** One reason an expert matches: a message code and its argument, and the points it gave. */
    record Reason(String code, String detail, int points) {
    }

    record Match(Expert expert, int score, List<Reason> reasons) {
    }

    /** The language spoken in each GRULAC country, for the ones that do not speak Spanish. */
    static final Map<String, String> LANGUAGE_OF = Map.ofEntries(Map.entry("BR", "pt"), Map.entry("HT", "fr"),
        Map.entry("SR", "nl"), Map.entry("AG", "en"), Map.entry("BS", "en"), Map.entry("BB", "en"),
        Map.entry("BZ", "en"), Map.entry("DM", "en"), Map.entry("GD", "en"), Map.entry("GY", "en"),
        Map.entry("JM", "en"), Map.entry("KN", "en"), Map.entry("LC", "en"), Map.entry("VC", "en"),
        Map.entry("TT", "en"));

    private ExpertMatching() {
    }

    static Set<String> languagesOf(Collection<String> countries) {
        Set<String> languages = new LinkedHashSet<>();
        countries.forEach(c -> languages.add(LANGUAGE_OF.getOrDefault(c, "es")));
        return languages;
    }

    static List<Match> rank(Need need, List<Expert> roster) {
        List<Match> matches = new ArrayList<>();
        for (Expert expert : roster) {
            List<Reason> reasons = reasons(need, expert);
            int score = reasons.stream().mapToInt(Reason::points).sum();
            if (score > 0) {
                matches.add(new Match(expert, score, reasons));
            }
        }
        matches.sort(Comparator.comparingInt(Match::score).reversed().thenComparingLong(m -> m.expert().id()));
        return matches;
    }

    static List<Reason> reasons(Need need, Expert expert) {
        List<Reason> reasons = new ArrayList<>();
        need.themes().stream().filter(expert.themes()::contains)
            .forEach(t -> reasons.add(new Reason("expert.reason.theme", t, 3)));
        need.sectors().stream().filter(expert.sectors()::contains)
            .forEach(s -> reasons.add(new Reason("expert.reason.sector", s, 2)));
        List<String> spoken = need.languages().stream().filter(expert.languages()::contains).toList();
        if (!spoken.isEmpty()) {
            reasons.add(new Reason("expert.reason.language", String.join(", ", spoken), 2));
        }
        List<String> inCountries = need.countries().stream().filter(expert.countries()::contains).toList();
        List<String> inRegion = need.subRegionCountries().stream().filter(expert.countries()::contains).toList();
        if (!inCountries.isEmpty()) {
            reasons.add(new Reason("expert.reason.country", String.join(", ", inCountries), 2));
        } else if (!inRegion.isEmpty()) {
            reasons.add(new Reason("expert.reason.region", String.join(", ", inRegion), 1));
        }
        availability(need, expert).ifPresent(reasons::add);
        if (!expert.assignments().isEmpty()) {
            reasons.add(new Reason("expert.reason.assignments", String.valueOf(expert.assignments().size()),
                expert.assignments().size()));
        }
        return reasons;
    }

    private static java.util.Optional<Reason> availability(Need need, Expert expert) {
        if (need.startsOn() == null || need.endsOn() == null) {
            return java.util.Optional.empty();
        }
        LocalDate start = need.startsOn();
        LocalDate end = need.endsOn();
        boolean whole = expert.availability().stream()
            .anyMatch(p -> !p.startsOn().isAfter(start) && !p.endsOn().isBefore(end));
        if (whole) {
            return java.util.Optional.of(new Reason("expert.reason.availableWhole", start + " – " + end, 2));
        }
        boolean part = expert.availability().stream()
            .anyMatch(p -> !p.startsOn().isAfter(end) && !p.endsOn().isBefore(start));
        return part ? java.util.Optional.of(new Reason("expert.reason.availablePart", start + " – " + end, 1))
            : java.util.Optional.empty();
    }
}
