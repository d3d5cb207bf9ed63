package org.regionaltc;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, so Selenium never downloads a browser or a
 * driver, with a fresh profile that is deleted on close. A missing browser fails the test: CI installs it.
 * A JUnit extension: {@code @RegisterExtension static final HeadlessChromium chromium = new HeadlessChromium();}
 * shares one browser with every other browser test of the JVM and clears its cookies before each test.
 */
public final class HeadlessChromium implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    /**
     * One browser for the whole test JVM: starting Chromium costs seconds, and the browser tests run one class after
     * another. It is closed when the JVM exits.
     */
    private static @Nullable Browser shared;

    private record Browser(ChromeDriverService service, WebDriver driver, Path profile) {

        void close() {
            try {
                driver.quit();
            } finally {
                service.stop();
                try (Stream<Path> files = Files.walk(profile)) {
                    files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                } catch (IOException e) {
                    // A profile left in the temporary directory is not worth failing the suite for.
                }
            }
        }
    }

    private @Nullable WebDriver driver;

    @Override
    public void beforeAll(ExtensionContext context) {
        driver = browser().driver();
    }

    private static synchronized Browser browser() {
        if (shared == null) {
            shared = start();
            Browser started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "close-headless-chromium"));
        }
        return shared;
    }

    private static Browser start() {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            fail(CHROMIUM + " or " + CHROMEDRIVER + " is missing: install Debian's chromium and chromium-driver"
                + " (apt-get install -y chromium chromium-driver; .ci/run does it)");
        }
        try {
            Path profile = Files.createTempDirectory("regional-tc-chromium-");
            ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile.toAbsolutePath());
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Browser(service, driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each test starts signed out, whatever the one before it did. */
    @Override
    public void beforeEach(ExtensionContext context) {
        driver().manage().deleteAllCookies();
    }

    public WebDriver driver() {
        if (driver == null) {
            throw new IllegalStateException("register HeadlessChromium with @RegisterExtension on a static field");
        }
        return driver;
    }

    /** Signs in through the login form and waits for the page that answers. */
    public void signIn(String baseUrl, String username, String password) {
        driver().get(baseUrl + "/login");
        driver().findElement(By.id("username")).sendKeys(username);
        driver().findElement(By.id("password")).sendKeys(password);
        submitAndRead(By.id("sign-in"));
    }

    /**
     * Submits a form with its button and returns the text of the page that answers. Reading right after the click
     * can find the page being left, whose elements go stale under the reader.
     */
    public String submitAndRead(By button) {
        WebElement leaving = driver().findElement(By.tagName("html"));
        driver().findElement(button).click();
        new WebDriverWait(driver(), PATIENCE).until(d -> isGone(leaving));
        return driver().findElement(By.tagName("main")).getText();
    }

    /**
     * Whether the element's page has been left. Chrome answers an element of a page being replaced either as stale
     * or, mid-swap, with "Node with given id does not belong to the document" (a CI failure of
     * CycleEndorsementBrowserTests): both mean gone. Selenium's stalenessOf treats only the first so.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** The element once it is visible, for pages that change without being reloaded. */
    public WebElement waitFor(By locator) {
        return new WebDriverWait(driver(), PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** The browser stays for the next class; it leaves this class's last page behind. */
    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            // Cookies are cleared for the page's host, so before leaving it; localhost cookies ignore the port.
            driver.manage().deleteAllCookies();
            driver.get("about:blank");
        }
    }
}
