package org.regionaltc.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The upload page and the API: a focal point validates, the secretariat imports, in the reader's language. */
@SpringBootTest
@AutoConfigureMockMvc
class IatiPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;

    private static MockMultipartFile upload(String xml) {
        return new MockMultipartFile("file", "donor.xml", "application/xml", xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFocalPointSeesTheFindingsOfAnUploadedFileInSpanish() throws Exception {
        String focalPoint = AccountFixtures.aFocalPointOf(administration, "PE");
        String xml = IatiValidatorTests.file(IatiValidatorTests.ACTIVITY.replace("<activity-status code=\"2\"/>",
            "<activity-status code=\"2\"/><oops/>"));

        String page = mvc.perform(multipart("/iati/validate").file(upload(xml)).with(csrf()).param("lang", "es")
                .with(user(users.loadUserByUsername(focalPoint))))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("donor.xml", "Versión 2.03, 1 actividades: no válido según el esquema",
            "XM-DAC-41123-TEST-1", "oops", "esquema");
        assertThat(page).doesNotContain("Importar al programa");
    }

    @Test
    void anOfficerImportsAFileAndSeesWhatWasCreatedWhileAFocalPointMayNot() throws Exception {
        String officer = AccountFixtures.anOfficer(administration);
        String focalPoint = AccountFixtures.aFocalPointOf(administration, "PE");
        String identifier = "XM-DAC-41123-PAGE-" + UUID.randomUUID();
        String xml = IatiValidatorTests.file(IatiValidatorTests.ACTIVITY.replace("XM-DAC-41123-TEST-1", identifier));

        String page = mvc.perform(multipart("/iati/import").file(upload(xml)).with(csrf())
                .with(user(users.loadUserByUsername(officer))))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        mvc.perform(multipart("/iati/import").file(upload(xml)).with(csrf())
                .with(user(users.loadUserByUsername(focalPoint))))
            .andExpect(status().isForbidden());

        assertThat(page).contains("1 activities: 1 created, 0 updated, 0 unchanged, 0 rejected");
    }

    @Test
    void theApiAnswersTheValidationJsonAndRefusesAMissingFileNamingIt() throws Exception {
        String focalPoint = AccountFixtures.aFocalPointOf(administration, "PE");

        String json = mvc.perform(multipart("/api/iati/validate").file(upload(IatiValidatorTests.file(
                IatiValidatorTests.ACTIVITY))).with(user(users.loadUserByUsername(focalPoint))))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String missing = mvc.perform(multipart("/api/iati/validate").with(user(users.loadUserByUsername(focalPoint))))
            .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(json).contains("\"file\": \"donor.xml\"", "\"valid\": true", "\"activities\": 1", "\"errors\": []");
        assertThat(missing).contains("file");
    }

    @Test
    void theImportRunsInTheBackgroundAndItsProgressAnswersThePagePollsWithTheSummary() throws Exception {
        String officer = AccountFixtures.anOfficer(administration);
        String focalPoint = AccountFixtures.aFocalPointOf(administration, "PE");
        String identifier = "GB-GOV-1-POLL-" + UUID.randomUUID();
        String xml = IatiValidatorTests.file(IatiValidatorTests.ACTIVITY.replace("XM-DAC-41123-TEST-1", identifier)
            .replace("XM-DAC-41123\" type=\"40\"><narrative>UNIDO", "GB-GOV-1\" type=\"10\"><narrative>FCDO"));

        String page = mvc.perform(multipart("/iati/import").file(upload(xml)).with(csrf()).param("lang", "es")
                .with(user(users.loadUserByUsername(officer))))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("data-import=\"([0-9a-f-]{36})\"").matcher(page);
        assertThat(id.find()).as("the page names its import").isTrue();
        String fragment = "";
        for (int i = 0; i < 100 && !fragment.contains("id=\"summary\""); i++) {
            fragment = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                    .get("/iati/import/" + id.group(1)).header("HX-Request", "true").param("lang", "es")
                    .with(user(users.loadUserByUsername(officer))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            Thread.sleep(100);
        }

        assertThat(fragment).startsWith("<div id=\"import-job\"").doesNotContain("<html", "hx-get")
            .contains("1 actividades", "1 creadas");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/iati/import/"
                + id.group(1)).with(user(users.loadUserByUsername(focalPoint))))
            .andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/iati/import/"
                + UUID.randomUUID()).with(user(users.loadUserByUsername(officer))))
            .andExpect(status().isNotFound());
    }
}
