package org.regionaltc.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/** Limits on what a client may send and receive: body sizes, collections, pages, requests per second, media types. */
@SpringBootTest(properties = {"tc.limits.rate.clients[10.9.8.7].requests-per-second=0.5",
    "tc.limits.rate.clients[10.9.8.7].burst=2", "tc.limits.rate.clients[hasty-bot].requests-per-second=0.5",
    "tc.limits.rate.clients[hasty-bot].burst=1"})
@AutoConfigureMockMvc
class LimitsIntegrationTests {

    private static final String PASSWORD = AccountFixtures.PASSWORD;

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;
    @Autowired
    LimitSettings limits;

    private static String project(String countries) {
        return """
            {"identifier": "CO-LIM-%s", "titleEn": "Limits", "scope": "NATIONAL", "currency": "USD",
             "totalBudget": 1000, "countries": {%s}, "sectors": {"41010": 100}}"""
            .formatted(UUID.randomUUID().toString().substring(0, 8).toUpperCase(), countries);
    }

    @Test
    void aJsonBodyLargerThanItsLimitIsRefusedWith413NamingTheLimitInTheCallersLanguage() throws Exception {
        String officer = AccountFixtures.anOfficer(administration);
        byte[] body = new byte[(int) limits.body().toBytes() + 1];
        java.util.Arrays.fill(body, (byte) ' ');
        mvc.perform(post("/api/projects").with(httpBasic(officer, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "es").content(body))
            .andExpect(status().isContentTooLarge())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value("El cuerpo de la solicitud supera el límite de 2 MB."))
            .andExpect(jsonPath("$.limit").value(limits.body().toBytes()));
    }

    @Test
    void aFileImportedAsTheBodyMayBeLargerThanAJsonBody() throws Exception {
        String officer = AccountFixtures.anOfficer(administration);
        String csv = "currency,date,usd_per_unit\n" + "#".repeat((int) limits.body().toBytes()) + "\n";
        mvc.perform(post("/api/exchange-rates/import").with(httpBasic(officer, PASSWORD)).contentType("text/csv")
                .content(csv))
            .andExpect(status().isBadRequest());
    }

