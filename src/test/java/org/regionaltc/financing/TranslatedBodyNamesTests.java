package org.regionaltc.financing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

/** A financing body's name in Spanish, French and Portuguese: saved from the form and the API, shown by language. */
@SpringBootTest
@AutoConfigureMockMvc
class TranslatedBodyNamesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;

    @Test
    void theFormSavesTranslatedNamesAndPagesShowThemOrTheEnglishName() throws Exception {
        String officer = AccountFixtures.anOfficer(administration);
        String code = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        mvc.perform(post("/financing/bodies").with(csrf()).with(user(users.loadUserByUsername(officer)))
                .param("code", code).param("name", "Caribbean Development Fund " + code)
                .param("nameEs", "Fondo de Desarrollo del Caribe " + code).param("nameFr", "")
                .param("namePt", "Fundo de Desenvolvimento do Caribe " + code).param("type", "DEVELOPMENT_BANK"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/financing/bodies/" + code));

        mvc.perform(get("/financing-bodies").param("lang", "es"))
            .andExpect(content().string(containsString("Fondo de Desarrollo del Caribe " + code)))
            .andExpect(content().string(not(containsString("Caribbean Development Fund " + code))))
            .andExpect(content().string(containsString("Fondo para el Medio Ambiente Mundial")));
        mvc.perform(get("/financing/bodies/{code}", code).param("lang", "pt"))
            .andExpect(content().string(containsString("Fundo de Desenvolvimento do Caribe " + code)));
        mvc.perform(get("/financing/bodies/{code}", code).param("lang", "fr"))
            .andExpect(content().string(containsString("Caribbean Development Fund " + code)));
        mvc.perform(get("/financing/bodies/{code}/edit", code).with(user(users.loadUserByUsername(officer))))
            .andExpect(content().string(containsString("value=\"Fondo de Desarrollo del Caribe " + code + "\"")));
    }

    @Test
    void theApiTakesAndGivesTranslatedNames() throws Exception {
        String officer = AccountFixtures.anOfficer(administration);
        String code = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        mvc.perform(post("/api/financing-bodies").with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\": \"" + code + "\", \"name\": \"Andean Fund\", \"nameFr\": \"Fonds andin\","
                    + " \"type\": \"MULTILATERAL\"}"))
            .andExpect(status().is2xxSuccessful())
            .andExpect(jsonPath("$.nameFr").value("Fonds andin"));
        mvc.perform(put("/api/financing-bodies/{code}", code).with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\": \"" + code + "\", \"name\": \"Andean Fund\", \"nameEs\": \"Fondo Andino\","
                    + " \"nameFr\": \"Fonds andin\", \"type\": \"MULTILATERAL\", \"version\": 0}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.nameEs").value("Fondo Andino"));
        mvc.perform(get("/api/financing-bodies/{code}/profile", code))
            .andExpect(jsonPath("$.body.name").value("Andean Fund"))
            .andExpect(jsonPath("$.body.nameEs").value("Fondo Andino"))
            .andExpect(jsonPath("$.body.namePt").doesNotExist());
    }
}
