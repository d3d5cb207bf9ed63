package org.regionaltc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
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

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final String PASSWORD = "browser-test-password-" + UUID.randomUUID();
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    AccountAdministration administration;

    private ChromeDriverService service;
    private WebDriver driver;
    private Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        if (!CHROMIUM.canExecute()) {
            fail(CHROMIUM + " is missing: install Debian's chromium and chromium-driver"
                + " (apt-get install -y chromium chromium-driver; .ci/run does it)");
        }
        if (!CHROMEDRIVER.canExecute()) {
            fail(CHROMEDRIVER + " is missing: install Debian's chromium-driver"
                + " (apt-get install -y chromium-driver; .ci/run does it)");
        }
        profile = Files.createTempDirectory("regional-tc-chromium-");
        service = new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER)
            .usingAnyFreePort()
            .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--user-data-dir=" + profile.toAbsolutePath());
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterEach
    void stopBrowser() throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            if (service != null) {
                service.stop();
                service = null;
            }
            deleteProfile();
        }
    }

    @Test
    void anOfficerSignsInSwitchesToSpanishAndSeesTheCountries() {
        String username = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        String displayName = "Bruna Browser " + username.substring("browser-".length());
        administration.create(username, PASSWORD, displayName, username + "@example.org", "OFFICER", List.of(), null);

        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.id("sign-in")).click();

        WebElement signedIn = waitFor(By.id("signed-in-name"));
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
        waitFor(By.cssSelector("main table tbody"));
        List<WebElement> rows = driver.findElements(By.cssSelector("main table tbody tr"));
        assertThat(rows).hasSize(33);
        assertThat(rows).extracting(WebElement::getText).anySatisfy(row -> assertThat(row).contains("Perú"));
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("es");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private void deleteProfile() throws IOException {
        if (profile == null || !Files.exists(profile)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(profile)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        profile = null;
    }
}
