package org.regionaltc.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.regionaltc.HeadlessChromium;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An officer checks a ledger CSV with a dry run in a real browser, then imports only its valid lines. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerImportBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    AccountAdministration administration;
    @Autowired
    JdbcClient jdbc;

    private HeadlessChromium chromium;
    private WebDriver browser;

    @BeforeAll
    void startChromium() {
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    @AfterAll
    void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aDryRunShowsTheErrorsPerLineAndTheValidLinesCanThenBeImported() {
        String officer = AccountFixtures.anOfficer(administration);
        String reference = "browser-" + UUID.randomUUID();
        String project = FundingFixtures.identifierOf(jdbc, FundingFixtures.aProject(jdbc, "HN", "900.00"));
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(officer);
        browser.findElement(By.id("password")).sendKeys(AccountFixtures.PASSWORD);
        HeadlessChromium.submitAndRead(browser, By.id("sign-in"));

        browser.get("http://localhost:" + port + "/funding/ledger/import");
        browser.findElement(By.id("csv")).sendKeys(LedgerImport.HEADER + "\n"
            + "PLEDGE,EU,%s,,2025-02-01,USD,300.00,%s,\n".formatted(project, reference)
            + "PLEDGE,EU,%s,,2025-02-01,USD,-3,%s,\n".formatted(project, reference));
        String dryRun = HeadlessChromium.submitAndRead(browser, By.cssSelector("form.stacked button[type=submit]"));
        assertThat(dryRun).contains("Dry run: 2 lines, 1 valid, 1 errors").contains("must be greater than zero");
        assertThat(written(reference)).isZero();

        browser.findElement(By.cssSelector("input[name=mode][value=VALID_ONLY]")).click();
        assertThat(HeadlessChromium.submitAndRead(browser, By.cssSelector("form.stacked button[type=submit]")))
            .contains("2 lines, 1 written");
        assertThat(written(reference)).isEqualTo(1);
    }

    private int written(String reference) {
        return jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE reference = :r").param("r", reference)
            .query(Integer.class).single();
    }
}
