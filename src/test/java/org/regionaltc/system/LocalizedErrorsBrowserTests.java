package org.regionaltc.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.regionaltc.HeadlessChromium;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In a real browser, a Spanish page shows the errors of a refused ledger entry and of a refused project in Spanish. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LocalizedErrorsBrowserTests {

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @LocalServerPort
    int port;

    @Autowired
    AccountAdministration administration;

    @Test
    void aRefusedLedgerEntryAndARefusedProjectAreExplainedInSpanish() {
        WebDriver browser = chromium.driver();
        chromium.signIn(url(""), AccountFixtures.anOfficer(administration), AccountFixtures.PASSWORD);

        browser.get(url("/funding/ledger/new?lang=es"));
        new Select(browser.findElement(By.id("type"))).selectByValue("PLEDGE");
        new Select(browser.findElement(By.id("bodyCode"))).selectByValue("GEF");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('date').value = '2026-01-15'");
        browser.findElement(By.id("currency")).clear();
        browser.findElement(By.id("currency")).sendKeys("XYZ");
        browser.findElement(By.id("amount")).sendKeys("100");
        String ledger = chromium.submitAndRead(By.cssSelector("form.stacked button[type=submit]"));
        assertThat(ledger).contains("no es una moneda ISO 4217 conocida: XYZ").doesNotContain("is not a known");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("es");

        browser.get(url("/projects/new?lang=es"));
        browser.findElement(By.id("identifier")).sendKeys("not an identifier");
        browser.findElement(By.id("titleEn")).sendKeys("A project refused in Spanish");
        new Select(browser.findElement(By.id("countries"))).selectByValue("PE");
        browser.findElement(By.id("countryShares")).sendKeys("60");
        browser.findElement(By.id("totalBudget")).sendKeys("1000.5");
        browser.findElement(By.id("currency")).clear();
        browser.findElement(By.id("currency")).sendKeys("JPY");
        String project = chromium.submitAndRead(By.cssSelector("form.stacked button[type=submit]"));
        assertThat(project)
            .contains("debe tener la forma XM-DAC-41123-PROJECT-150277")
            .contains("los porcentajes suman 60, no 100")
            .contains("debe ser un número entero: JPY no tiene decimales")
            .doesNotContain("must look like").doesNotContain("percentages add up");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