    @Test
    void aListInABodyLongerThanTheLimitIsRefusedNamingTheFieldAndTheMaximum() throws Exception {
        String officer = AccountFixtures.anOfficer(administration);
        String countries = IntStream.range(0, InputLimits.MAX_ITEMS + 1)
            .mapToObj(i -> "\"C%04d\": 1".formatted(i)).collect(Collectors.joining(", "));
        MvcResult answer = mvc.perform(post("/api/projects").with(httpBasic(officer, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(project(countries)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors", hasSize(1)))
            .andExpect(jsonPath("$.errors[0].field").value("countries"))
            .andExpect(jsonPath("$.errors[0].message").value("must hold at most 1,000 items"))
            .andReturn();
        assertThat(answer.getResponse().getContentAsString().length()).isLessThan(1000);
    }

    @Test
    void aListOnAFormLongerThanTheLimitIsAFieldErrorNextToIt() throws Exception {
        String officer = AccountFixtures.anOfficer(administration);
        var form = post("/meetings").with(csrf()).with(user(users.loadUserByUsername(officer)))
            .param("title", "Limits");
        for (int i = 0; i <= InputLimits.MAX_ITEMS; i++) {
            form.param("countries", "C" + i);
        }
        mvc.perform(form)
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("must hold at most 1,000 items")));
    }

    @Test
    void aListOfTheApiComesInPagesWithTheTotalAndLinks() throws Exception {
        mvc.perform(get("/api/countries?size=10&page=2"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$", hasSize(10)))
            .andExpect(header().string("X-Total-Count", "33"))
            .andExpect(header().string("Link", containsString("</api/countries?page=3&size=10>; rel=\"next\"")))
            .andExpect(header().string("Link", containsString("</api/countries?page=1&size=10>; rel=\"prev\"")))
            .andExpect(header().string("Link", containsString("</api/countries?page=1&size=10>; rel=\"first\"")))
            .andExpect(header().string("Link", containsString("</api/countries?page=4&size=10>; rel=\"last\"")));
        mvc.perform(get("/api/countries?size=10&page=4"))
            .andExpect(jsonPath("$", hasSize(3)))
            .andExpect(header().string("Link", org.hamcrest.Matchers.not(containsString("rel=\"next\""))));
    }

    @Test
    void theApiDescriptionNamesThePagingParametersOfEveryList() throws Exception {
        mvc.perform(get("/v3/api-docs"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.paths['/api/countries'].get.parameters[?(@.name == 'size')].schema.maximum")
                .value(org.hamcrest.Matchers.contains(limits.paging().maxSize())))
            .andExpect(jsonPath("$.paths['/api/search'].get.parameters[?(@.name == 'size')]", hasSize(1)))
            .andExpect(jsonPath("$.paths['/api/countries/{code}'].get.parameters[?(@.name == 'size')]", hasSize(0)));
    }

    @Test
    void aPageLargerThanTheMaximumIsRefusedNamingSize() throws Exception {
        mvc.perform(get("/api/countries").param("size", String.valueOf(limits.paging().maxSize() + 1))
                .header("Accept-Language", "fr"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("size"))
            .andExpect(jsonPath("$.errors[0].message").value("doit être un nombre entier de 1 à 1\u202f000"));
        mvc.perform(get("/api/countries").param("page", "0"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    @Test
    void everyListOfTheApiIsPaged() throws Exception {
        String admin = AccountFixtures.anAccount(administration, "ADMIN");
        List<String> unpaged = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        for (RequestMappingInfoHandlerMapping mapping
                : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            mapping.getHandlerMethods().forEach((info, method) -> {
                if (!List.class.isAssignableFrom(method.getMethod().getReturnType())
                        || !info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
                    return;
                }
                for (String pattern : info.getPatternValues()) {
                    if (!pattern.startsWith("/api/")) {
                        continue;
                    }
                    String path = pattern.replaceAll("\\{[^}]*(?i:id)}", "1").replaceAll("\\{[^}]+}", "currency");
                    try {
                        MvcResult answer = mvc.perform(get(path).param("size", "1")
                            .with(httpBasic(admin, PASSWORD))).andReturn();
                        checked.add(path + " " + answer.getResponse().getStatus());
                        if (answer.getResponse().getStatus() == 200
                                && (answer.getResponse().getHeader("X-Total-Count") == null
                                    || answer.getResponse().getHeader("Link") == null
                                    || !answer.getResponse().getContentAsString().startsWith("["))) {
                            unpaged.add(path);
                        }
                    } catch (Exception e) {
                        unpaged.add(path + " " + e);
                    }
                }
            });
        }
        assertThat(checked).hasSizeGreaterThan(30);
        assertThat(checked.stream().filter(c -> c.endsWith(" 200"))).hasSizeGreaterThan(25);
        assertThat(unpaged).isEmpty();
    }

    @Test
    void aClientOverItsRateIsAnswered429WithRetryAfter() throws Exception {
        for (int i = 0; i < 2; i++) {
            mvc.perform(get("/api/countries").with(r -> { r.setRemoteAddr("10.9.8.7"); return r; }))
                .andExpect(status().isOk());
        }
        mvc.perform(get("/api/countries").header("Accept-Language", "pt")
                .with(r -> { r.setRemoteAddr("10.9.8.7"); return r; }))
            .andExpect(status().isTooManyRequests())
            .andExpect(header().string("Retry-After", "2"))
            .andExpect(jsonPath("$.detail", containsString("Requisições demais: no máximo 0,5 por segundo")));
        mvc.perform(get("/api/countries").with(r -> { r.setRemoteAddr("10.9.8.8"); return r; }))
            .andExpect(status().isOk());
    }

    @Test
    void aSignedInClientIsLimitedByItsUsernameWhereverItComesFrom() throws Exception {
        String bot = AccountFixtures.anOfficer(administration);
        // The override names this username (see the class's properties), so the account has this name.
        String hasty = "hasty-bot";
        if (!administration.list().stream().anyMatch(a -> a.username().equals(hasty))) {
            administration.create(hasty, PASSWORD, "Hasty bot", null, "OFFICER", List.of(), null);
        }
        mvc.perform(get("/api/countries").with(httpBasic(hasty, PASSWORD))
                .with(r -> { r.setRemoteAddr("10.1.1.1"); return r; }))
            .andExpect(status().isOk());
        mvc.perform(get("/api/countries").with(httpBasic(hasty, PASSWORD))
                .with(r -> { r.setRemoteAddr("10.1.1.2"); return r; }))
            .andExpect(status().isTooManyRequests())
            .andExpect(header().exists("Retry-After"));
        mvc.perform(get("/api/countries").with(httpBasic(bot, PASSWORD))
                .with(r -> { r.setRemoteAddr("10.1.1.2"); return r; }))
            .andExpect(status().isOk());
    }

    @Test
    void theCsvImportOfTheApiReadsOnlyTextCsv() throws Exception {
        String officer = AccountFixtures.anOfficer(administration);
        mvc.perform(post("/api/ledger-entries/import").with(httpBasic(officer, PASSWORD))
                .contentType(MediaType.TEXT_PLAIN).content("type,body,date,currency,amount\n"))
            .andExpect(status().isUnsupportedMediaType())
            .andExpect(jsonPath("$.detail").value(
                "The body is sent as text/plain; this endpoint reads only text/csv."))
            .andExpect(jsonPath("$.errors[0].field").value("Content-Type"));
        mvc.perform(post("/api/exchange-rates/import").with(httpBasic(officer, PASSWORD))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("currency,date,usd_per_unit\n"))
            .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void theImportFormTakesWhatBrowsersSendForACsvFile() throws Exception {
        String officer = AccountFixtures.anOfficer(administration);
        for (String type : List.of("text/csv", "application/vnd.ms-excel", "application/octet-stream", "text/plain")) {
            mvc.perform(multipart("/funding/ledger/import").file(new MockMultipartFile("file", "ledger.csv", type,
                    "type,body,project,window,date,currency,amount,reference,notes\n".getBytes()))
                    .param("mode", "DRY_RUN").with(csrf()).with(user(users.loadUserByUsername(officer))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("holds no entries")));
        }
    }
}
