package org.regionaltc.funding;

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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An officer checks a ledger CSV with a dry run in a real browser, imports only its valid lines, then runs the same
 * file again and sees its lines reported as already in the ledger rather than written twice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LedgerImportBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    AccountAdministration administration;
    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @Test
    void aDryRunShowsTheErrorsPerLineAndTheValidLinesCanThenBeImported() {
        WebDriver browser = chromium.driver();
        String officer = AccountFixtures.anOfficer(administration);
        String reference = "browser-" + UUID.randomUUID();
        String project = FundingFixtures.identifierOf(jdbc, FundingFixtures.aProject(jdbc, "HN", "900.00"));
        chromium.signIn("http://localhost:" + port, officer, AccountFixtures.PASSWORD);

        browser.get("http://localhost:" + port + "/funding/ledger/import");
        browser.findElement(By.id("csv")).sendKeys(LedgerImport.HEADER + "\n"
            + "PLEDGE,EU,%s,,2025-02-01,USD,300.00,%s,\n".formatted(project, reference)
            + "PLEDGE,EU,%s,,2025-02-01,USD,-3,%s,\n".formatted(project, reference));
        String dryRun = chromium.submitAndRead(By.cssSelector("form.stacked button[type=submit]"));
        assertThat(dryRun).contains("Dry run: 2 lines, 1 valid, 1 errors").contains("must be greater than zero");
        assertThat(written(reference)).isZero();

        browser.findElement(By.cssSelector("input[name=mode][value=VALID_ONLY]")).click();
        assertThat(chromium.submitAndRead(By.cssSelector("form.stacked button[type=submit]")))
            .contains("2 lines, 1 written");
        assertThat(written(reference)).isEqualTo(1);

        browser.findElement(By.cssSelector("input[name=mode][value=DRY_RUN]")).click();
        String again = chromium.submitAndRead(By.cssSelector("form.stacked button[type=submit]"));
        assertThat(again).contains("Dry run: 2 lines, 0 valid, 1 errors")
            .contains("Already in the ledger, not written again: 1 lines.");
        assertThat(browser.findElement(By.id("already")).getText()).contains("2 already in the ledger: entry");

        browser.findElement(By.id("csv")).clear();
        browser.findElement(By.id("csv")).sendKeys(LedgerImport.HEADER + "\n"
            + "PLEDGE,EU,%s,,2025-02-01,USD,300.00,%s,\n".formatted(project, reference)
            + "PLEDGE,EU,%s,,2025-02-01,USD,300,%s,\n".formatted(project, reference));
        browser.findElement(By.cssSelector("input[name=mode][value=ALL_OR_NOTHING]")).click();
        assertThat(chromium.submitAndRead(By.cssSelector("form.stacked button[type=submit]")))
            .contains("Import: 2 lines, 0 written, 0 errors")
            .contains("Already in the ledger, not written again: 2 lines.");
        assertThat(browser.findElement(By.id("already")).getText()).contains("2 already in the ledger: entry")
            .contains("3 already in the ledger: entry");
        assertThat(written(reference)).isEqualTo(1);
    }

    private int written(String reference) {
        return jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE reference = :r").param("r", reference)
            .query(Integer.class).single();
    }
}
