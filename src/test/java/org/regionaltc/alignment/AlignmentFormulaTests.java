package org.regionaltc.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.regionaltc.alignment.AlignmentFormula.Cycle;
import org.regionaltc.alignment.AlignmentFormula.Link;
import org.regionaltc.alignment.AlignmentFormula.Part;
import org.regionaltc.alignment.AlignmentFormula.Project;
import org.regionaltc.alignment.AlignmentFormula.ProjectScore;
import org.regionaltc.alignment.AlignmentFormula.Result;
import org.regionaltc.alignment.AlignmentFormula.Share;
import org.regionaltc.cycle.CurrentCycle.Priority;

/**
 * The alignment formula on cases computed by hand, without Spring or a database. Default weights: priorities 0.6,
 * themes 0.25, endorsement 0.15; a strong link counts 1, a partial one 0.5, a priority not yet weighted 0.5.
 */
class AlignmentFormulaTests {

    private static final AlignmentFormula FORMULA = new AlignmentFormula(
        new AlignmentFormula.Weights(0.6, 0.25, 0.15, 1.0, 0.5, 0.5));

    private static final Map<String, Set<String>> MEMBERS = Map.of(
        "CAN", Set.of("BO", "CO", "EC", "PE"),
        "CARICOM", Set.of("JM", "SR", "TT"));

    @Test
    void aProjectLinkedToNoPriorityScoresOnlyForHavingAThematicArea() {
        Result withTheme = score(aProject("UY", 100).theme("A"), cycle());
        // P = 0, T = 1 (no link, but a thematic area), E = 0: 100 × 0.25 = 25
        assertThat(withTheme.score()).isCloseTo(25.0, within(1e-9));
        assertThat(withTheme.priorities()).isZero();
        assertThat(withTheme.themes()).isEqualTo(1.0);

        Result withoutTheme = score(aProject("UY", 100), cycle());
        assertThat(withoutTheme.score()).isZero();

        assertThat(explain(withTheme, 0)).isEqualTo("UY 100%: no linked priority");
        assertThat(explain(withTheme, 1)).isEqualTo("no linked priority; the project has a UNIDO thematic area");
        assertThat(explain(withoutTheme, 1)).isEqualTo("no linked priority and no thematic area");
    }

    @Test
    void oneStrongLinkCountsThePriorityWeightInFull() {
        Priority peru = national(1, "PE", "A", "0.8");
        Result result = score(aProject("PE", 100).theme("A").strong(1), cycle(peru));
        // P = 0.8 × 1, T = 1 of 1 link in theme A, E = 0: 100 × (0.6 × 0.8 + 0.25) = 73
        assertThat(result.priorities()).isCloseTo(0.8, within(1e-9));
        assertThat(result.themes()).isEqualTo(1.0);
        assertThat(result.score()).isCloseTo(73.0, within(1e-9));
        assertThat(result.countries()).extracting(Part::best).containsExactly(peru);
    }

    @Test
    void aPartialLinkCountsHalfAndAnUnweightedPriorityTheConfiguredWeight() {
        Result partial = score(aProject("PE", 100).theme("A").partial(1), cycle(national(1, "PE", "A", "0.8")));
        // P = 0.8 × 0.5 = 0.4: 100 × (0.6 × 0.4 + 0.25) = 49
        assertThat(partial.score()).isCloseTo(49.0, within(1e-9));

        Result unweighted = score(aProject("PE", 100).theme("A").partial(1), cycle(national(1, "PE", "A", null)));
        // P = 0.5 (not yet weighted) × 0.5 = 0.25: 100 × (0.6 × 0.25 + 0.25) = 40
        assertThat(unweighted.score()).isCloseTo(40.0, within(1e-9));
    }

    @Test
    void endorsementIsTheShareOfTheCountriesThatEndorsed() {
        Result result = score(aProject("PE", 60, "BO", 40).theme("A").endorsedBy("PE"), cycle());
        // P = 0, T = 1, E = 0.6: 100 × (0.25 + 0.15 × 0.6) = 34
        assertThat(result.endorsement()).isCloseTo(0.6, within(1e-9));
        assertThat(result.score()).isCloseTo(34.0, within(1e-9));
        assertThat(explain(result, 2)).isEqualTo("PE endorsed, BO not yet");
    }

