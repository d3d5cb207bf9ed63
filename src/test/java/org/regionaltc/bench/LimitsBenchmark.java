package org.regionaltc.bench;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The two oversized requests of issue 16 (a project with 100,000 countries; a 50 MB ledger CSV of bad lines, dry
 * run), each beside a request of normal size in the same run: time and size of the answer. Not part of the suite
 * (not named *Tests): {@code mvn -o -q test -Dtest=LimitsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LimitsBenchmark {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountAdministration administration;

    private static String project(int countries) {
        String shares = IntStream.range(0, countries).mapToObj(i -> countries == 1 ? "\"CO\": 100" : "\"C%05d\": 1".formatted(i))
            .collect(Collectors.joining(", "));
        return """
            {"identifier": "CO-BENCH-%s", "titleEn": "Limits", "scope": "NATIONAL", "currency": "USD",
             "totalBudget": 1000, "countries": {%s}, "sectors": {"41010": 100}}"""
            .formatted(UUID.randomUUID().toString().substring(0, 8).toUpperCase(), shares);
    }

    private static String csv(long bytes) {
        StringBuilder csv = new StringBuilder("type,body,project,window,date,currency,amount,reference,notes\n");
        String line = "PLEDGE,GEF,,,2025-01-10,USD,zero,bench,\n";
        while (csv.length() + line.length() <= bytes) {
            csv.append(line);
        }
        return csv.toString();
    }

    /** Twice, the first as a warm-up; each request is built afresh (a project needs a new identifier). */
    private void time(String what, int bodyBytes, java.util.function.Supplier<MockHttpServletRequestBuilder> request)
            throws Exception {
        mvc.perform(request.get());
        long start = System.nanoTime();
        MockHttpServletResponse answer = mvc.perform(request.get()).andReturn().getResponse();
        System.out.printf("LIMITS %-48s body %,12d bytes: HTTP %d in %,8.1f ms, answer %,10d bytes%n", what,
            bodyBytes, answer.getStatus(), (System.nanoTime() - start) / 1e6, answer.getContentAsByteArray().length);
    }

    @Test
    void oversizedRequestsBesideNormalOnes() throws Exception {
        String officer = AccountFixtures.anOfficer(administration);
        for (int countries : new int[] {1, 100_000}) {
            time("POST /api/projects, " + countries + " countries", project(countries).length(),
                () -> post("/api/projects").with(httpBasic(officer, AccountFixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(project(countries)));
        }
        for (long size : new long[] {1_000, 50L * 1024 * 1024 - 1}) {
            String body = csv(size);
            time("POST /api/ledger-entries/import?mode=DRY_RUN", body.length(), () -> post("/api/ledger-entries/import")
                .param("mode", "DRY_RUN").with(httpBasic(officer, AccountFixtures.PASSWORD)).contentType("text/csv")
                .content(body));
        }
    }
}
