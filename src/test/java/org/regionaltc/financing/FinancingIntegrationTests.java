package org.regionaltc.financing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A financing body's published page: its type, IATI identifier and rules for all, its contacts for users. */
@SpringBootTest
@AutoConfigureMockMvc
class FinancingIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;
    @Autowired
    Contacts contacts;
    @Autowired
    EligibilityRules rules;

    @Test
    void visitorsSeeTheRulesButNotTheContacts() throws Exception {
        String name = "Desk " + UUID.randomUUID();
        contacts.create("JP", name, "Officer", "desk@example.org", null, false);
        mvc.perform(get("/financing/bodies/JP"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("XM-DAC-701")))
            .andExpect(content().string(not(containsString(name))));
        mvc.perform(get("/financing/bodies/JP").with(user(users.loadUserByUsername(AccountFixtures.aFocalPointOf(administration, "PE")))))
            .andExpect(content().string(containsString(name)));
        mvc.perform(get("/api/financing-bodies/JP/profile"))
            .andExpect(jsonPath("$.body.iatiOrgRef").value("XM-DAC-701"))
            .andExpect(jsonPath("$.contacts.length()").value(0));
    }

    @Test
    void theSecretariatAddsABodyAndKeepsItsTypeAndIatiIdentifierUpToDate() throws Exception {
        String officer = AccountFixtures.anOfficer(administration);
        String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        String json = """
            {"code": "%s", "name": "Inter-American Development Bank (test)", "type": "DEVELOPMENT_BANK",
             "iatiOrgRef": "XI-IATI-IADB", "website": "https://www.iadb.org"}""".formatted(code);
        mvc.perform(post("/api/financing-bodies").with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.version").value(0));
        mvc.perform(post("/api/financing-bodies").with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json))
            .andExpect(status().isConflict());
        mvc.perform(put("/api/financing-bodies/" + code).with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"code": "%s", "name": "IDB", "type": "DEVELOPMENT_BANK", "iatiOrgRef": "not an id", "version": 0}"""
                    .formatted(code)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("iatiOrgRef"));
        String update = """
            {"code": "%s", "name": "IDB", "type": "MULTILATERAL", "iatiOrgRef": "XI-IATI-IADB", "version": 0}"""
            .formatted(code);
        mvc.perform(put("/api/financing-bodies/" + code).with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(update))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.type").value("MULTILATERAL"))
            .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/financing-bodies/" + code).with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(update))
            .andExpect(status().isConflict());
        mvc.perform(post("/financing/bodies/" + code).with(csrf()).with(user(users.loadUserByUsername(officer)))
                .param("code", code).param("name", "IDB again").param("type", "DEVELOPMENT_BANK").param("version", "0"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("changed by someone else")))
            .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        mvc.perform(get("/financing-bodies/" + code)).andExpect(redirectedUrl("/financing/bodies/" + code));
        mvc.perform(get("/financing/bodies/" + code)).andExpect(status().isOk())
            .andExpect(content().string(containsString("XI-IATI-IADB")));
    }

    @Test
    void theSecretariatAddsContactsAndRulesFromThePages() throws Exception {
        var officer = user(users.loadUserByUsername(AccountFixtures.anOfficer(administration)));
        mvc.perform(post("/financing/bodies/KR/contacts").with(csrf()).with(officer)
                .param("name", "KOICA desk").param("email", "not-an-email"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("field-error")));
        mvc.perform(post("/financing/bodies/KR/contacts").with(csrf()).with(officer)
                .param("name", "KOICA desk").param("email", "desk@example.org"))
            .andExpect(redirectedUrl("/financing/bodies/KR"));
        assertThat(contacts.findByBody("KR")).extracting(Contact::name).contains("KOICA desk");

        mvc.perform(post("/financing/rules").with(csrf()).with(officer).param("bodyCode", "KR")
                .param("name", "").param("periodStart", "2020-01-01").param("countries", "BO, XX"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is not a GRULAC country: XX")))
            .andExpect(content().string(containsString("is required")));
        String name = "Korea rule " + UUID.randomUUID();
        mvc.perform(post("/financing/rules").with(csrf()).with(officer).param("bodyCode", "KR")
                .param("name", name).param("periodStart", "2020-01-01").param("periodEnd", "2020-12-31")
                .param("countries", "bo pe").param("cofinancingRatio", "1.5"))
            .andExpect(redirectedUrl("/financing/bodies/KR"));
        EligibilityRule rule = rules.findByBody("KR").stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
        assertThat(rule.countries()).containsExactlyInAnyOrder("BO", "PE");
        mvc.perform(get("/financing/bodies/KR")).andExpect(content().string(containsString(name)));
        mvc.perform(post("/financing/rules/" + rule.id() + "/delete").with(csrf()).with(officer))
            .andExpect(redirectedUrl("/financing/bodies/KR"));
        assertThat(rules.findByBody("KR")).extracting(EligibilityRule::name).doesNotContain(name);
    }

    @Test
    void theSecretariatChangesARuleInPlaceAndIsToldWhenSomeoneChangedItFirst() throws Exception {
        String officer = AccountFixtures.anOfficer(administration);
        var officerUser = user(users.loadUserByUsername(officer));
        EligibilityRule rule = rules.create(new RuleDraft("KR", "Korea rule " + UUID.randomUUID(),
            java.time.LocalDate.of(2024, 1, 1), null, List.of("C"), List.of(), List.of("BO"), List.of(), null, null,
            null, null), false);

        mvc.perform(get("/financing/rules/" + rule.id() + "/edit").with(officerUser))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("value=\"" + rule.name() + "\"")))
            .andExpect(content().string(containsString("name=\"version\" value=\"0\"")))
            // Countries, themes and scopes are ticked by name, not typed as codes or enum names.
            .andExpect(content().string(containsString("name=\"countries\" value=\"BO\" checked=\"checked\"")))
            .andExpect(content().string(containsString("name=\"themes\" value=\"C\" checked=\"checked\"")))
            .andExpect(content().string(containsString("name=\"scopes\" value=\"SUB_REGIONAL\"")))
            .andExpect(content().string(containsString("<span>Sub-regional</span>")))
            .andExpect(content().string(containsString("list=\"sector-list\"")));
        mvc.perform(post("/financing/rules/" + rule.id()).with(csrf()).with(officerUser)
                .param("bodyCode", "KR").param("name", rule.name()).param("periodStart", "2024-01-01")
                .param("countries", "BO, PE, XX").param("version", "0"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is not a GRULAC country: XX")));
        mvc.perform(post("/financing/rules/" + rule.id()).with(csrf()).with(officerUser)
                .param("bodyCode", "KR").param("name", rule.name()).param("periodStart", "2024-01-01")
                .param("periodEnd", "2027-12-31").param("countries", "BO, PE").param("themes", "C, A")
                .param("maxGrantUsd", "2000000").param("version", "0"))
            .andExpect(redirectedUrl("/financing/bodies/KR"));
        EligibilityRule changed = rules.get(rule.id());
        assertThat(changed.countries()).containsExactlyInAnyOrder("BO", "PE");
        assertThat(changed.themes()).containsExactlyInAnyOrder("A", "C");
        assertThat(changed.periodEnd()).isEqualTo(java.time.LocalDate.of(2027, 12, 31));
        assertThat(changed.maxGrantUsd()).isEqualByComparingTo("2000000");
        assertThat(changed.version()).isEqualTo(1);

        mvc.perform(post("/financing/rules/" + rule.id()).with(csrf()).with(officerUser)
                .param("bodyCode", "KR").param("name", "Stale").param("periodStart", "2024-01-01").param("version", "0"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("changed by someone else")))
            .andExpect(content().string(containsString("name=\"name\" value=\"Stale\"")))
            .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        mvc.perform(put("/api/eligibility-rules/" + rule.id()).with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"bodyCode": "GEF", "name": "Moved", "periodStart": "2024-01-01", "version": 1}"""))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("bodyCode"));
        mvc.perform(put("/api/eligibility-rules/" + rule.id()).with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"name": "Korea rule, no limits", "periodStart": "2024-01-01", "version": 1}"""))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.bodyCode").value("KR"))
            .andExpect(jsonPath("$.countries.length()").value(0))
            .andExpect(jsonPath("$.version").value(2));
        mvc.perform(put("/api/eligibility-rules/" + rule.id()).with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"name": "Stale", "periodStart": "2024-01-01", "version": 1}"""))
            .andExpect(status().isConflict());
        assertThat(rules.get(rule.id()).name()).isEqualTo("Korea rule, no limits");
    }

    @Test
    void aSampleRuleTheSecretariatChangesBecomesItsOwn() {
        EligibilityRule sample = rules.create(new RuleDraft("KR", "Sample: Korea " + UUID.randomUUID(),
            java.time.LocalDate.of(2024, 1, 1), null, List.of(), List.of(), List.of(), List.of(), null, null, null,
            null), true);
        EligibilityRule changed = rules.update(sample.id(), new RuleDraft("KR", "KOICA country programme",
            java.time.LocalDate.of(2024, 1, 1), null, List.of(), List.of(), List.of("HN"), List.of(), null, null, null,
            null, sample.version()));
        assertThat(sample.sample()).isTrue();
        assertThat(changed.sample()).as("switching the demo off must not remove it").isFalse();
    }
}
