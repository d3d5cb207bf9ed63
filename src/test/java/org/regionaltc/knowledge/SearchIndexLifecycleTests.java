package org.regionaltc.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regionaltc.Application;
import org.regionaltc.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The index is rebuilt only when missing or stale, catches up on changes made while it was closed, and serves the CLI. */
@SpringBootTest
class SearchIndexLifecycleTests {

    @Autowired
    List<SearchSource> sources;
    @Autowired
    SearchFacts facts;
    @Autowired
    AuditTrail audit;
    @Autowired
    SearchEpoch epoch;
    @Autowired
    Lessons lessons;
    @Autowired
    SearchIndex index;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void rebuildsAMissingIndexOnceThenOnlyCatchesUpOnWhatChangedWhileClosed() throws Exception {
        Path dir = Files.createTempDirectory("search-lifecycle");
        SearchSettings settings = new SearchSettings(dir, Duration.ofHours(1));
        SearchIndex first = new SearchIndex(sources, facts, audit, epoch, settings, new org.regionaltc.demo.DemoSettings(true));
        first.open();
        assertThat(first.rebuiltAtOpen).isTrue();
        first.close();

        String word = "yerba" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        long id = lessons.create(new LessonForm(Lesson.Kind.LESSON, "Mate " + word, null, null, null, null, null, null,
            null, null, List.of("PY"), List.of(), List.of(), Lesson.Audience.PUBLIC, null), false).id();

        SearchIndex second = new SearchIndex(sources, facts, audit, epoch, settings, new org.regionaltc.demo.DemoSettings(true));
        second.open();
        try {
            assertThat(second.rebuiltAtOpen).as("an index that is current but for some changes is not rebuilt").isFalse();
            assertThat(second.searchEverything(request(word), Locale.ENGLISH).hits())
                .extracting(SearchIndex.Hit::id).containsExactly(id);
        } finally {
            second.close();
        }

        SearchIndex otherDemo = new SearchIndex(sources, facts, audit, epoch, settings, new org.regionaltc.demo.DemoSettings(false));
        otherDemo.open();
        try {
            assertThat(otherDemo.rebuiltAtOpen).as("a changed demo setting makes the index stale").isTrue();
        } finally {
            otherDemo.close();
        }
    }

    @Test
    void theCommandLineSearchesWhatTheSecretariatSeesAndExitsWithOneWhenNothingIsFound() {
        String word = "maracuya" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        lessons.create(new LessonForm(Lesson.Kind.GOOD_PRACTICE, null, "Pulpa de " + word + " para exportar", null, null,
            null, "La pulpa de " + word + " congelada llegó a Europa.", null, null, null, List.of("EC"), List.of(),
            List.of(), Lesson.Audience.PUBLIC, null), false);

        StringWriter out = new StringWriter();
        int code = org.regionaltc.cli.CommandLineInterfaceAccess.run(Application.class, new PrintWriter(out, true),
            new PrintWriter(new StringWriter(), true), "search", word, "--lang", "es");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("Pulpa de " + word).contains("[" + word + "]").contains("1 hit(s)");

        StringWriter json = new StringWriter();
        assertThat(org.regionaltc.cli.CommandLineInterfaceAccess.run(Application.class, new PrintWriter(json, true),
            new PrintWriter(new StringWriter(), true), "search", word, "--format", "json")).isZero();
        assertThat(json.toString()).contains("\"total\":1").contains("\"type\":\"lesson\"").contains("\"facets\"");

        assertThat(org.regionaltc.cli.CommandLineInterfaceAccess.run(Application.class, new PrintWriter(new StringWriter(), true),
            new PrintWriter(new StringWriter(), true), "search", word + "zzz")).isEqualTo(1);
    }

    @Test
    void theDemoProgrammeHasLessonsInFourLanguagesPartnersAndExpertsAndItsPublicLessonsAreFound() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM lesson WHERE is_sample AND title_en IS NOT NULL AND title_es IS NOT NULL"
            + " AND title_fr IS NOT NULL AND title_pt IS NOT NULL").query(Integer.class).single()).isGreaterThanOrEqualTo(30);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM partner WHERE is_sample").query(Integer.class).single()).isGreaterThanOrEqualTo(15);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM expert WHERE is_sample").query(Integer.class).single()).isGreaterThanOrEqualTo(40);
        SearchIndex.Result visitor = index.search(new SearchIndex.Request("curtumes", "pt", "lesson", null, null, 1, 10),
            java.util.Optional.empty(), Locale.of("pt"));
        assertThat(visitor.hits()).isNotEmpty();
        assertThat(visitor.hits().getFirst().title()).isEqualTo("Produção mais limpa em curtumes reduziu pela metade o uso de água");
        assertThat(visitor.total()).isEqualTo(1);
        // The dairy energy audits are Chile's draft: the secretariat finds them, a visitor does not.
        assertThat(index.search(new SearchIndex.Request("laticínios", "pt", "lesson", null, null, 1, 10),
            java.util.Optional.empty(), Locale.of("pt")).total()).isZero();
        assertThat(index.searchEverything(new SearchIndex.Request("laticínios", "pt", "lesson", null, null, 1, 10),
            Locale.ENGLISH).hits().getFirst().title()).isEqualTo("Energy audits in dairy plants pay back within two years");
    }

    @Test
    void theDemoLessonsAreThirtyDifferentExperiencesOverManyCountriesThemesSectorsAndProjects() {
        for (String language : List.of("en", "es", "fr", "pt")) {
            assertThat(jdbc.sql("SELECT COUNT(DISTINCT title_" + language + ") FROM lesson WHERE is_sample")
                .query(Integer.class).single()).as(language).isGreaterThanOrEqualTo(30);
        }
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT c.country_code) FROM lesson_country c JOIN lesson l ON l.id = c.lesson_id"
            + " WHERE l.is_sample").query(Integer.class).single()).isGreaterThanOrEqualTo(20);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT t.thematic_area_code) FROM lesson_theme t JOIN lesson l ON l.id = t.lesson_id"
            + " WHERE l.is_sample").query(Integer.class).single()).isGreaterThanOrEqualTo(10);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT s.sector_code) FROM lesson_sector s JOIN lesson l ON l.id = s.lesson_id"
            + " WHERE l.is_sample").query(Integer.class).single()).isGreaterThanOrEqualTo(4);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT project_id) FROM lesson WHERE is_sample").query(Integer.class).single())
            .isGreaterThanOrEqualTo(5);
        // A visitor's search lists each title once.
        SearchIndex.Result visitor = index.search(new SearchIndex.Request("energy", "en", "lesson", null, null, 1, 50),
            java.util.Optional.empty(), Locale.ENGLISH);
        assertThat(visitor.hits()).extracting(SearchIndex.Hit::title).doesNotHaveDuplicates();
    }

    private static SearchIndex.Request request(String q) {
        return new SearchIndex.Request(q, null, null, null, null, 1, 10);
    }

}
