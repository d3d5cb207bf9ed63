package org.regionaltc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.regionaltc.account.AccountAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages in a real browser: Debian's headless Chromium driven by Debian's chromedriver, so Selenium Manager never
 * downloads anything. CI installs both (.ci/run); without them this test fails rather than being skipped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserTests {

    private static final String PASSWORD = "browser-test-password-" + UUID.randomUUID();
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    AccountAdministration administration;

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    private WebDriver driver;

    @BeforeEach
    void browser() {
        driver = chromium.driver();
    }

    @Test
    void anOfficerSignsInSwitchesToSpanishAndSeesTheCountries() {
        String username = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        String displayName = "Bruna Browser " + username.substring("browser-".length());
        administration.create(username, PASSWORD, displayName, username + "@example.org", "OFFICER", List.of(), null);

        chromium.signIn(url(""), username, PASSWORD);

        WebElement signedIn = chromium.waitFor(By.id("signed-in-name"));
        assertThat(signedIn.getText()).isEqualTo(displayName);

        WebElement spanish = driver.findElement(By.cssSelector("nav.langs a[lang='es']"));
        assertThat(spanish.getText()).isEqualToIgnoringCase("español");
        spanish.click();
        new WebDriverWait(driver, PATIENCE).until(d -> "es".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));

        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("es");
        assertThat(driver.findElement(By.tagName("h1")).getText())
            .isEqualTo("Programa Regional para América Latina y el Caribe");
        assertThat(driver.findElement(By.id("signed-in-name")).getText()).isEqualTo(displayName);

        driver.get(url("/countries"));
        chromium.waitFor(By.cssSelector("main table tbody"));
        List<WebElement> rows = driver.findElements(By.cssSelector("main table tbody tr"));
        assertThat(rows).hasSize(33);
        assertThat(rows).extracting(WebElement::getText).anySatisfy(row -> assertThat(row).contains("Perú"));
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("es");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

}
