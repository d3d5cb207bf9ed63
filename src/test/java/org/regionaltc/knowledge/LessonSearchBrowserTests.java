package org.regionaltc.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.regionaltc.HeadlessChromium;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: Peru's focal point proposes a lesson in Spanish and finds it by a related word with the word
 * marked; a visitor does not find the draft; once the secretariat publishes it, the visitor does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LessonSearchBrowserTests {

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @LocalServerPort
    int port;
    @Autowired
    AccountAdministration administration;

    @Test
    void aFocalPointsDraftIsFoundByThemAndByVisitorsOnlyOncePublished() throws Exception {
        WebDriver browser = chromium.driver();
        String word = "alpaca" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        String peru = AccountFixtures.aFocalPointOf(administration, "PE");
        chromium.signIn(url(""), peru, AccountFixtures.PASSWORD);

        browser.get(url("/lessons/new"));
        browser.findElement(By.id("titleEs")).sendKeys("Fibra de " + word + " más competitiva");
        browser.findElement(By.id("textEs")).sendKeys("Las cooperativas de " + word + " ganaron competitividad con la esquila.");
        browser.findElement(By.cssSelector("input[name=countries][value=PE]")).click();
        chromium.submitAndRead(By.cssSelector("form.stacked button[type=submit]"));
        String lessonUrl = browser.getCurrentUrl();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Fibra de " + word + " más competitiva");

        assertThat(awaitTotal(browser, word, "1 result(s)")).isEqualTo("1 result(s)");
        assertThat(browser.findElement(By.cssSelector("ol.hits mark")).getText()).isEqualToIgnoringCase(word);

        browser.manage().deleteAllCookies();
        assertThat(searchTotal(browser, word)).isEqualTo("0 result(s)");

        String officer = AccountFixtures.anOfficer(administration);
        chromium.signIn(url(""), officer, AccountFixtures.PASSWORD);
        browser.get(lessonUrl);
        chromium.submitAndRead(By.cssSelector("form[action$='/publication'] button"));
        browser.manage().deleteAllCookies();
        assertThat(awaitTotal(browser, word, "1 result(s)")).isEqualTo("1 result(s)");
    }

    /** The index follows a change within two seconds. */
    private String awaitTotal(WebDriver browser, String word, String expected) {
        long deadline = System.currentTimeMillis() + 2000;
        String total;
        do {
            total = searchTotal(browser, word);
        } while (!total.equals(expected) && System.currentTimeMillis() < deadline);
        return total;
    }

    private String searchTotal(WebDriver browser, String word) {
        browser.get(url("/search?lang=en&q=" + word));
        return browser.findElement(By.id("search-total")).getText();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
