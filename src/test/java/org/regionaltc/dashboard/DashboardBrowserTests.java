package org.regionaltc.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.regionaltc.HeadlessChromium;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The map on the home page, in a real browser: a click on a large country and on a small island state's dot each
 * lead to that country's page; the charts are drawn (no script refused by the content security policy).
 * Screenshots go to target/screenshots for a person to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardBrowserTests {

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @LocalServerPort
    int port;
    @Autowired
    AccountAdministration administration;

    @Test
    void clickingACountryOnTheMapOpensItsPage() throws Exception {
        WebDriver browser = chromium.driver();
        browser.manage().window().setSize(new Dimension(1280, 2400));
        browser.get(url("/?lang=en"));
        WebElement map = mapReady(browser);
        assertThat(browser.findElements(By.cssSelector(".chart[data-chart] svg"))).isNotEmpty();
        screenshot(browser, "dashboard-public-en");

        clickAt(browser, map, "BR", -51.0, -10.0);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/countries/BR"));
        assertThat(browser.getCurrentUrl()).endsWith("/countries/BR");

        browser.get(url("/?lang=es"));
        map = mapReady(browser);
        clickAt(browser, map, "LC", -60.97, 13.9);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/countries/LC"));
        assertThat(browser.getCurrentUrl()).endsWith("/countries/LC");
    }

    @Test
    void theSecretariatsDashboardDrawsEveryChartInSpanish() throws Exception {
        WebDriver browser = chromium.driver();
        browser.manage().window().setSize(new Dimension(1280, 3000));
        String officer = AccountFixtures.anOfficer(administration);
        chromium.signIn(url(""), officer, AccountFixtures.PASSWORD);
        browser.get(url("/?lang=es"));
        mapReady(browser);
        List<WebElement> charts = browser.findElements(By.cssSelector(".chart[data-chart]"));
        assertThat(charts).isNotEmpty().allSatisfy(c -> assertThat(c.findElements(By.tagName("svg"))).isNotEmpty());
        assertThat(browser.findElement(By.id("dashboard-heading")).getText()).isEqualTo("Tablero");
        screenshot(browser, "dashboard-officer-es");
        browser.get(url("/?lang=en"));
        mapReady(browser);
        screenshot(browser, "dashboard-officer-en");
    }

    /**
     * The map's metric and sub-region are in the address: a bookmarked address opens the same view, each choice
     * adds an entry to the history, and the back button returns to the previous view, map and controls alike.
     */
    @Test
    void theMapsMetricAndSubregionAreKeptInTheAddressAndTheBackButtonRestoresThem() {
        WebDriver browser = chromium.driver();
        browser.manage().window().setSize(new Dimension(1280, 2400));
        browser.get(url("/?lang=en&metric=score&subregion=Caribbean"));
        WebElement map = mapReady(browser);
        assertMapShows(browser, map, "score", "Alignment score", "Caribbean");

        browser.findElement(By.cssSelector("#map-metric button[value='projects']")).click();
        assertThat(browser.getCurrentUrl()).contains("metric=projects").contains("subregion=Caribbean");
        assertMapShows(browser, map, "projects", "Projects", "Caribbean");

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("map-subregion"))).selectByValue("South America");
        assertThat(browser.getCurrentUrl()).contains("metric=projects").contains("subregion=South+America");
        assertMapShows(browser, map, "projects", "Projects", "South America");

        browser.navigate().back();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("subregion=Caribbean"));
        assertMapShows(browser, map, "projects", "Projects", "Caribbean");

        browser.navigate().back();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("metric=score"));
        assertMapShows(browser, map, "score", "Alignment score", "Caribbean");

        // The default view leaves the address clean; an unknown metric or sub-region falls back to it.
        browser.get(url("/?lang=en&metric=nonsense&subregion=Atlantis"));
        map = mapReady(browser);
        assertMapShows(browser, map, "budget", "Budget, USD", "");
    }

    /** What the map draws and what its controls say, both: the pressed button, the chosen sub-region, the outline. */
    private static void assertMapShows(WebDriver browser, WebElement map, String metric, String title, String subregion) {
        assertThat(browser.findElement(By.cssSelector("#map-metric button[value='" + metric + "']"))
            .getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(browser.findElements(By.cssSelector("#map-metric button[aria-pressed='true']"))).hasSize(1);
        assertThat(new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("map-subregion")))
            .getFirstSelectedOption().getAttribute("value")).isEqualTo(subregion);
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertThat(js.executeScript("return echarts.getInstanceByDom(arguments[0]).getOption().series[0].name;", map))
            .isEqualTo(title);
        // Countries of the chosen sub-region carry a value; the others are drawn faded, without one.
        @SuppressWarnings("unchecked")
        List<String> drawn = (List<String>) js.executeScript(
            "return echarts.getInstanceByDom(arguments[0]).getOption().series[0].data.map(function (d) { return d.name; });", map);
        Number outlined = (Number) js.executeScript("return echarts.getInstanceByDom(arguments[0]).getOption().geo[0].regions"
            + ".filter(function (r) { return r.itemStyle && r.itemStyle.borderWidth === 1.5; }).length;", map);
        if (subregion.isEmpty()) {
            assertThat(drawn).contains("BR", "JM", "GT");
            assertThat(outlined.intValue()).isZero();
        } else {
            String inside = switch (subregion) {
                case "Caribbean" -> "JM";
                case "South America" -> "BR";
                default -> "GT";
            };
            assertThat(drawn).contains(inside).doesNotContain("Caribbean".equals(subregion) ? "BR" : "JM");
            assertThat(outlined.intValue()).isEqualTo(drawn.size());
        }
    }

    private static WebElement mapReady(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(20))
            .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map[data-ready='true']")));
    }

    /** Clicks the map where a longitude and latitude are drawn, as a person would with the mouse. */
    private static void clickAt(WebDriver browser, WebElement map, String code, double lon, double lat) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", map);
        @SuppressWarnings("unchecked")
        List<Number> pixel = (List<Number>) ((JavascriptExecutor) browser).executeScript(
            "return echarts.getInstanceByDom(arguments[0]).convertToPixel({geoIndex: 0}, [arguments[1], arguments[2]]);",
            map, lon, lat);
        assertThat(pixel).as("where %s is drawn", code).hasSize(2);
        Dimension size = map.getSize();
        new Actions(browser)
            .moveToElement(map, pixel.get(0).intValue() - size.width / 2, pixel.get(1).intValue() - size.height / 2)
            .click().perform();
    }

    private static void screenshot(WebDriver browser, String name) throws Exception {
        Thread.sleep(1500); // the charts' opening animation, so that the picture shows them drawn
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
