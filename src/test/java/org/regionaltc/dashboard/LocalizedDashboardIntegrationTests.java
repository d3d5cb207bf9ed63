package org.regionaltc.dashboard;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/** What each dashboard figure counts is said in the language of the API call's Accept-Language, English by default. */
@SpringBootTest
@AutoConfigureMockMvc
class LocalizedDashboardIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MessageSource messages;

    @Test
    void theDefinitionsOfTheFiguresFollowAcceptLanguage() throws Exception {
        mvc.perform(get("/api/dashboard").header(HttpHeaders.ACCEPT_LANGUAGE, "es"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.portfolio.byStatus.counts")
                .value("proyectos por estado; presupuesto en USD al tipo de cambio de hoy"))
            .andExpect(jsonPath("$.deadlines.counts").value(org.hamcrest.Matchers.startsWith("lo que vence a partir de hoy")));
        mvc.perform(get("/api/dashboard"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.portfolio.byStatus.counts")
                .value(messages.getMessage("dashboard.counts.status", null, Locale.ENGLISH)))
            .andExpect(jsonPath("$.portfolio.byStatus.counts")
                .value("projects by status; budget in USD at today's rates"));
    }
}
