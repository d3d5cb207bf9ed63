package org.regionaltc.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Lessons written, published and found through the API and pages, on the real database and index. */
@SpringBootTest
@AutoConfigureMockMvc
class LessonSearchIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;

    private String officer;
    private String peru;
    private String chile;
    private String donor;
    private String word;

    @BeforeEach
    void setUp() {
        officer = AccountFixtures.anOfficer(administration);
        peru = AccountFixtures.aFocalPointOf(administration, "PE");
        chile = AccountFixtures.aFocalPointOf(administration, "CL");
        donor = "donor-" + UUID.randomUUID().toString().substring(0, 8);
        administration.create(donor, AccountFixtures.PASSWORD, "Donor", null, "DONOR", java.util.List.of(), "GEF");
        // A word no other record has, so that the hits are this test's own.
        word = "quinua" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    @Test
    void aDraftOfPeruIsFoundByItsFocalPointAndTheSecretariatButNeverByChileOrAVisitorUntilPublished() throws Exception {
        long id = propose(peru, "PE", "Cooperativas de " + word + " más competitivas");

        awaitHits(peru, word, 1);
        awaitHits(officer, word, 1);
        assertThat(hits(chile, word)).isZero();
        assertThat(hits(donor, word)).isZero();
        assertThat(hits(null, word)).isZero();
        mvc.perform(get("/api/lessons/{id}", id).with(httpBasic(chile, AccountFixtures.PASSWORD)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/lessons/{id}", id)).andExpect(status().is3xxRedirection());

        mvc.perform(post("/api/lessons/{id}/publication", id).with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"PUBLISHED\", \"version\": 0}"))
            .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));

        awaitHits(null, word, 1);
        assertThat(hits(chile, word)).isEqualTo(1);
        mvc.perform(get("/api/search").param("q", word.toUpperCase()).param("lang", "es"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.hits[0].type").value("lesson"))
            .andExpect(jsonPath("$.hits[0].id").value(id))
            .andExpect(jsonPath("$.hits[0].url").value("/lessons/" + id))
            .andExpect(jsonPath("$.hits[0].title").value("Cooperativas de " + word + " más competitivas"))
            .andExpect(jsonPath("$.hits[0].snippet").value(org.hamcrest.Matchers.containsString("<mark>" + word + "</mark>")))
            .andExpect(jsonPath("$.facets.type.lesson").value(1))
            .andExpect(jsonPath("$.facets.country.PE").value(1))
            .andExpect(jsonPath("$.facets.theme").exists());
    }

    @Test
    void anEditIsFoundWithinTwoSecondsAndTheOldWordsNoLonger() throws Exception {
        long id = propose(officer, "CL", "Hidrógeno " + word);
        awaitHits(officer, word, 1);
        String other = word + "x";
        mvc.perform(put("/api/lessons/{id}", id).with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body("CL", "Hidrógeno " + other, 0)))
            .andExpect(status().isOk());
        awaitHits(officer, other, 1);
        assertThat(hits(officer, word)).isZero();
    }

    @Test
    void aFocalPointProposesOnlyForTheirCountriesAndOnlyTheSecretariatPublishes() throws Exception {
        mvc.perform(post("/api/lessons").with(httpBasic(chile, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body("PE", "Not mine " + word, null)))
            .andExpect(status().isForbidden());
        long id = propose(peru, "PE", "Mine " + word);
        mvc.perform(post("/api/lessons/{id}/publication", id).with(httpBasic(peru, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"PUBLISHED\", \"version\": 0}"))
            .andExpect(status().isForbidden());
    }

    @Test
    void refusesALessonWithoutATitleOrWithAnUnknownCountryNamingTheField() throws Exception {
        mvc.perform(post("/api/lessons").with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"LESSON\", \"countries\": [\"PE\"], \"textEs\": \"x\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("titleEn", "titleEs")));
        mvc.perform(post("/api/lessons").with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body("ZZ", "t", null)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("countries"));
    }

    @Test
    void searchRefusesAnUnknownLanguageOrNoWordsNamingTheParameter() throws Exception {
        mvc.perform(get("/api/search").param("q", "x").param("lang", "de"))
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("lang"));
        mvc.perform(get("/api/search")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("q"));
        mvc.perform(get("/api/search").param("q", "x").param("type", "spaceship"))
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("type"));
    }

    @Test
    void documentsAreStoredWithTheirLessonWithinTheirSizeAndTypeLimits() throws Exception {
        long id = propose(peru, "PE", "Documentos " + word);
        mvc.perform(multipart("/lessons/{id}/documents", id).file(new MockMultipartFile("file", "informe.pdf",
                "application/pdf", "%PDF-1.4 informe".getBytes())).with(csrf()).with(user(users.loadUserByUsername(peru))))
            .andExpect(status().is3xxRedirection());
        String listed = mvc.perform(get("/api/lessons/{id}", id).with(httpBasic(peru, AccountFixtures.PASSWORD)))
            .andExpect(status().isOk()).andExpect(jsonPath("$.documents[0].fileName").value("informe.pdf"))
            .andReturn().getResponse().getContentAsString();
        long documentId = Long.parseLong(listed.replaceAll("(?s).*\"documents\":\\[\\{\"id\":(\\d+).*", "$1"));
        mvc.perform(get("/lessons/{id}/documents/{d}", id, documentId).with(user(users.loadUserByUsername(peru))))
            .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
            .andExpect(content().bytes("%PDF-1.4 informe".getBytes()));
        mvc.perform(get("/lessons/{id}/documents/{d}", id, documentId).with(user(users.loadUserByUsername(chile))))
            .andExpect(status().isForbidden());

        mvc.perform(multipart("/lessons/{id}/documents", id).file(new MockMultipartFile("file", "tool.exe",
                "application/pdf", new byte[] {1, 2})).with(csrf()).with(user(users.loadUserByUsername(peru))))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("tool.exe")));
        mvc.perform(multipart("/lessons/{id}/documents", id).file(new MockMultipartFile("file", "big.pdf",
                "application/pdf", new byte[LessonDocuments.MAX_BYTES + 1])).with(csrf()).with(user(users.loadUserByUsername(peru))))
            .andExpect(status().is(413));
    }

    @Test
    void theSearchPageShowsMarkedSnippetsAndFacetLinks() throws Exception {
        long id = propose(officer, "PE", "Energía " + word);
        awaitHits(officer, word, 1);
        mvc.perform(get("/search").param("q", word).with(user(users.loadUserByUsername(officer))))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("<mark>" + word.toLowerCase() + "</mark>")))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("/lessons/" + id)))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("country=PE")));
    }

    @Test
    void theSubRegionFacetIsNamedInThePagesLanguage() throws Exception {
        propose(officer, "PY", "Biogás " + word);
        awaitHits(officer, word, 1);
        mvc.perform(get("/search").param("q", word).param("lang", "es").with(user(users.loadUserByUsername(officer))))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("Cono Sur")))
            .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Southern Cone"))));
        mvc.perform(get("/search").param("q", word).param("lang", "fr").with(user(users.loadUserByUsername(officer))))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("Cône Sud")));
        mvc.perform(get("/search").param("q", word).param("lang", "en").with(user(users.loadUserByUsername(officer))))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("Southern Cone")));
    }

    private long propose(String username, String country, String title) throws Exception {
        String created = mvc.perform(post("/api/lessons").with(httpBasic(username, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body(country, title, null)))
            .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))
            .andReturn().getResponse().getContentAsString();
        return Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+).*", "$1").replaceAll("(?s)\\D.*", ""));
    }

    private static String body(String country, String title, @Nullable Integer version) {
        return """
            {"kind": "GOOD_PRACTICE", "titleEs": "%s", "textEs": "%s: las cooperativas mejoraron su energía y su producción.",
             "countries": ["%s"], "themes": [], "audience": "PUBLIC"%s}
            """.formatted(title, title, country, version == null ? "" : ", \"version\": " + version);
    }

    private long hits(@Nullable String username, String q) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/search").param("q", q);
        if (username != null) {
            request.with(httpBasic(username, AccountFixtures.PASSWORD));
        }
        String json = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Long.parseLong(json.replaceAll("(?s)^\\{\"total\":(\\d+).*", "$1"));
    }

    /** The index follows a change within two seconds: the promise, checked rather than slept on. */
    private void awaitHits(@Nullable String username, String q, long expected) throws Exception {
        long deadline = System.nanoTime() + 2_000_000_000L;
        long found;
        do {
            found = hits(username, q);
            if (found == expected) {
                return;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        assertThat(found).as("hits for %s after 2 s", q).isEqualTo(expected);
    }
}
