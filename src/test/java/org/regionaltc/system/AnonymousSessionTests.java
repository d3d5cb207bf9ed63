package org.regionaltc.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An anonymous reader costs the server no session: no memory held for an hour per page view, no cookie. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnonymousSessionTests {

    @LocalServerPort
    int port;
    @Autowired
    AccountAdministration administration;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/projects", "/api/projects", "/countries"})
    void anAnonymousReadSetsNoSessionCookie(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(uri(path)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
    }

    @Test
    void aSignedInReaderStillGetsTheCsrfTokenItsFormsAndHtmxRequestsSend() throws Exception {
        String officer = AccountFixtures.anOfficer(administration);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String loginPage = browser.send(HttpRequest.newBuilder(uri("/login")).build(),
            HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(token.find()).as(loginPage).isTrue();
        String form = "username=" + officer + "&password=" + URLEncoder.encode(AccountFixtures.PASSWORD, StandardCharsets.UTF_8)
            + "&_csrf=" + token.group(1);
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        String home = browser.send(HttpRequest.newBuilder(uri("/")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(home).contains("id=\"signed-in-name\"").contains("<meta name=\"_csrf\"")
            .containsPattern("<form action=\"/logout\" method=\"post\"><input type=\"hidden\" name=\"_csrf\"");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
