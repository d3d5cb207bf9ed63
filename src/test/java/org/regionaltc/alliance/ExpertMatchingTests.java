package org.regionaltc.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExpertMatchingTests {

    private static final LocalDate START = LocalDate.of(2027, 1, 1);
    private static final LocalDate END = LocalDate.of(2027, 12, 31);

    /** A project in Peru and Bolivia on cleaner production (C1), DAC sector 32110, over 2027. */
    private static final ExpertMatching.Need NEED = new ExpertMatching.Need(List.of("C1"), List.of("32110"),
        ExpertMatching.languagesOf(List.of("PE", "BO")), Set.of("PE", "BO"), Set.of("EC", "CO"), START, END);

    @Test
    void theExpertWhoCoversThemeSectorLanguageCountryAndDatesRanksFirstWithEveryReason() {
        Expert full = expert(1, List.of("C1"), List.of("32110"), List.of("es"), List.of("PE"),
            List.of(new Expert.Period(START.minusMonths(1), END.plusMonths(1))));
        Expert themeOnly = expert(2, List.of("C1"), List.of(), List.of("en"), List.of("JM"), List.of());
        Expert regional = expert(3, List.of("C1"), List.of(), List.of("es"), List.of("EC"),
            List.of(new Expert.Period(START.plusMonths(6), END.plusMonths(6))));
        Expert nothing = expert(4, List.of("B2"), List.of(), List.of("fr"), List.of("HT"), List.of());

        List<ExpertMatching.Match> ranked = ExpertMatching.rank(NEED, List.of(nothing, themeOnly, regional, full));

        assertThat(ranked).extracting(m -> m.expert().id()).containsExactly(1L, 3L, 2L);
        assertThat(ranked.getFirst().score()).isEqualTo(3 + 2 + 2 + 2 + 2);
        assertThat(ranked.getFirst().reasons()).extracting(ExpertMatching.Reason::code).containsExactly(
            "expert.reason.theme", "expert.reason.sector", "expert.reason.language", "expert.reason.country",
            "expert.reason.availableWhole");
        assertThat(ranked.get(1).reasons()).extracting(ExpertMatching.Reason::code).containsExactly(
            "expert.reason.theme", "expert.reason.language", "expert.reason.region", "expert.reason.availablePart");
    }

    @Test
    void theLanguageOfAProjectFollowsItsCountries() {
        assertThat(ExpertMatching.languagesOf(List.of("BR", "HT", "JM", "PE"))).containsExactly("pt", "fr", "en", "es");
    }

    @Test
    void equalScoresKeepAStableOrderByTheRoster() {
        Expert a = expert(7, List.of("C1"), List.of(), List.of(), List.of(), List.of());
        Expert b = expert(5, List.of("C1"), List.of(), List.of(), List.of(), List.of());
        assertThat(ExpertMatching.rank(NEED, List.of(a, b))).extracting(m -> m.expert().id()).containsExactly(5L, 7L);
    }

    private static Expert expert(long id, List<String> themes, List<String> sectors, List<String> languages,
            List<String> countries, List<Expert.Period> availability) {
        return new Expert(id, "E" + id, null, null, null, themes, sectors, languages, countries, availability, List.of(),
            false, 0);
    }
}
