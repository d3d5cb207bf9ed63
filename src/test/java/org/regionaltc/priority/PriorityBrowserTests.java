package org.regionaltc.priority;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.regionaltc.HeadlessChromium;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A focal point submits and ranks priorities in a real browser (Debian's headless Chromium and chromedriver). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PriorityBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    AccountAdministration administration;
    @Autowired
    ReviewCycles cycles;
    @Autowired
    Priorities priorities;

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    private WebDriver driver;

    @BeforeEach
    void browser() {
        driver = chromium.driver();
    }

    @Test
    void aFocalPointSubmitsAndRanksPriorities() {
        ReviewCycle cycle = new PriorityFixtures(cycles, priorities).anOpenCycle();
        String focalPoint = AccountFixtures.aFocalPointOf(administration, "PE");
        signIn(focalPoint);

        driver.get(url("/cycles/" + cycle.id()));
        driver.findElement(By.linkText("Submissions of Peru")).click();
        waitFor(By.id("new-priority")).click();
        fill("Agro-industrial value chains", "A1", "32161, 32130", 1);
        assertThat(rows()).containsExactly("1 Agro-industrial value chains");

        waitFor(By.id("new-priority")).click();
        fill("Forestry clusters", "A2", "32130", 1);
        assertThat(waitFor(By.id("rank-error")).getText()).contains("rank 1 is already held");
        WebElement rank = driver.findElement(By.id("rank"));
        rank.clear();
        rank.sendKeys("2");
        driver.findElement(By.id("save-priority")).click();
        assertThat(rows()).containsExactly("1 Agro-industrial value chains", "2 Forestry clusters");

        driver.findElement(By.cssSelector("#country-priorities tbody tr:first-child a[href$='/edit']")).click();
        WebElement first = waitFor(By.id("rank"));
        List<String> sectorRows = driver.findElements(By.cssSelector("#sector-rows .share-row")).stream()
            .map(r -> r.findElement(By.tagName("input")).getDomProperty("value") + "|"
                + r.findElement(By.className("share-name")).getText())
            .toList();
        assertThat(sectorRows).hasSize(4).contains("32161|Agro-industries", "|");
        assertThat(sectorRows).filteredOn(r -> r.startsWith("32130|")).hasSize(1);
        first.clear();
        first.sendKeys("3");
        driver.findElement(By.id("save-priority")).click();
        assertThat(rows()).containsExactly("2 Forestry clusters", "3 Agro-industrial value chains");

        assertThat(priorities.findByCycle(cycle.id())).extracting(p -> p.rank() + " " + p.title() + " " + p.status())
            .containsExactlyInAnyOrder("2 Forestry clusters SUBMITTED", "3 Agro-industrial value chains SUBMITTED");
    }

    private void signIn(String username) {
        chromium.signIn(url(""), username, AccountFixtures.PASSWORD);
        waitFor(By.id("signed-in-name"));
    }

    private void fill(String title, String theme, String sectors, int rank) {
        new Select(waitFor(By.id("thematicAreaCode"))).selectByValue(theme);
        String[] codes = sectors.split(",\\s*");
        for (int i = 0; i < codes.length; i++) {
            driver.findElement(By.id(i == 0 ? "sectors" : "sectors-" + (i + 1))).sendKeys(codes[i]);
        }
        driver.findElement(By.id("title")).sendKeys(title);
        driver.findElement(By.id("rank")).sendKeys(String.valueOf(rank));
        driver.findElement(By.id("save-priority")).click();
    }

    private List<String> rows() {
        waitFor(By.id("country-priorities"));
        return driver.findElements(By.cssSelector("#country-priorities tbody tr")).stream()
            .map(r -> r.findElement(By.className("rank")).getText() + " " + r.findElement(By.className("title")).getText())
            .toList();
    }

    private WebElement waitFor(By by) {
        return chromium.waitFor(by);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
