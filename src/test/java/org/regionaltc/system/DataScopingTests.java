package org.regionaltc.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.alignment.CycleFixtures;
import org.regionaltc.project.ProjectFixtures;
import org.regionaltc.project.ProjectStatus;
import org.regionaltc.project.Projects;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * What each role sees in the lists, totals, scores and exports that {@link AuthorizationMatrixTests} lets it open:
 * an unapproved Bolivian project only for the secretariat and the focal point of Bolivia; a meeting of an open
 * review cycle and its action items only for signed-in users until the cycle is endorsed.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataScopingTests {

    enum Who { ANONYMOUS, ADMIN, OFFICER, FOCAL_POINT_BO, FOCAL_POINT_CL, DONOR }

    private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    private static final Set<Who> SEES_UNAPPROVED_BOLIVIAN = EnumSet.of(Who.ADMIN, Who.OFFICER, Who.FOCAL_POINT_BO);

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Projects projects;

    private final Map<Who, String> usernames = new TreeMap<>();
    private final String unit = "scoping-unit-" + UUID.randomUUID().toString().substring(0, 8);
    private long priority;
    /** Bolivian projects: unapproved or published, serving the priority or off-programme. */
    private long unapprovedLinked;
    private long unapprovedOff;
    private long publishedLinked;
    private long publishedOff;

    @BeforeAll
    void createAccountsAndProjects() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        record Account(Who who, String role, List<String> countries, String body) {
        }
        for (Account a : List.of(new Account(Who.ADMIN, "ADMIN", List.of(), null),
                new Account(Who.OFFICER, "OFFICER", List.of(), null),
                new Account(Who.FOCAL_POINT_BO, "FOCAL_POINT", List.of("BO"), null),
                new Account(Who.FOCAL_POINT_CL, "FOCAL_POINT", List.of("CL"), null),
                new Account(Who.DONOR, "DONOR", List.of(), "GEF"))) {
            String username = "scoping-" + a.who().name().toLowerCase() + "-" + suffix;
            administration.create(username, "scoping-password-" + suffix, a.who().name(), null, a.role(), a.countries(),
                a.body());
            usernames.put(a.who(), username);
        }
        long cycle = CycleFixtures.aCurrentCycle(jdbc);
        priority = CycleFixtures.aPriority(jdbc, cycle, "NATIONAL", "BO", null, "A1", "0.9");
        unapprovedLinked = aBolivianProject(ProjectStatus.FORMULATION);
        unapprovedOff = aBolivianProject(ProjectStatus.APPRAISAL);
        publishedLinked = aBolivianProject(ProjectStatus.APPROVED);
        publishedOff = aBolivianProject(ProjectStatus.IMPLEMENTATION);
        ProjectFixtures.link(jdbc, unapprovedLinked, priority, "STRONG");
        ProjectFixtures.link(jdbc, publishedLinked, priority, "STRONG");
        anIndicatorValue(unapprovedLinked);
    }

    @Test
    void theCoverageMatrixAndPriorityCountsShowAnUnapprovedProjectOnlyToThoseWhoMaySeeIt() throws Exception {
        for (Who who : SIGNED_IN) {
            Map<String, Object> columns = JsonPath.read(body("/api/coverage/matrix", who), "$.projects");
            assertThat(columns).as("matrix columns for " + who).containsKey(String.valueOf(publishedLinked));
            assertThat(columns.containsKey(String.valueOf(unapprovedLinked))).as("unapproved column for " + who)
                .isEqualTo(SEES_UNAPPROVED_BOLIVIAN.contains(who));

            List<Integer> serving = JsonPath.read(body("/api/coverage/priorities?country=BO", who),
                "$[?(@.priorityId == " + priority + ")].projects");
            assertThat(serving).as("projects serving the priority for " + who)
                .containsExactly(SEES_UNAPPROVED_BOLIVIAN.contains(who) ? 2 : 1);

            String page = body("/coverage?country=BO", who);
            assertThat(page.contains(identifier(unapprovedLinked))).as("/coverage for " + who)
                .isEqualTo(SEES_UNAPPROVED_BOLIVIAN.contains(who));
            assertThat(page).contains(identifier(publishedLinked));
        }
    }

    @Test
    void offProgrammeListsAndCsvShowAnUnapprovedProjectOnlyToThoseWhoMaySeeIt() throws Exception {
        for (Who who : SIGNED_IN) {
            List<Number> ids = JsonPath.read(body("/api/coverage/off-programme?country=BO", who), "$[*].projectId");
            assertThat(ids.stream().map(Number::longValue).toList()).as("off-programme API for " + who)
                .contains(publishedOff)
                .doesNotContain(publishedLinked)
                .matches(list -> list.contains(unapprovedOff) == SEES_UNAPPROVED_BOLIVIAN.contains(who));

            String csv = body("/coverage/off-programme.csv?country=BO", who);
            assertThat(csv).as("off-programme CSV for " + who).contains(identifier(publishedOff));
            assertThat(csv.contains(identifier(unapprovedOff))).as("unapproved in the CSV for " + who)
                .isEqualTo(SEES_UNAPPROVED_BOLIVIAN.contains(who));

            String matrixCsv = body("/coverage/matrix.csv?country=BO", who);
            assertThat(matrixCsv.contains(identifier(unapprovedLinked))).as("matrix CSV for " + who)
                .isEqualTo(SEES_UNAPPROVED_BOLIVIAN.contains(who));
        }
    }

    @Test
    void thePortfolioScoreCountsTheProjectsEachRoleMaySeeAndSaysSo() throws Exception {
        int all = count("SELECT COUNT(*) FROM tc_project t WHERE t.status <> 'CANCELLED'"
            + " AND EXISTS (SELECT 1 FROM project_country pc WHERE pc.project_id = t.id)");
        int published = count("SELECT COUNT(*) FROM tc_project t WHERE t.status <> 'CANCELLED' AND t.published"
            + " AND EXISTS (SELECT 1 FROM project_country pc WHERE pc.project_id = t.id)");
        int boliviaOrPublished = count("SELECT COUNT(*) FROM tc_project t WHERE t.status <> 'CANCELLED'"
            + " AND EXISTS (SELECT 1 FROM project_country pc WHERE pc.project_id = t.id)"
            + " AND (t.published OR EXISTS (SELECT 1 FROM project_country pc WHERE pc.project_id = t.id"
            + " AND pc.country_code = 'BO'))");
        assertThat(published).isLessThan(boliviaOrPublished).isLessThan(all + 1);
        Map<Who, Integer> expected = Map.of(Who.ADMIN, all, Who.OFFICER, all, Who.FOCAL_POINT_BO, boliviaOrPublished,
            Who.DONOR, published);
        Map<Who, String> over = Map.of(Who.ADMIN, "ALL", Who.OFFICER, "ALL", Who.FOCAL_POINT_BO, "PUBLISHED_AND_OWN",
            Who.DONOR, "PUBLISHED");
        for (Who who : expected.keySet()) {
            String portfolio = body("/api/portfolio/alignment", who);
            assertThat((Integer) JsonPath.read(portfolio, "$.projects")).as("portfolio of " + who)
                .isEqualTo(expected.get(who));
            assertThat((String) JsonPath.read(portfolio, "$.over")).isEqualTo(over.get(who));
        }
        assertThat(body("/coverage", Who.DONOR))
            .contains("Computed over the " + published + " published projects you may see");
        assertThat(body("/projects", Who.DONOR))
            .contains("Computed over the " + published + " published projects you may see");
        assertThat(body("/coverage", Who.OFFICER)).doesNotContain("Computed over the");
        assertThat(body("/coverage?lang=es", Who.FOCAL_POINT_BO))
            .contains("Calculado sobre los " + boliviaOrPublished + " proyectos que puede ver");
    }

    @Test
    void theHomePageCountsTheProjectsEachRoleMaySeeAndNamesThemForWhatTheyAre() throws Exception {
        int all = count("SELECT COUNT(*) FROM tc_project");
        int published = count("SELECT COUNT(*) FROM tc_project WHERE published");
        int boliviaOrPublished = count("SELECT COUNT(*) FROM tc_project t WHERE t.published OR EXISTS"
            + " (SELECT 1 FROM project_country pc WHERE pc.project_id = t.id AND pc.country_code = 'BO')");
        Map<Who, Integer> expected = Map.of(Who.ANONYMOUS, published, Who.DONOR, published,
            Who.FOCAL_POINT_CL, count("SELECT COUNT(*) FROM tc_project t WHERE t.published OR EXISTS"
                + " (SELECT 1 FROM project_country pc WHERE pc.project_id = t.id AND pc.country_code = 'CL')"),
            Who.FOCAL_POINT_BO, boliviaOrPublished, Who.OFFICER, all, Who.ADMIN, all);
        for (Map.Entry<Who, Integer> e : expected.entrySet()) {
            String home = body("/", e.getKey());
            assertThat(home).as("home of " + e.getKey()).contains("id=\"project-count\">" + e.getValue() + "<");
            assertThat(home).contains(e.getValue() == published ? "Published TC projects"
                : "TC projects you may see (" + published + " of them published)");
        }
        assertThat(body("/", Who.OFFICER)).doesNotContain("Published TC projects");
    }

    @Test
    void resultsRollupsAddUpOnlyTheProjectsEachRoleMaySee() throws Exception {
        for (Who who : SIGNED_IN) {
            for (String by : List.of("theme", "country")) {
                List<String> units = JsonPath.read(body("/api/results/rollup?by=" + by, who), "$[*].unit");
                assertThat(units.contains(unit)).as("rollup by " + by + " for " + who)
                    .isEqualTo(SEES_UNAPPROVED_BOLIVIAN.contains(who));
            }
            assertThat(body("/results", who).contains(unit)).as("/results for " + who)
                .isEqualTo(SEES_UNAPPROVED_BOLIVIAN.contains(who));
        }
        assertThat(body("/results", Who.DONOR)).contains("Added up over the published projects you may see");
        assertThat(body("/results?lang=pt", Who.FOCAL_POINT_CL)).contains("Somado sobre os projetos que pode ver");
        assertThat(body("/results", Who.OFFICER)).doesNotContain("Added up over");
    }

    @Test
    void aMeetingOfAnOpenCycleIsForSignedInUsersUntilTheCycleIsEndorsed() throws Exception {
        long cycle = insert("""
                INSERT INTO review_cycle (title, period_start, period_end, submission_deadline, status)
                VALUES ('Scoping cycle %s', DATE '2020-01-01', DATE '2020-12-31', DATE '2020-06-30', 'CONSOLIDATION')
                """.formatted(unit));
        long meeting = aMeeting("Consolidation workshop " + unit, cycle, false);
        String action = "Circulate the weights " + unit;
        anOverdueAction(meeting, action);

        assertThat(status("/meetings/" + meeting, Who.ANONYMOUS)).isEqualTo(302);
        assertThat(status("/api/meetings/" + meeting, Who.ANONYMOUS)).isEqualTo(401);
        assertThat(body("/meetings", Who.ANONYMOUS)).doesNotContain("Consolidation workshop " + unit).doesNotContain(action);
        assertThat(body("/api/meetings", Who.ANONYMOUS)).doesNotContain("Consolidation workshop " + unit);
        assertThat(body("/actions", Who.ANONYMOUS)).doesNotContain(action);
        assertThat(body("/api/actions", Who.ANONYMOUS)).doesNotContain(action);
        assertThat(body("/api/actions?overdue=true", Who.ANONYMOUS)).doesNotContain(action);
        assertThat(body("/", Who.ANONYMOUS)).doesNotContain(action);
        for (Who who : SIGNED_IN) {
            assertThat(body("/meetings/" + meeting, who)).as("meeting page for " + who).contains(action)
                .contains("signed-in users only, until its review cycle is endorsed");
            assertThat(body("/meetings", who)).contains("Consolidation workshop " + unit);
            assertThat(body("/actions", who)).contains(action);
            assertThat(body("/api/actions?overdue=true", who)).contains(action);
        }

        jdbc.sql("UPDATE review_cycle SET status = 'ENDORSED' WHERE id = :id").param("id", cycle).update();

        assertThat(body("/meetings/" + meeting, Who.ANONYMOUS)).contains(action).contains("Scoping cycle " + unit);
        assertThat(body("/api/meetings/" + meeting, Who.ANONYMOUS)).contains(action);
        assertThat(body("/meetings", Who.ANONYMOUS)).contains("Consolidation workshop " + unit);
        assertThat(body("/api/meetings", Who.ANONYMOUS)).contains("Consolidation workshop " + unit);
        assertThat(body("/actions", Who.ANONYMOUS)).contains(action);
        assertThat(body("/api/actions", Who.ANONYMOUS)).contains(action);
        assertThat(body("/", Who.ANONYMOUS)).contains(action);
    }

    @Test
    void aPublicMeetingOfACycleNotYetPublishedDoesNotNameTheCycleToVisitors() throws Exception {
        long cycle = insert("""
                INSERT INTO review_cycle (title, period_start, period_end, submission_deadline, status)
                VALUES ('Unpublished cycle %s', DATE '2020-01-01', DATE '2020-12-31', DATE '2020-06-30', 'OPEN')
                """.formatted(unit));
        long meeting = aMeeting("Open consultation " + unit, cycle, true);

        assertThat(body("/meetings/" + meeting, Who.ANONYMOUS)).contains("Open consultation " + unit)
            .doesNotContain("Unpublished cycle " + unit);
        assertThat(body("/meetings/" + meeting, Who.OFFICER)).contains("Unpublished cycle " + unit);
    }

    @Test
    void aMeetingWithoutCycleIsForSignedInUsersUnlessMarkedPublic() throws Exception {
        long closed = aMeeting("Closed meeting " + unit, null, false);
        String closedAction = "Closed action " + unit;
        anOverdueAction(closed, closedAction);
        long open = aMeeting("Public meeting " + unit, null, true);
        String openAction = "Public action " + unit;
        anOverdueAction(open, openAction);

        assertThat(status("/meetings/" + closed, Who.ANONYMOUS)).isEqualTo(302);
        assertThat(body("/meetings/" + open, Who.ANONYMOUS)).contains(openAction);
        assertThat(body("/actions", Who.ANONYMOUS)).contains(openAction).doesNotContain(closedAction);
        assertThat(body("/", Who.ANONYMOUS)).contains(openAction).doesNotContain(closedAction);
        assertThat(body("/actions", Who.DONOR)).contains(openAction, closedAction);
    }

    private long aBolivianProject(ProjectStatus status) {
        long id = ProjectFixtures.aProject(projects, new BigDecimal("1000"), "BO", 100);
        ProjectFixtures.forceStatus(jdbc, id, status);
        return id;
    }

    private void anIndicatorValue(long project) {
        long outcome = insert("INSERT INTO project_outcome (project_id, title) VALUES (%d, 'Scoping outcome')"
            .formatted(project));
        long indicator = insert("INSERT INTO outcome_indicator (outcome_id, name, unit) VALUES (%d, 'Scoping', '%s')"
            .formatted(outcome, unit));
        jdbc.sql("INSERT INTO indicator_value (indicator_id, value_year, kind, amount) VALUES (:i, 2026, 'TARGET', 5)")
            .param("i", indicator).update();
    }

    private long aMeeting(String title, Long cycle, boolean markedPublic) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO meeting (title, kind, held_on, cycle_id, is_public)
                VALUES (:title, 'MEETING', DATE '2020-06-01', :cycle, :public)""")
            .param("title", title).param("cycle", cycle).param("public", markedPublic).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private void anOverdueAction(long meeting, String description) {
        jdbc.sql("""
                INSERT INTO action_item (meeting_id, description, owner, due_date, status)
                VALUES (:m, :d, 'Secretariat', DATE '2020-07-01', 'OPEN')""")
            .param("m", meeting).param("d", description).update();
    }

    private String identifier(long project) {
        return jdbc.sql("SELECT identifier FROM tc_project WHERE id = :id").param("id", project)
            .query(String.class).single();
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    private long insert(String sql) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(sql).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private String body(String path, Who who) throws Exception {
        MockHttpServletResponse response = perform(path, who);
        assertThat(response.getStatus()).as(path + " as " + who).isEqualTo(200);
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private int status(String path, Who who) throws Exception {
        return perform(path, who).getStatus();
    }

    private MockHttpServletResponse perform(String path, Who who) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(path);
        if (who != Who.ANONYMOUS) {
            request.with(user(users.loadUserByUsername(usernames.get(who))));
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