    @Test
    void severalCountriesCountByTheirSharesEachWithTheBestPriorityThatConcernsIt() {
        Priority peru = national(1, "PE", "A", "0.8");
        Priority andean = subRegional(2, "CAN", "C", "0.5");
        Result result = score(aProject("BO", 40, "PE", 60).theme("A").strong(1).partial(2).endorsedBy("PE"),
            cycle(peru, andean));
        // P: Peru 0.6 × max(0.8 × 1, 0.5 × 0.5) + Bolivia 0.4 × (0.5 × 0.5) = 0.58 (Bolivia has no national link).
        // T: 1 of 2 linked priorities is in theme A. E: Peru's 60%. 100 × (0.6 × 0.58 + 0.25 × 0.5 + 0.15 × 0.6)
        assertThat(result.priorities()).isCloseTo(0.58, within(1e-9));
        assertThat(result.themes()).isCloseTo(0.5, within(1e-9));
        assertThat(result.score()).isCloseTo(56.3, within(1e-9));
        assertThat(result.countries()).extracting(Part::country).containsExactly("PE", "BO");
        assertThat(result.countries()).extracting(Part::best).containsExactly(peru, andean);

        AlignmentScore explained = AlignmentExplanation.of(result);
        assertThat(explained.score()).isEqualTo(result.score());
        assertThat(explained.components()).extracting(AlignmentScore.Component::name)
            .containsExactly("priorities", "themes", "endorsement");
        assertThat(explained.components().get(0).points()).isCloseTo(34.8, within(1e-9));
        assertThat(explained.components().get(1).points()).isCloseTo(12.5, within(1e-9));
        assertThat(explained.components().get(2).points()).isCloseTo(9.0, within(1e-9));
        assertThat(explain(result, 0)).isEqualTo(
            "PE 60%: 0.80 (PE priority #1 “Priority 1”); BO 40%: 0.25 (CAN priority #1 “Priority 2”)");
        assertThat(explain(result, 1)).isEqualTo("1 of 2 linked priorities are in the project's thematic areas");
        assertThat(explained.countries()).extracting(c -> english(() -> WORDS.words(c.bestPriority())))
            .containsExactly("PE priority #1 “Priority 1”", "CAN priority #1 “Priority 2”");
        assertThat(explained.components().get(1).because())
            .containsExactly(new AlignmentScore.Phrase("align.themes.matching", List.of(1, 2)));
    }

    @Test
    void subRegionalPrioritiesConcernTheMembersOfTheGroupingAndRegionalOnesEveryCountry() {
        Priority caricom = subRegional(1, "CARICOM", "C", "1.0");
        Priority regional = regional(2, "A", "0.9");
        Priority peru = national(3, "PE", "A", "1.0");

        // Suriname is a CARICOM member: the strong CARICOM link counts in full; P = 1, T = 1: 100 × (0.6 + 0.25)
        assertThat(score(aProject("SR", 100).theme("C").strong(1), cycle(caricom)).score())
            .isCloseTo(85.0, within(1e-9));
        // Honduras is not: only the regional priority concerns it. P = 0.9, T = 1 of 2 links: 100 × (0.54 + 0.125)
        assertThat(score(aProject("HN", 100).theme("A").strong(1).strong(2), cycle(caricom, regional)).score())
            .isCloseTo(66.5, within(1e-9));
        // Another country's national priority concerns no one else, but its link still counts for the theme: the
        // project's theme C is not the priority's A, so T = 0 of 1 link (without the link T would be 1 and score 25)
        assertThat(score(aProject("GY", 100).theme("C").strong(3), cycle(peru)).score())
            .isCloseTo(0.0, within(1e-9));
        // A country that has left the grouping is no longer concerned by its priorities.
        Cycle afterLeaving = new Cycle(Map.of(1L, caricom), Map.of("CARICOM", Set.of("JM", "TT")));
        assertThat(score(aProject("SR", 100).theme("C").strong(1), afterLeaving).priorities()).isZero();
    }

    @Test
    void amongEqualPrioritiesTheOneWithTheLowestIdIsNamed() {
        Priority first = regional(4, "A", "0.5");
        Priority second = national(7, "PE", "A", "1.0");
        // 0.5 × strong = 1.0 × partial; the link to the later id comes first, yet the earlier priority is named.
        Result result = score(aProject("PE", 100).partial(7).strong(4), cycle(second, first));
        assertThat(result.countries()).extracting(Part::best).containsExactly(first);
    }

