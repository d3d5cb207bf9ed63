package org.regionaltc.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import java.math.BigDecimal;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.project.ProjectFixtures;
import org.regionaltc.project.ProjectStatus;
import org.regionaltc.project.Projects;
import org.regionaltc.results.Outcomes;
import org.regionaltc.funding.FundingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Walks every endpoint the application registers, for every role and for a focal point of another country,
 * and checks it is allowed or refused as {@link #RULES} says. An endpoint added without a rule here fails.
 * What each role sees in the lists, totals and exports it is allowed is checked by {@link DataScopingTests}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

    /** Who calls: the focal point of Bolivia is the one the country-scoped routes below are called for. */
    enum Who { ANONYMOUS, ADMIN, OFFICER, FOCAL_POINT_BO, FOCAL_POINT_CL, DONOR }

    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    /** Who sees a review cycle that is open but not yet published: the secretariat and every focal point. */
    private static final Set<Who> DIALOGUE_PARTIES = EnumSet.of(Who.ADMIN, Who.OFFICER, Who.FOCAL_POINT_BO, Who.FOCAL_POINT_CL);
    /** {cycleId}, {priorityId}, {meetingId}, {actionId}: rows of the dialogue feature, scoped to Bolivia. */
    private final Map<String, Long> dialogueIds = new TreeMap<>();
    private static final Set<Who> SECRETARIAT = EnumSet.of(Who.ADMIN, Who.OFFICER);
    /** Who writes lessons: the secretariat, and focal points for their own countries. */
    private static final Set<Who> LESSON_WRITERS = EnumSet.of(Who.ADMIN, Who.OFFICER, Who.FOCAL_POINT_BO, Who.FOCAL_POINT_CL);
    private static final Set<Who> ADMIN = EnumSet.of(Who.ADMIN);
    private static final Set<Who> ACTS_FOR_BO = EnumSet.of(Who.ADMIN, Who.OFFICER, Who.FOCAL_POINT_BO);
    /** Resource-mobilization rows of a Bolivian project funded by the GEF, the DONOR's body. */
    private static final Set<Who> BO_OR_GEF = EnumSet.of(Who.ADMIN, Who.OFFICER, Who.FOCAL_POINT_BO, Who.DONOR);

    static final Map<String, Set<Who>> RULES = new TreeMap<>(Map.ofEntries(
        Map.entry("GET /", EVERYONE),
        Map.entry("GET /login", EVERYONE),
        Map.entry("GET /error", EVERYONE),
        Map.entry("GET /countries", EVERYONE),
        Map.entry("GET /countries/{code}", EVERYONE),
        Map.entry("GET /countries/{code}/profile", ACTS_FOR_BO),
        Map.entry("POST /countries/{code}/profile", ACTS_FOR_BO),
        Map.entry("GET /groupings", EVERYONE),
        Map.entry("GET /groupings/{code}", EVERYONE),
        Map.entry("GET /themes", EVERYONE),
        Map.entry("GET /codelists", EVERYONE),
        Map.entry("GET /codelists/{name}", EVERYONE),
        Map.entry("GET /financing-bodies", EVERYONE),
        Map.entry("GET /financing-bodies/{code}", EVERYONE),
        Map.entry("GET /programme", EVERYONE),
        Map.entry("GET /cycles", EVERYONE),
        Map.entry("GET /cycles/new", SECRETARIAT),
        Map.entry("POST /cycles", SECRETARIAT),
        Map.entry("GET /cycles/compare", EVERYONE),
        Map.entry("GET /cycles/{cycleId}", DIALOGUE_PARTIES),
        Map.entry("GET /cycles/{cycleId}/priorities.csv", DIALOGUE_PARTIES),
        Map.entry("POST /cycles/{cycleId}/status", SECRETARIAT),
        Map.entry("GET /cycles/{cycleId}/consolidation", SECRETARIAT),
        Map.entry("POST /cycles/{cycleId}/consolidated", SECRETARIAT),
        Map.entry("POST /cycles/{cycleId}/weights", SECRETARIAT),
        Map.entry("POST /cycles/{cycleId}/endorsement", SECRETARIAT),
        Map.entry("GET /cycles/{cycleId}/relinking", SECRETARIAT),
        Map.entry("POST /cycles/{cycleId}/relinking", SECRETARIAT),
        Map.entry("GET /cycles/{cycleId}/countries/{code}", ACTS_FOR_BO),
        Map.entry("GET /cycles/{cycleId}/countries/{code}/priorities/new", ACTS_FOR_BO),
        Map.entry("POST /cycles/{cycleId}/countries/{code}/priorities", ACTS_FOR_BO),
        Map.entry("GET /priorities/{priorityId}/edit", ACTS_FOR_BO),
        Map.entry("POST /priorities/{priorityId}", ACTS_FOR_BO),
        Map.entry("POST /priorities/{priorityId}/status", ACTS_FOR_BO),
        Map.entry("GET /api/programme", EVERYONE),
        Map.entry("GET /api/cycles", EVERYONE),
        Map.entry("POST /api/cycles", SECRETARIAT),
        Map.entry("GET /api/cycles/compare", EVERYONE),
        Map.entry("GET /api/cycles/{cycleId}", DIALOGUE_PARTIES),
        Map.entry("POST /api/cycles/{cycleId}/transitions", SECRETARIAT),
        Map.entry("GET /api/cycles/{cycleId}/priorities", DIALOGUE_PARTIES),
        Map.entry("POST /api/cycles/{cycleId}/countries/{code}/priorities", ACTS_FOR_BO),
        Map.entry("GET /api/priorities/{priorityId}", ACTS_FOR_BO),
        Map.entry("PUT /api/priorities/{priorityId}", ACTS_FOR_BO),
        Map.entry("POST /api/cycles/{cycleId}/consolidated", SECRETARIAT),
        Map.entry("POST /api/cycles/{cycleId}/weights", SECRETARIAT),
        Map.entry("POST /api/cycles/{cycleId}/endorsement", SECRETARIAT),
        Map.entry("GET /api/cycles/{cycleId}/impact", SECRETARIAT),
        Map.entry("GET /meetings", EVERYONE),
        Map.entry("GET /meetings/new", SECRETARIAT),
        Map.entry("POST /meetings", SECRETARIAT),
        // The matrix's meeting belongs to no review cycle and is not marked public: see DataScopingTests.
        Map.entry("GET /meetings/{meetingId}", SIGNED_IN),
        Map.entry("GET /meetings/{meetingId}/edit", SECRETARIAT),
        Map.entry("POST /meetings/{meetingId}", SECRETARIAT),
        Map.entry("POST /meetings/{meetingId}/decisions", SECRETARIAT),
        Map.entry("POST /meetings/{meetingId}/actions", SECRETARIAT),
        Map.entry("GET /actions", EVERYONE),
        Map.entry("POST /actions/{actionId}/status", SECRETARIAT),
        Map.entry("GET /api/meetings", EVERYONE),
        Map.entry("POST /api/meetings", SECRETARIAT),
        Map.entry("GET /api/meetings/{meetingId}", SIGNED_IN),
        Map.entry("PUT /api/meetings/{meetingId}", SECRETARIAT),
        Map.entry("POST /api/meetings/{meetingId}/decisions", SECRETARIAT),
        Map.entry("POST /api/meetings/{meetingId}/actions", SECRETARIAT),
        Map.entry("GET /api/actions", EVERYONE),
        Map.entry("PUT /api/actions/{actionId}", SECRETARIAT),
        Map.entry("GET /audit", SECRETARIAT),
        Map.entry("GET /admin/users", ADMIN),
        Map.entry("GET /admin/users/new", ADMIN),
        Map.entry("POST /admin/users", ADMIN),
        Map.entry("GET /admin/users/{id}/edit", ADMIN),
        Map.entry("POST /admin/users/{id}", ADMIN),
        Map.entry("POST /admin/users/{id}/password", ADMIN),
        Map.entry("GET /account/password", SIGNED_IN),
        Map.entry("POST /account/password", SIGNED_IN),
        Map.entry("GET /api/countries", EVERYONE),
        Map.entry("GET /api/countries/{code}", EVERYONE),
        Map.entry("PUT /api/countries/{code}/profile", ACTS_FOR_BO),
        Map.entry("GET /api/groupings", EVERYONE),
        Map.entry("GET /api/themes", EVERYONE),
        Map.entry("GET /api/codelists", EVERYONE),
        Map.entry("GET /api/codelists/{name}", EVERYONE),
        Map.entry("GET /api/financing-bodies", EVERYONE),
        Map.entry("GET /api/me", SIGNED_IN),
        Map.entry("GET /api/users", ADMIN),
        Map.entry("POST /api/users", ADMIN),
        Map.entry("GET /api/users/{id}", ADMIN),
        Map.entry("PUT /api/users/{id}", ADMIN),
        Map.entry("GET /api/audit", SECRETARIAT),
        Map.entry("GET /v3/api-docs", EVERYONE),
        Map.entry("GET /v3/api-docs.yaml", EVERYONE),
        Map.entry("GET /v3/api-docs/swagger-config", EVERYONE),
        Map.entry("GET /swagger-ui.html", EVERYONE),
        Map.entry("GET /actuator", ADMIN),
        Map.entry("GET /actuator/health", EVERYONE),
        Map.entry("GET /actuator/health/**", EVERYONE),
        Map.entry("GET /actuator/info", EVERYONE),
        Map.entry("GET /actuator/prometheus", ADMIN),
        Map.entry("GET /projects", EVERYONE),
        Map.entry("GET /projects/{id}", EVERYONE),
        Map.entry("GET /projects/new", SECRETARIAT),
        Map.entry("POST /projects", SECRETARIAT),
        Map.entry("GET /projects/{id}/edit", SECRETARIAT),
        Map.entry("POST /projects/{id}", SECRETARIAT),
        Map.entry("POST /projects/{id}/status", SECRETARIAT),
        Map.entry("POST /projects/{id}/approval", SECRETARIAT),
        Map.entry("POST /projects/{id}/priorities", SECRETARIAT),
        Map.entry("POST /projects/{id}/endorsements/{code}", ACTS_FOR_BO),
        Map.entry("POST /projects/{id}/outcomes", SECRETARIAT),
        Map.entry("POST /projects/{id}/outcomes/{outcomeId}/indicators", SECRETARIAT),
        Map.entry("POST /projects/{id}/indicators/{indicatorId}/values", SECRETARIAT),
        Map.entry("GET /results", SIGNED_IN),
        Map.entry("GET /coverage", SIGNED_IN),
        Map.entry("GET /coverage/{table}.csv", SIGNED_IN),
        Map.entry("GET /dashboard/{chart}.csv", EVERYONE),
        Map.entry("GET /api/dashboard", EVERYONE),
        Map.entry("GET /projects.csv", EVERYONE),
        Map.entry("GET /projects.xlsx", EVERYONE),
        Map.entry("GET /cycles/{cycleId}/priorities.xlsx", DIALOGUE_PARTIES),
        Map.entry("GET /funding/ledger.csv", SIGNED_IN),
        Map.entry("GET /funding/ledger.xlsx", SIGNED_IN),
        Map.entry("GET /pipeline.csv", SIGNED_IN),
        Map.entry("GET /pipeline.xlsx", SIGNED_IN),
        Map.entry("GET /results.csv", SIGNED_IN),
        Map.entry("GET /results.xlsx", SIGNED_IN),
        Map.entry("GET /coverage/{table}.xlsx", SIGNED_IN),
        Map.entry("GET /audit.csv", SECRETARIAT),
        Map.entry("GET /audit.xlsx", SECRETARIAT),
        Map.entry("GET /programme.xlsx", SECRETARIAT),
        Map.entry("GET /cycles/{cycleId}/report", DIALOGUE_PARTIES),
        Map.entry("GET /cycles/{cycleId}/report.pdf", DIALOGUE_PARTIES),
        Map.entry("GET /api/projects", EVERYONE),
        Map.entry("GET /api/projects/{id}", EVERYONE),
        Map.entry("GET /api/projects/{id}/alignment", EVERYONE),
        Map.entry("GET /api/projects/{id}/outcomes", EVERYONE),
        Map.entry("POST /api/projects", SECRETARIAT),
        Map.entry("PUT /api/projects/{id}", SECRETARIAT),
        Map.entry("POST /api/projects/{id}/status", SECRETARIAT),
        Map.entry("POST /api/projects/{id}/approval", SECRETARIAT),
        Map.entry("PUT /api/projects/{id}/priorities", SECRETARIAT),
        Map.entry("PUT /api/projects/{id}/endorsements/{code}", ACTS_FOR_BO),
        Map.entry("POST /api/projects/{id}/outcomes", SECRETARIAT),
        Map.entry("POST /api/projects/{id}/outcomes/{outcomeId}/indicators", SECRETARIAT),
        Map.entry("PUT /api/projects/{id}/indicators/{indicatorId}/values", SECRETARIAT),
        Map.entry("GET /api/portfolio/alignment", SIGNED_IN),
        Map.entry("GET /api/coverage/priorities", SIGNED_IN),
        Map.entry("GET /api/coverage/matrix", SIGNED_IN),
        Map.entry("GET /api/coverage/gaps", SIGNED_IN),
        Map.entry("GET /api/coverage/off-programme", SIGNED_IN),
        Map.entry("GET /api/results/rollup", SIGNED_IN),
        Map.entry("GET /financing/bodies/{body}", EVERYONE),
        Map.entry("GET /financing/bodies/new", SECRETARIAT),
        Map.entry("POST /financing/bodies", SECRETARIAT),
        Map.entry("GET /financing/bodies/{body}/edit", SECRETARIAT),
        Map.entry("POST /financing/bodies/{body}", SECRETARIAT),
        Map.entry("POST /api/financing-bodies", SECRETARIAT),
        Map.entry("PUT /api/financing-bodies/{body}", SECRETARIAT),
        Map.entry("POST /financing/bodies/{body}/contacts", SECRETARIAT),
        Map.entry("POST /financing/bodies/{body}/contacts/{contactId}/delete", SECRETARIAT),
        Map.entry("GET /financing/rules/new", SECRETARIAT),
        Map.entry("POST /financing/rules", SECRETARIAT),
        Map.entry("POST /financing/rules/{ruleId}/delete", SECRETARIAT),
        Map.entry("GET /financing/rules/{ruleId}/edit", SECRETARIAT),
        Map.entry("POST /financing/rules/{ruleId}", SECRETARIAT),
        Map.entry("GET /api/financing-bodies/{body}/profile", EVERYONE),
        Map.entry("POST /api/financing-bodies/{body}/contacts", SECRETARIAT),
        Map.entry("GET /api/eligibility-rules", EVERYONE),
        Map.entry("POST /api/eligibility-rules", SECRETARIAT),
        Map.entry("DELETE /api/eligibility-rules/{ruleId}", SECRETARIAT),
        Map.entry("PUT /api/eligibility-rules/{ruleId}", SECRETARIAT),
        Map.entry("GET /funding/rates", SIGNED_IN),
        Map.entry("POST /funding/rates", SECRETARIAT),
        Map.entry("POST /funding/rates/import", SECRETARIAT),
        Map.entry("GET /funding/ledger", SIGNED_IN),
        Map.entry("GET /funding/ledger/new", SECRETARIAT),
        Map.entry("POST /funding/ledger", SECRETARIAT),
        Map.entry("POST /funding/ledger/{entryId}/delete", SECRETARIAT),
        Map.entry("GET /funding/ledger/import", SECRETARIAT),
        Map.entry("POST /funding/ledger/import", SECRETARIAT),
        // Issue 12: anyone signed in validates an IATI file; the secretariat imports.
        Map.entry("GET /iati", SIGNED_IN),
        Map.entry("GET /iati/landscape", EVERYONE),
        Map.entry("POST /iati/validate", SIGNED_IN),
        Map.entry("POST /iati/import", SECRETARIAT),
        Map.entry("GET /iati/import/{importId}", SECRETARIAT),
        Map.entry("POST /api/iati/validate", SIGNED_IN),
        Map.entry("POST /api/iati/import", SECRETARIAT),
        Map.entry("GET /funding/windows", SIGNED_IN),
        Map.entry("POST /funding/windows", SECRETARIAT),
        Map.entry("GET /funding/windows/{windowId}/edit", SECRETARIAT),
        Map.entry("POST /funding/windows/{windowId}", SECRETARIAT),
        Map.entry("PUT /api/funding-windows/{windowId}", SECRETARIAT),
        Map.entry("POST /funding/cofinancing", SECRETARIAT),
        Map.entry("GET /api/exchange-rates", SIGNED_IN),
        Map.entry("POST /api/exchange-rates", SECRETARIAT),
        Map.entry("POST /api/exchange-rates/import", SECRETARIAT),
        Map.entry("GET /api/ledger-entries", SIGNED_IN),
        Map.entry("POST /api/ledger-entries", SECRETARIAT),
        Map.entry("DELETE /api/ledger-entries/{entryId}", SECRETARIAT),
        Map.entry("POST /api/ledger-entries/import", SECRETARIAT),
        Map.entry("GET /api/funding-windows", SIGNED_IN),
        Map.entry("GET /api/funding-windows/{windowId}", SIGNED_IN),
        Map.entry("POST /api/funding-windows", SECRETARIAT),
        Map.entry("GET /api/cofinancing", SIGNED_IN),
        Map.entry("POST /api/cofinancing", SECRETARIAT),
        Map.entry("GET /pipeline", SIGNED_IN),
        Map.entry("GET /pipeline/new", SECRETARIAT),
        Map.entry("POST /pipeline", SECRETARIAT),
        Map.entry("GET /pipeline/{proposalId}", BO_OR_GEF),
        Map.entry("POST /pipeline/{proposalId}/moves", SECRETARIAT),
        Map.entry("POST /pipeline/stages", SECRETARIAT),
        Map.entry("GET /api/proposals", SIGNED_IN),
        Map.entry("POST /api/proposals", SECRETARIAT),
        Map.entry("GET /api/proposals/{proposalId}", BO_OR_GEF),
        Map.entry("POST /api/proposals/{proposalId}/moves", SECRETARIAT),
        Map.entry("GET /api/pipeline-stages", SIGNED_IN),
        Map.entry("PUT /api/pipeline-stages/{stage}", SECRETARIAT),
        Map.entry("GET /mobilization", SIGNED_IN),
        Map.entry("GET /mobilization/projects/{projectId}", ACTS_FOR_BO),
        Map.entry("GET /mobilization/portfolios/{body}", SIGNED_IN),
        Map.entry("GET /api/mobilization/gaps", SIGNED_IN),
        Map.entry("GET /api/mobilization/over-budget", SIGNED_IN),
        Map.entry("GET /api/mobilization/gap-totals", SIGNED_IN),
        Map.entry("GET /api/mobilization/concentration", SIGNED_IN),
        Map.entry("GET /api/mobilization/deadlines", SIGNED_IN),
        Map.entry("GET /api/mobilization/ratios", SIGNED_IN),
        Map.entry("GET /api/mobilization/projects/{projectId}", ACTS_FOR_BO),
        Map.entry("GET /api/mobilization/portfolios/{body}", SIGNED_IN),
        // National offers: the matrix's offer is Bolivia's, on the open cycle's Bolivian draft; what each role sees
        // of a cycle's offers is checked by NationalOfferIntegrationTests.whatEachRoleSeesOfACyclesOffers.
        Map.entry("GET /priorities/{priorityId}/national-offers", ACTS_FOR_BO),
        Map.entry("POST /priorities/{priorityId}/national-offers", ACTS_FOR_BO),
        Map.entry("POST /national-offers/{offerId}", ACTS_FOR_BO),
        Map.entry("POST /national-offers/{offerId}/delete", ACTS_FOR_BO),
        Map.entry("GET /cycles/{cycleId}/national-offers", DIALOGUE_PARTIES),
        Map.entry("GET /cycles/{cycleId}/national-offers.csv", DIALOGUE_PARTIES),
        Map.entry("GET /cycles/compare/national-offers", EVERYONE),
        Map.entry("GET /mobilization/national-offers", SIGNED_IN),
        Map.entry("GET /mobilization/projects/{projectId}/national-offers", ACTS_FOR_BO),
        Map.entry("POST /mobilization/projects/{projectId}/national-offers/{offerId}/confirmations", SECRETARIAT),
        Map.entry("GET /api/cycles/{cycleId}/national-offers", DIALOGUE_PARTIES),
        Map.entry("GET /api/cycles/{cycleId}/national-offers/figures", DIALOGUE_PARTIES),
        Map.entry("GET /api/priorities/{priorityId}/national-offers", ACTS_FOR_BO),
        Map.entry("POST /api/priorities/{priorityId}/national-offers", ACTS_FOR_BO),
        Map.entry("PUT /api/national-offers/{offerId}", ACTS_FOR_BO),
        Map.entry("DELETE /api/national-offers/{offerId}", ACTS_FOR_BO),
        Map.entry("POST /api/national-offers/{offerId}/confirmations", SECRETARIAT),
        Map.entry("GET /api/cycles/compare/national-offers", EVERYONE),
        // The matrix's lesson is a draft of Bolivia, with one document.
        Map.entry("GET /lessons", EVERYONE),
        Map.entry("GET /lessons/new", LESSON_WRITERS),
        Map.entry("POST /lessons", LESSON_WRITERS),
        Map.entry("GET /lessons/{lessonId}", ACTS_FOR_BO),
        Map.entry("GET /lessons/{lessonId}/edit", ACTS_FOR_BO),
        Map.entry("POST /lessons/{lessonId}", ACTS_FOR_BO),
        Map.entry("POST /lessons/{lessonId}/publication", SECRETARIAT),
        Map.entry("POST /lessons/{lessonId}/documents", ACTS_FOR_BO),
        Map.entry("GET /lessons/{lessonId}/documents/{documentId}", ACTS_FOR_BO),
        Map.entry("GET /api/lessons", EVERYONE),
        Map.entry("POST /api/lessons", LESSON_WRITERS),
        Map.entry("GET /api/lessons/{lessonId}", ACTS_FOR_BO),
        Map.entry("PUT /api/lessons/{lessonId}", ACTS_FOR_BO),
        Map.entry("POST /api/lessons/{lessonId}/publication", SECRETARIAT),
        Map.entry("GET /search", EVERYONE),
        Map.entry("GET /api/search", EVERYONE),
        Map.entry("GET /partners", EVERYONE),
        Map.entry("GET /partners/new", SECRETARIAT),
        Map.entry("POST /partners", SECRETARIAT),
        Map.entry("GET /agreements/new", SECRETARIAT),
        Map.entry("POST /agreements", SECRETARIAT),
        Map.entry("GET /cooperation", EVERYONE),
        Map.entry("GET /cooperation/new", SECRETARIAT),
        Map.entry("POST /cooperation", SECRETARIAT),
        Map.entry("GET /api/partners", EVERYONE),
        Map.entry("POST /api/partners", SECRETARIAT),
        Map.entry("GET /api/agreements", EVERYONE),
        Map.entry("POST /api/agreements", SECRETARIAT),
        Map.entry("GET /api/agreements/due", SECRETARIAT),
        Map.entry("GET /api/cooperation-links", EVERYONE),
        Map.entry("POST /api/cooperation-links", SECRETARIAT),
        Map.entry("GET /experts", SIGNED_IN),
        Map.entry("GET /experts/{expertId}", SIGNED_IN),
        Map.entry("GET /experts/new", SECRETARIAT),
        Map.entry("POST /experts", SECRETARIAT),
        Map.entry("GET /experts/matches", SECRETARIAT),
        Map.entry("GET /experts/{expertId}/export", SECRETARIAT),
        Map.entry("POST /experts/{expertId}/erasure", SECRETARIAT),
        Map.entry("GET /api/experts", SIGNED_IN),
        Map.entry("GET /api/experts/{expertId}", SIGNED_IN),
        Map.entry("POST /api/experts", SECRETARIAT),
        Map.entry("PUT /api/experts/{expertId}", SECRETARIAT),
        Map.entry("DELETE /api/experts/{expertId}", SECRETARIAT),
        Map.entry("GET /api/experts/{expertId}/export", SECRETARIAT),
        Map.entry("GET /api/experts/matches", SECRETARIAT),
        Map.entry("POST /agreements/{agreementId}/documents", SECRETARIAT),
        Map.entry("GET /partners/{partnerId}/edit", SECRETARIAT),
        Map.entry("POST /partners/{partnerId}", SECRETARIAT),
        Map.entry("GET /agreements/{agreementId}/edit", SECRETARIAT),
        Map.entry("POST /agreements/{agreementId}", SECRETARIAT),
        Map.entry("GET /cooperation/{linkId}/edit", SECRETARIAT),
        Map.entry("POST /cooperation/{linkId}", SECRETARIAT),
        Map.entry("PUT /api/partners/{partnerId}", SECRETARIAT),
        Map.entry("PUT /api/agreements/{agreementId}", SECRETARIAT),
        Map.entry("PUT /api/cooperation-links/{linkId}", SECRETARIAT),
        Map.entry("GET /experts/{expertId}/edit", SECRETARIAT),
        Map.entry("POST /experts/{expertId}", SECRETARIAT),
        Map.entry("GET /agreements/{agreementId}/documents/{agreementDocumentId}", EVERYONE),
        Map.entry("GET /optimizer", SECRETARIAT),
        Map.entry("POST /optimizer/runs", SECRETARIAT),
        Map.entry("GET /optimizer/runs/{runId}", SECRETARIAT),
        Map.entry("POST /optimizer/runs/{runId}/accept", SECRETARIAT),
        Map.entry("POST /optimizer/runs/{runId}/scenario", SECRETARIAT),
        Map.entry("GET /optimizer/scenarios/{scenarioId}", SECRETARIAT),
        Map.entry("POST /optimizer/scenarios/{scenarioId}/runs", SECRETARIAT),
        Map.entry("GET /optimizer/compare", SECRETARIAT),
        Map.entry("POST /api/optimizer/solve", SECRETARIAT),
        Map.entry("GET /api/optimizer/problem", SECRETARIAT)));

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    Projects projects;
    @Autowired
    Outcomes outcomes;

    private final Map<Who, String> usernames = new TreeMap<>();
    private long someUserId;
    /** A published project in Bolivia, with an outcome and an indicator. */
    private long boliviaProject;
    private long outcomeId;
    private long indicatorId;
    private final Map<String, String> fundingIds = new TreeMap<>();

    @BeforeAll
    void createOneAccountPerRole() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String password = "matrix-password-" + suffix;
        dialogueIds.putAll(org.regionaltc.priority.PriorityMatrixRows.create(context, suffix));
        dialogueIds.put("{offerId}", org.regionaltc.offer.OfferFixtures.anOffer(jdbc, dialogueIds.get("{priorityId}"),
            "BO", "USD", "1000.00"));
        record Account(Who who, String role, List<String> countries, String body) {
        }
        for (Account a : List.of(new Account(Who.ADMIN, "ADMIN", List.of(), null),
                new Account(Who.OFFICER, "OFFICER", List.of(), null),
                new Account(Who.FOCAL_POINT_BO, "FOCAL_POINT", List.of("BO"), null),
                new Account(Who.FOCAL_POINT_CL, "FOCAL_POINT", List.of("CL"), null),
                new Account(Who.DONOR, "DONOR", List.of(), "GEF"))) {
            String username = a.who().name().toLowerCase() + "-" + suffix;
            long id = administration.create(username, password, a.who().name(), null, a.role(), a.countries(), a.body());
            usernames.put(a.who(), username);
            someUserId = id;
        }
        boliviaProject = ProjectFixtures.aProject(projects, new BigDecimal("1000"), "BO", 100);
        ProjectFixtures.forceStatus(jdbc, boliviaProject, ProjectStatus.APPROVED);
        jdbc.sql("INSERT INTO project_outcome (project_id, title) VALUES (:p, 'o')").param("p", boliviaProject).update();
        outcomeId = jdbc.sql("SELECT id FROM project_outcome WHERE project_id = :p").param("p", boliviaProject)
            .query(Long.class).single();
        jdbc.sql("INSERT INTO outcome_indicator (outcome_id, name, unit) VALUES (:o, 'i', 'u')").param("o", outcomeId).update();
        indicatorId = jdbc.sql("SELECT MAX(id) FROM outcome_indicator WHERE outcome_id = :o").param("o", outcomeId)
            .query(Long.class).single();
        long project = FundingFixtures.aProject(jdbc, "BO", "100000.00");
        long window = FundingFixtures.aWindow(jdbc, "GEF", "USD", "500000.00");
        fundingIds.put("{projectId}", String.valueOf(project));
        fundingIds.put("{windowId}", String.valueOf(window));
        fundingIds.put("{proposalId}", String.valueOf(FundingFixtures.aProposal(jdbc, project, "GEF")));
        fundingIds.put("{body}", "GEF");
        fundingIds.put("{stage}", "IDENTIFIED");
        long lesson = org.regionaltc.knowledge.LessonFixtures.aDraftOf(jdbc, "BO");
        fundingIds.put("{lessonId}", String.valueOf(lesson));
        long agreement = org.regionaltc.alliance.AllianceFixtures.anAgreement(jdbc, "ACTIVE");
        fundingIds.put("{agreementId}", String.valueOf(agreement));
        fundingIds.put("{partnerId}", String.valueOf(org.regionaltc.alliance.AllianceFixtures.aPartner(jdbc)));
        fundingIds.put("{linkId}", String.valueOf(org.regionaltc.alliance.AllianceFixtures.aLink(jdbc, project)));
        fundingIds.put("{agreementDocumentId}", String.valueOf(org.regionaltc.alliance.AllianceFixtures.aDocument(jdbc, agreement)));
        fundingIds.put("{documentId}", String.valueOf(org.regionaltc.knowledge.LessonFixtures.aDocument(jdbc, lesson)));
        long scenario = org.regionaltc.optimizer.OptimizerFixtures.aScenario(context);
        fundingIds.put("{scenarioId}", String.valueOf(scenario));
        fundingIds.put("{runId}", org.regionaltc.optimizer.OptimizerFixtures.aRun(context));
        fundingIds.put("{importId}", java.util.UUID.randomUUID().toString());
        fundingIds.put("/optimizer/compare", "/optimizer/compare?a=" + scenario + "&b=" + scenario);
    }

    @Test
    void everyRegisteredEndpointHasARuleAndEveryRuleAnEndpoint() {
        Set<String> registered = registeredEndpoints();
        assertThat(registered).as("endpoints registered without a rule in AuthorizationMatrixTests.RULES")
            .isSubsetOf(RULES.keySet());
        assertThat(RULES.keySet()).as("rules for endpoints that no longer exist").isSubsetOf(registered);
    }

    @TestFactory
    Stream<DynamicTest> eachEndpointAllowsExactlyTheRolesItsRuleNames() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String endpoint : registeredEndpoints()) {
            Set<Who> allowed = RULES.getOrDefault(endpoint, Set.of());
            for (Who who : Who.values()) {
                boolean expected = allowed.contains(who);
                tests.add(DynamicTest.dynamicTest(endpoint + " as " + who + (expected ? " is allowed" : " is refused"),
                    () -> assertThat(isAllowed(endpoint, who))
                        .as(endpoint + " as " + who).isEqualTo(expected)));
            }
        }
        return tests.stream();
    }

    private boolean isAllowed(String endpoint, Who who) throws Exception {
        String[] parts = withDialogueIds(endpoint).split(" ", 2);
        HttpMethod method = HttpMethod.valueOf(parts[0]);
        String path = parts[1];
        // A rule, a ledger entry, a contact or an expert is deleted by the first role allowed to: each call gets its own.
        if (path.contains("{ruleId}")) {
            path = path.replace("{ruleId}", String.valueOf(FundingFixtures.aRule(jdbc, "NO")));
        }
        if (path.contains("{expertId}")) {
            path = path.replace("{expertId}", String.valueOf(org.regionaltc.alliance.ExpertFixtures.anExpert(jdbc)));
        }
        if (path.contains("{contactId}")) {
            path = path.replace("{contactId}", String.valueOf(FundingFixtures.aContact(jdbc, "GEF")));
        }
        if (path.contains("{entryId}")) {
            path = path.replace("{entryId}", String.valueOf(FundingFixtures.anEntry(jdbc, "COMMITMENT", "GEF",
                Long.parseLong(fundingIds.get("{projectId}")), Long.parseLong(fundingIds.get("{windowId}")), "1.00")));
        }
        for (Map.Entry<String, String> id : fundingIds.entrySet()) {
            path = path.replace(id.getKey(), id.getValue());
        }
        path = path
            .replace("{code}", path(parts[1]))
            .replace("{name}", "Sector")
            .replace("{id}", String.valueOf(parts[1].contains("/projects/") ? boliviaProject : someUserId))
            .replace("{outcomeId}", String.valueOf(outcomeId))
            .replace("{indicatorId}", String.valueOf(indicatorId))
            .replace("{table}", "gaps")
            .replace("{chart}", "status")
            .replace("/**", "/liveness");
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path);
        if (method != HttpMethod.GET) {
            request.with(csrf());
            if (path.startsWith("/api/")) {
                request.contentType(MediaType.APPLICATION_JSON).content("{\"version\": -1}");
            }
        }
        if (who != Who.ANONYMOUS) {
            request.with(user(users.loadUserByUsername(usernames.get(who))));
        }
        MvcResult result = mvc.perform(request).andReturn();
        int status = result.getResponse().getStatus();
        String location = result.getResponse().getRedirectedUrl();
        boolean sentToLogin = status == 302 && location != null && location.endsWith("/login");
        boolean allowed = status != 401 && status != 403 && !sentToLogin;
        // A server error or a route that finds nothing proves nothing about access: the call must reach the
        // feature with ids that exist, or the rule passes for the wrong reason.
        if (!ERROR_PAGE.equals(endpoint)) {
            assertThat(status).as("%s %s as %s answered a server error", method, path, who).isLessThan(500);
        }
        if (allowed && !NOT_FOUND_IS_THE_ANSWER.contains(endpoint)) {
            assertThat(status).as("%s %s as %s found nothing: give the route a real fixture id", method, path, who)
                .isNotEqualTo(404);
        }
        return allowed;
    }

    /**
     * Routes whose answer to the matrix's call is a 404 by design: the body of {"version": -1} names no row, or the
     * path names something that exists only for other tests.
     */
    private static final Set<String> NOT_FOUND_IS_THE_ANSWER = Set.of(
        // an import's progress lives in memory while it runs: the matrix names none
        "GET /iati/import/{importId}");

    /** The error page itself, called with no error to show, answers as the error it stands for. */
    private static final String ERROR_PAGE = "GET /error";

    private String withDialogueIds(String endpoint) {
        String substituted = endpoint;
        for (Map.Entry<String, Long> id : dialogueIds.entrySet()) {
            substituted = substituted.replace(id.getKey(), String.valueOf(id.getValue()));
        }
        return substituted;
    }

    private static String path(String pattern) {
        if (pattern.startsWith("/groupings")) {
            return "CAN";
        }
        if (pattern.startsWith("/financing-bodies")) {
            return "GEF";
        }
        return "BO";
    }

    private Set<String> registeredEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            mapping.getHandlerMethods().keySet().forEach(info -> {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    String normalized = pattern.replaceAll("\\{\\*[^}]+}", "**");
                    if (methods.isEmpty()) {
                        endpoints.add("GET " + normalized);
                    }
                    methods.forEach(m -> endpoints.add(m.name() + " " + normalized));
                }
            });
        }
        return endpoints;
    }
}
