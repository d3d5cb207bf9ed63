package org.regionaltc.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class DialogueIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;
    @Autowired
    Meetings meetings;
    @Autowired
    ActionItems actions;

    private String officer;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @BeforeEach
    void setUp() {
        officer = AccountFixtures.anOfficer(administration);
    }

    @Test
    void recordsAMeetingWithDecisionsAndActionItemsThroughTheApi() throws Exception {
        String title = unique("Consultation");
        String created = mvc.perform(post("/api/meetings").with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"title": "%s", "kind": "CONSULTATION", "heldOn": "2025-05-05", "online": true,
                     "countries": ["PE", "CL"], "organisations": "UNIDO; CAN", "agenda": "Priorities",
                     "openToPublic": true}
                    """.formatted(title)))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.countries[0]").value("CL"))
            .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(post("/api/meetings/{m}/decisions", id).with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Open the next cycle.\"}"))
            .andExpect(status().isCreated());
        mvc.perform(post("/api/meetings/{m}/actions", id).with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"description\": \"Send the template\", \"owner\": \"Secretariat\", \"dueDate\": \"2099-01-01\"}"))
            .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("OPEN"));

        mvc.perform(get("/api/meetings/{m}", id))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.meeting.title").value(title))
            .andExpect(jsonPath("$.decisions[0].text").value("Open the next cycle."))
            .andExpect(jsonPath("$.actions[0].owner").value("Secretariat"));
    }

    @Test
    void refusesUnknownCountriesAndMissingFieldsNamingThem() throws Exception {
        mvc.perform(post("/api/meetings").with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"x\", \"kind\": \"MEETING\", \"heldOn\": \"2025-05-05\", \"countries\": [\"ZZ\"]}"))
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("countries"));
        mvc.perform(post("/api/meetings").with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"MEETING\", \"heldOn\": \"2025-05-05\"}"))
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("title"));
    }

    @Test
    void overdueActionItemsStandOutAndAreListedOnTheHomePage() throws Exception {
        Meeting meeting = aMeeting();
        ActionItem late = actions.create(meeting.id(), new ActionItemForm(unique("Late report"), "Focal point of Peru",
            today.minusDays(3), null, null, null));
        ActionItem onTime = actions.create(meeting.id(), new ActionItemForm(unique("Future report"), "Secretariat",
            today.plusDays(3), null, null, null));
        ActionItem doneLate = actions.create(meeting.id(), new ActionItemForm(unique("Done report"), "Secretariat",
            today.minusDays(3), ActionItem.Status.DONE, null, null));

        assertThat(actions.overdueOn(today)).extracting(ActionItem::id).contains(late.id())
            .doesNotContain(onTime.id(), doneLate.id());
        String home = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("Overdue action items").contains(late.description())
            .doesNotContain(onTime.description()).doesNotContain(doneLate.description());
        String page = mvc.perform(get("/meetings/{m}", meeting.id())).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        assertThat(page.substring(page.indexOf(late.description()) - 300, page.indexOf(late.description())))
            .contains("overdue-row");
        mvc.perform(get("/api/actions").param("overdue", "true")).andExpect(status().isOk())
            .andExpect(jsonPath("$[?(@.id == %d)]".formatted(late.id())).isNotEmpty())
            .andExpect(jsonPath("$[?(@.id == %d)]".formatted(onTime.id())).isEmpty());
    }

    @Test
    void closingAnActionItemTakesItOffTheOverdueListAndAStaleVersionConflicts() throws Exception {
        Meeting meeting = aMeeting();
        ActionItem late = actions.create(meeting.id(), new ActionItemForm(unique("Late"), "Secretariat",
            today.minusDays(1), null, null, null));

        mvc.perform(post("/actions/{a}/status", late.id()).with(user(users.loadUserByUsername(officer))).with(csrf())
                .param("status", "DONE").param("version", String.valueOf(late.version())))
            .andExpect(status().is3xxRedirection());
        assertThat(actions.overdueOn(today)).extracting(ActionItem::id).doesNotContain(late.id());
        mvc.perform(put("/api/actions/{a}", late.id()).with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"description": "Late", "owner": "Someone else", "dueDate": "2099-01-01", "status": "OPEN",
                     "version": %d}
                    """.formatted(late.version())))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("status Done")));
    }

    @Test
    void aFocalPointCannotChangeTheDialogueRecord() throws Exception {
        String focalPoint = AccountFixtures.aFocalPointOf(administration, "PE");
        mvc.perform(post("/api/meetings").with(httpBasic(focalPoint, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"x\", \"kind\": \"MEETING\", \"heldOn\": \"2025-05-05\"}"))
            .andExpect(status().isForbidden());
    }

    /** A meeting marked public, so that anonymous visitors read it and its action items. */
    private Meeting aMeeting() {
        return meetings.create(new Meeting(0, unique("Meeting"), Meeting.MeetingKind.MEETING, today.minusDays(30), "Lima",
            false, java.util.List.of("PE"), null, null, null, null, null, true, false, 0));
    }

    private static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
