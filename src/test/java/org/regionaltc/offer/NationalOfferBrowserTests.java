package org.regionaltc.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.regionaltc.HeadlessChromium;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.funding.FundingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A focal point records an offer on its priority; the secretariat confirms part of it on the project's funding sheet. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NationalOfferBrowserTests {

    private static final String PASSWORD = "offer-browser-password-" + UUID.randomUUID();

    @LocalServerPort
    int port;
    @Autowired
    AccountAdministration administration;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    NationalOffers offers;

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @Test
    void anOfferRecordedByAFocalPointIsConfirmedIntoTheProjectsCofinancing() {
        long cycle = OfferFixtures.aCycle(jdbc, "OPEN");
        long priority = OfferFixtures.aPriority(jdbc, cycle, "EC", "A1", "SUBMITTED");
        long project = FundingFixtures.aProject(jdbc, "EC", "5000.00");
        OfferFixtures.serves(jdbc, project, priority);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        administration.create("fp-ec-" + suffix, PASSWORD, "Focal point EC", null, "FOCAL_POINT", List.of("EC"), null);
        administration.create("officer-" + suffix, PASSWORD, "Officer", null, "OFFICER", List.of(), null);
        WebDriver driver = chromium.driver();

        chromium.signIn(url(""), "fp-ec-" + suffix, PASSWORD);
        driver.get(url("/priorities/" + priority + "/national-offers"));
        driver.findElement(By.id("new-currency")).sendKeys("USD");
        driver.findElement(By.id("new-amount")).sendKeys("1000");
        driver.findElement(By.id("new-institution")).sendKeys("Browser ministry " + suffix);
        driver.findElement(By.id("new-yearFrom")).sendKeys("2030");
        driver.findElement(By.id("new-yearTo")).sendKeys("2031");
        new Select(driver.findElement(By.id("new-firmness"))).selectByValue("COMMITTED");
        String saved = chromium.submitAndRead(By.cssSelector("#new-offer button[type=submit]"));
        assertThat(saved).contains("Browser ministry " + suffix).contains("Committed in a budget law or decree");
        long offer = offers.findByPriority(priority).get(0).id();

        driver.manage().deleteAllCookies();
        chromium.signIn(url(""), "officer-" + suffix, PASSWORD);
        driver.get(url("/mobilization/projects/" + project));
        WebElement row = chromium.waitFor(By.cssSelector("#expected tr[data-offer='" + offer + "']"));
        assertThat(row.getText()).contains("Browser ministry " + suffix).contains("1,000.00");
        WebElement amount = row.findElement(By.name("amount"));
        amount.clear();
        amount.sendKeys("400");
        String after = chromium.submitAndRead(By.cssSelector("#expected tr[data-offer='" + offer + "'] button[type=submit]"));

        assertThat(driver.findElement(By.id("confirmation")).getText())
            .isEqualTo("Co-financing of 400.00 USD from Browser ministry " + suffix + " confirmed.");
        assertThat(after).contains("Browser ministry " + suffix + " Government Cash Ecuador USD 400.00 400.00");
        WebElement remaining = new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(
            By.cssSelector("#expected tr[data-offer='" + offer + "'] .remaining")));
        assertThat(remaining.getText()).contains("600.00");
        assertThat(offers.confirmationsOf(offer)).hasSize(1);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
