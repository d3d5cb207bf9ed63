package org.regionaltc.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.regionaltc.HeadlessChromium;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.regionaltc.alignment.CycleFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An officer defines a project in a real browser: countries and sectors are chosen from lists with a live total, the
 * form refuses countries that do not add up to 100 next to the field and keeps what was chosen, the project page explains its alignment score before and after a priority is linked, and the coverage page,
 * filtered with HTMX, shows the project against the priority it serves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProjectBrowserTests {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @LocalServerPort
    int port;
    @Autowired
    AccountAdministration administration;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Projects projects;

    @Test
    void anOfficerDefinesAProjectSeesWhyItScoresAndFindsItInTheCoverage() {
        WebDriver browser = chromium.driver();
        long cycle = CycleFixtures.aCurrentCycle(jdbc);
        long priority = CycleFixtures.aPriority(jdbc, cycle, "NATIONAL", "KN", null, "A2", "0.8");
        String officer = AccountFixtures.anOfficer(administration);
        String identifier = ProjectFixtures.anIdentifier();
        chromium.signIn(url(""), officer, AccountFixtures.PASSWORD);

        browser.get(url("/projects/new"));
        type("identifier", identifier);
        browser.findElement(By.id("titleEn")).sendKeys("Eco-industrial parks in the Eastern Caribbean");
        Select first = new Select(browser.findElement(By.id("countries")));
        assertThat(first.getOptions()).extracting(WebElement::getText).contains("Saint Kitts and Nevis (KN)", "Peru (PE)");
        first.selectByValue("KN");
        type("countryShares", "60");
        new Select(browser.findElement(By.id("countries-2"))).selectByVisibleText("Saint Lucia (LC)");
        type("countryShares-2", "30");
        assertThat(browser.findElement(By.id("countries-total")).getText()).isEqualTo("90");
        type("sectors", "32161");
        assertThat(browser.findElement(By.cssSelector("#sector-shares .share-name")).getText()).isNotBlank();
        type("sectorShares", "100");
        assertThat(browser.findElement(By.id("sectors-total")).getText()).isEqualTo("100");
        browser.findElement(By.cssSelector("input[name=themes][value=A1]")).click();
        type("currency", "USD");
        browser.findElement(By.id("totalBudget")).sendKeys("250000");
        String refused = chromium.submitAndRead(By.cssSelector("form.stacked button[type=submit]"));
        assertThat(refused).contains("Please correct the fields marked below");
        assertThat(browser.findElement(By.id("countries-error")).getText()).isEqualTo("percentages add up to 90, not 100");
        assertThat(saved(identifier)).isZero();

        assertThat(new Select(browser.findElement(By.id("countries-2"))).getFirstSelectedOption().getDomAttribute("value"))
            .isEqualTo("LC");
        assertThat(browser.findElement(By.id("countryShares-2")).getDomProperty("value")).isEqualTo("30");
        assertThat(browser.findElement(By.id("countries-total")).getText()).isEqualTo("90");
        type("countryShares-2", "40");
        assertThat(browser.findElement(By.id("countries-total")).getText()).isEqualTo("100");
        String created = chromium.submitAndRead(By.cssSelector("form.stacked button[type=submit]"));
        assertThat(saved(identifier)).as(created).isEqualTo(1);
        assertThat(jdbc.sql("""
                SELECT c.country_code || ' ' || CAST(CAST(c.percentage AS INTEGER) AS VARCHAR) FROM project_country c
                JOIN tc_project p ON p.id = c.project_id WHERE p.identifier = :identifier ORDER BY c.percentage DESC""")
            .param("identifier", identifier).query(String.class).list()).containsExactly("KN 60", "LC 40");
        assertThat(browser.findElement(By.id("project-status")).getText()).isEqualTo("Identification");
        // No link yet: only the theme counts (T = 1), 100 × 0.25 = 25.
        assertThat(browser.findElement(By.id("alignment-score")).getText()).isEqualTo("25");
        assertThat(browser.findElement(By.id("alignment-explained")).getText())
            .contains("KN 60%: no linked priority; LC 40%: no linked priority");

        browser.findElement(By.cssSelector("input[name='link-" + priority + "'][value=STRONG]")).click();
        chromium.submitAndRead(By.xpath("//button[text()='Save links']"));
        // P = 0.6 × 0.8 (KN) + 0.4 × 0 (LC) = 0.48; T = 1 (A2 and A1 share theme A); E = 0:
        // 100 × (0.6 × 0.48 + 0.25 × 1) = 53.8.
        assertThat(browser.findElement(By.id("alignment-score")).getText()).isEqualTo("54");
        assertThat(browser.findElement(By.id("alignment-explained")).getText())
            .contains("KN 60%: 0.80 (KN priority #1", "LC 40%: no linked priority",
                "1 of 1 linked priorities are in the project's thematic areas", "KN not yet, LC not yet");

        browser.get(url("/coverage"));
        new Select(browser.findElement(By.id("country"))).selectByValue("KN");
        ((JavascriptExecutor) browser).executeScript("window.stillThisPage = true");
        browser.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
        new WebDriverWait(browser, PATIENCE).until(d -> d.getCurrentUrl().contains("country=KN")
            && !d.findElements(By.cssSelector("#matrix th a[title*='" + identifier + "']")).isEmpty());
        WebElement matrix = browser.findElement(By.id("matrix"));
        assertThat(matrix.findElement(By.cssSelector("tbody tr th")).getText()).isEqualTo("Saint Kitts and Nevis #1 Priority NATIONAL KN");
        assertThat(matrix.findElement(By.cssSelector("tbody tr td[title=Strong]")).getText()).isEqualTo("●");
        assertThat(browser.findElement(By.id("off-programme")).getText()).doesNotContain(identifier);
        // HTMX replaced the results in place and pushed the filter into the address: the page was not reloaded.
        assertThat(((JavascriptExecutor) browser).executeScript("return window.stillThisPage === true")).isEqualTo(true);
    }

    @Test
    void editingAProjectKeepsItsFourDatesAlsoAfterAFieldWasRefused() {
        WebDriver browser = chromium.driver();
        long id = ProjectFixtures.aProject(projects, new BigDecimal("500000"), "PE", 60, "BO", 40);
        jdbc.sql("""
                UPDATE tc_project SET planned_start = DATE '2027-03-01', planned_end = DATE '2029-12-31',
                    actual_start = DATE '2027-04-15', actual_end = DATE '2029-11-30' WHERE id = :id""")
            .param("id", id).update();
        chromium.signIn(url(""), AccountFixtures.anOfficer(administration), AccountFixtures.PASSWORD);

        browser.get(url("/projects/" + id + "/edit"));
        assertThat(dateInputs()).containsExactly("2027-03-01", "2029-12-31", "2027-04-15", "2029-11-30");
        assertThat(new Select(browser.findElement(By.id("countries"))).getFirstSelectedOption().getText())
            .isEqualTo("Peru (PE)");
        assertThat(browser.findElement(By.id("countries-total")).getText()).isEqualTo("100");
        assertThat(browser.findElement(By.cssSelector("#sector-shares .share-name")).getText()).isEqualTo("Agro-industries");
        type("titleEn", "Renamed project");
        chromium.submitAndRead(By.cssSelector("form.stacked button[type=submit]"));
        assertThat(dates(id)).containsExactly("2027-03-01 2029-12-31 2027-04-15 2029-11-30 Renamed project");

        browser.get(url("/projects/" + id + "/edit"));
        browser.findElement(By.id("titleEn")).clear();
        String refused = chromium.submitAndRead(By.cssSelector("form.stacked button[type=submit]"));
        assertThat(refused).contains("Please correct the fields marked below");
        assertThat(dateInputs()).containsExactly("2027-03-01", "2029-12-31", "2027-04-15", "2029-11-30");
        type("titleEn", "Renamed again");
        chromium.submitAndRead(By.cssSelector("form.stacked button[type=submit]"));
        assertThat(dates(id)).containsExactly("2027-03-01 2029-12-31 2027-04-15 2029-11-30 Renamed again");
    }

    private java.util.List<String> dateInputs() {
        return java.util.stream.Stream.of("plannedStart", "plannedEnd", "actualStart", "actualEnd")
            .map(f -> chromium.driver().findElement(By.id(f)).getDomProperty("value")).toList();
    }

    private java.util.List<String> dates(long id) {
        return jdbc.sql("""
                SELECT CAST(planned_start AS VARCHAR) || ' ' || CAST(planned_end AS VARCHAR) || ' '
                    || CAST(actual_start AS VARCHAR) || ' ' || CAST(actual_end AS VARCHAR) || ' ' || title_en
                FROM tc_project WHERE id = :id""").param("id", id).query(String.class).list();
    }

    /** Replaces what the form proposes (the identifier's prefix, a currency) with the text. */
    private void type(String field, String text) {
        WebElement input = chromium.driver().findElement(By.id(field));
        input.clear();
        input.sendKeys(text);
    }

    private int saved(String identifier) {
        return jdbc.sql("SELECT COUNT(*) FROM tc_project WHERE identifier = :identifier")
            .param("identifier", identifier).query(Integer.class).single();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
