package org.regionaltc.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.regionaltc.HeadlessChromium;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

/**
 * A list filtered through HTMX pushes its URL; going back to it must show the whole page again. When htmx has no
 * snapshot of that page in its history cache it asks the server, and it must not ask as an HTMX request, or the
 * server answers the fragment and the page loses its header, menu and form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HtmxHistoryBrowserTests {

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @LocalServerPort
    int port;

    @Test
    void goingBackToAFilteredListShowsTheWholePage() {
        WebDriver browser = chromium.driver();
        browser.get("http://localhost:" + port + "/projects?lang=en");
        // No snapshots: every step back asks the server, the case that used to break the page.
        ((JavascriptExecutor) browser).executeScript("htmx.config.historyCacheSize = 0; localStorage.clear();");

        new Select(browser.findElement(By.id("status"))).selectByValue("APPROVED");
        browser.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
        waitUntil(browser, () -> browser.getCurrentUrl().contains("status=APPROVED"));
        new Select(browser.findElement(By.id("status"))).selectByValue("IMPLEMENTATION");
        browser.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
        waitUntil(browser, () -> browser.getCurrentUrl().contains("status=IMPLEMENTATION"));

        browser.navigate().back();
        waitUntil(browser, () -> browser.getCurrentUrl().contains("status=APPROVED"));
        // The restored page is the server's whole page for that URL (its filter shows APPROVED again), with the
        // site header, the search form and the list once each. Waited for as one state: the swap takes a moment.
        waitUntil(browser, () -> {
            var status = browser.findElements(By.cssSelector("select#status option[selected]"));
            return !status.isEmpty() && "APPROVED".equals(status.get(0).getDomProperty("value"))
                && browser.findElements(By.cssSelector("form[role=search]")).size() == 1
                && browser.findElements(By.id("projects")).size() == 1;
        });
        assertThat(browser.findElements(By.cssSelector("header.site"))).hasSize(1);
        assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);
    }

    @Test
    void responsesThatDifferForHtmxSaySo() {
        var response = RestClient.create().get().uri("http://localhost:" + port + "/projects")
            .header("HX-Request", "true").retrieve().toBodilessEntity();
        assertThat(response.getHeaders().get(HttpHeaders.VARY)).contains("HX-Request");
    }

    private static void waitUntil(WebDriver browser, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> condition.getAsBoolean());
    }
}
