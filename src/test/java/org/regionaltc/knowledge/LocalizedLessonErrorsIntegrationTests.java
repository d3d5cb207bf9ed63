package org.regionaltc.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Lessons and search refuse bad input in the reader's language: the page's ({@code ?lang=es}), the API call's
 * {@code Accept-Language}, English by default; the English words are read through the bundles, as shown.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LocalizedLessonErrorsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;
    @Autowired
    MessageSource messages;

    private String officer;

    @BeforeEach
    void setUp() {
        officer = AccountFixtures.anOfficer(administration);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | give a title in at least one language | a text needs its title",
        "es | indique un título en al menos un idioma | un texto necesita su título"})
    void aLessonWithATextButNoTitleIsRefusedOnThePageInItsLanguage(String lang, String noTitle, String textTitle)
            throws Exception {
        assertThat(english("lesson.error.title")).isEqualTo("give a title in at least one language");
        String page = page(post("/lessons").param("lang", lang).param("kind", "LESSON").param("textEs", "Un texto")
            .param("countries", "PE").param("audience", "PUBLIC"));
        assertThat(page).contains(noTitle).contains(textTitle);
    }

    @Test
    void theApiRefusesAnUnknownCountryAndAStaleVersionInTheLanguageOfAcceptLanguage() throws Exception {
        mvc.perform(post("/api/lessons").with(httpBasic(officer, AccountFixtures.PASSWORD))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "es")
                .contentType(MediaType.APPLICATION_JSON).content(body("ZZ", "Título", null)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[?(@.field == 'countries')].message")
                .value("no son Estados miembros del GRULAC: ZZ"));
        mvc.perform(post("/api/lessons").with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body("ZZ", "Título", null)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[?(@.field == 'countries')].message")
                .value(english("error.meeting.countries", "ZZ")));

        String title = "Lección " + UUID.randomUUID().toString().substring(0, 8);
        String created = mvc.perform(post("/api/lessons").with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body("PE", title, null)))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+).*", "$1").replaceAll("(?s)\\D.*", ""));
        mvc.perform(put("/api/lessons/{id}", id).with(httpBasic(officer, AccountFixtures.PASSWORD))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "es")
                .contentType(MediaType.APPLICATION_JSON).content(body("PE", title, 7)))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail").value("Otra persona modificó la lección «" + title
                + "» desde que usted la abrió (versión 7, ahora 0); vuelva a cargarla y aplique de nuevo su cambio."));
        mvc.perform(post("/api/lessons/{id}/publication", id).with(httpBasic(officer, AccountFixtures.PASSWORD))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "es")
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"PUBLISHED\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].message").value("es obligatorio: envíe la versión que leyó"));
    }

    @Test
    void searchRefusesBadParametersInTheReadersLanguage() throws Exception {
        // The API's "lang" is also the parameter that switches the reader's language ("de" falls back to English).
        mvc.perform(get("/api/search").param("q", " ").header(HttpHeaders.ACCEPT_LANGUAGE, "es"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].message").value("escriba las palabras que desea buscar"));
        mvc.perform(get("/api/search").param("q", "agua").param("type", "spaceship")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "es"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].message")
                .value("debe ser uno de decision, lesson, meeting, priority, project: spaceship"));
        mvc.perform(get("/api/search").param("q", "agua").param("lang", "de"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].message").value(english("search.error.language", "de")));
        assertThat(page(get("/search").param("q", "agua").param("language", "de").param("lang", "es")))
            .contains("debe ser en, es, fr o pt (o vacío para los cuatro): de");
    }

    @Test
    void aDocumentOfAnUnacceptedTypeOrTooLargeIsRefusedInSpanish() throws Exception {
        String created = mvc.perform(post("/api/lessons").with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body("PE", "Documentos", null)))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+).*", "$1").replaceAll("(?s)\\D.*", ""));
        String refused = mvc.perform(multipart("/lessons/{id}/documents", id).param("lang", "es")
                .file(new MockMultipartFile("file", "tool.exe", "application/pdf", new byte[] {1, 2}))
                .with(csrf()).with(user(users.loadUserByUsername(officer))))
            .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("el archivo tool.exe no es de uno de los tipos aceptados");
        String tooLarge = mvc.perform(multipart("/lessons/{id}/documents", id).param("lang", "es")
                .file(new MockMultipartFile("file", "big.pdf", "application/pdf", new byte[LessonDocuments.MAX_BYTES + 1]))
                .with(csrf()).with(user(users.loadUserByUsername(officer))))
            .andExpect(status().is(413)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(tooLarge).contains("El archivo big.pdf supera los 10 MB");
    }

    private String english(String code, Object... arguments) {
        return messages.getMessage(code, arguments, Locale.ENGLISH);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(users.loadUserByUsername(officer))))
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String body(String country, String title, Integer version) {
        return """
            {"kind": "LESSON", "titleEs": "%s", "textEs": "Las cooperativas mejoraron su producción.",
             "countries": ["%s"], "themes": [], "audience": "PUBLIC"%s}
            """.formatted(title, country, version == null ? "" : ", \"version\": " + version);
    }
}