    @Test
    void aCancelledProjectOrOneWithoutRecipientCountryIsNotScored() {
        Priority peru = national(1, "PE", "A", "0.8");
        ProjectBuilder cancelled = aProject("PE", 100).theme("A").strong(1).cancelled();
        assertThat(FORMULA.score(cancelled.build(), cycle(peru))).isEmpty();
        assertThat(FORMULA.score(aProject().theme("A").build(), cycle(peru))).isEmpty();

        List<ProjectScore> scores = FORMULA.scores(List.of(cancelled.build(), aProject("PE", 100).theme("A")
            .budget(250_000).build()), cycle(peru));
        assertThat(scores).containsExactly(new ProjectScore(1, 250_000, 25.0));
    }

    @Test
    void withNoCurrentCycleNoLinkCountsAndOnlyTheThemeScores() {
        Result result = score(aProject("PE", 100).theme("A").strong(1).endorsedBy("PE"), Cycle.none());
        // The link points to no priority of a current cycle: P = 0, T = 1 (has a theme), E = 1: 25 + 15
        assertThat(result.score()).isCloseTo(40.0, within(1e-9));
        assertThat(result.themeCounts().links()).isZero();
        assertThat(explain(result, 1)).isEqualTo("no linked priority; the project has a UNIDO thematic area");
    }

    private static Result score(ProjectBuilder project, Cycle cycle) {
        return FORMULA.score(project.build(), cycle).orElseThrow();
    }

    /** The bundles the application words explanations with, without the application. */
    private static final AlignmentWords WORDS = new AlignmentWords(messages());

    private static org.springframework.context.MessageSource messages() {
        var messages = new org.springframework.context.support.ResourceBundleMessageSource();
        messages.setBasenames("i18n/validation");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static String explain(Result result, int component) {
        return english(() -> WORDS.explanation(AlignmentExplanation.of(result).components().get(component)));
    }

    private static String english(java.util.function.Supplier<String> words) {
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
        try {
            return words.get();
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }

    private static Cycle cycle(Priority... priorities) {
        Map<Long, Priority> byId = new HashMap<>();
        for (Priority p : priorities) {
            byId.put(p.id(), p);
        }
        return new Cycle(byId, MEMBERS);
    }

    private static Priority national(long id, String country, String topTheme, @Nullable String weight) {
        return priority(id, "NATIONAL", country, null, topTheme, weight);
    }

    private static Priority subRegional(long id, String grouping, String topTheme, @Nullable String weight) {
        return priority(id, "SUB_REGIONAL", null, grouping, topTheme, weight);
    }

    private static Priority regional(long id, String topTheme, @Nullable String weight) {
        return priority(id, "REGIONAL", null, null, topTheme, weight);
    }

    private static Priority priority(long id, String level, @Nullable String country, @Nullable String grouping,
            String topTheme, @Nullable String weight) {
        return new Priority(id, level, country, grouping, topTheme + "1", topTheme, "Priority " + id, 1,
            weight == null ? null : new BigDecimal(weight));
    }

    /** A project with id 1, its countries and percentages given as pairs ("PE", 60, "BO", 40). */
    private static ProjectBuilder aProject(Object... countriesAndShares) {
        ProjectBuilder project = new ProjectBuilder();
        for (int i = 0; i < countriesAndShares.length; i += 2) {
            project.countries.add(new Share((String) countriesAndShares[i],
                ((Number) countriesAndShares[i + 1]).doubleValue()));
        }
        return project;
    }

    private static final class ProjectBuilder {
        final List<Share> countries = new ArrayList<>();
        final Set<String> topThemes = new HashSet<>();
        final Set<String> endorsed = new HashSet<>();
        final List<Link> links = new ArrayList<>();
        int themes;
        double budget = 100_000;
        boolean cancelled;

        ProjectBuilder theme(String topTheme) {
            topThemes.add(topTheme);
            themes++;
            return this;
        }

        ProjectBuilder strong(long priorityId) {
            links.add(new Link(priorityId, true));
            return this;
        }

        ProjectBuilder partial(long priorityId) {
            links.add(new Link(priorityId, false));
            return this;
        }

        ProjectBuilder endorsedBy(String country) {
            endorsed.add(country);
            return this;
        }

        ProjectBuilder budget(double amount) {
            budget = amount;
            return this;
        }

        ProjectBuilder cancelled() {
            cancelled = true;
            return this;
        }

        Project build() {
            return new Project(1, cancelled, budget, List.copyOf(countries), Set.copyOf(topThemes), themes,
                Set.copyOf(endorsed), List.copyOf(links));
        }
    }
}
