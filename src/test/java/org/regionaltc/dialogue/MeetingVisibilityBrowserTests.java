package org.regionaltc.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.regionaltc.HeadlessChromium;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.regionaltc.alignment.CycleFixtures;
import org.regionaltc.project.ProjectFixtures;
import org.regionaltc.project.ProjectStatus;
import org.regionaltc.project.Projects;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * In a real browser: an officer records the workshop of a cycle under consolidation with the cycle picker; a visitor
 * who follows its link is asked to sign in, and reads its minutes once the officer marks it public. A donor's
 * coverage page leaves out an unapproved project and says what its figures are computed over.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MeetingVisibilityBrowserTests {

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
    void aWorkshopOfAnOpenCycleIsClosedToVisitorsUntilMarkedPublicAndADonorSeesOnlyPublishedProjects() {
        WebDriver browser = chromium.driver();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String cycleTitle = "Browser cycle " + unique;
        aCycleUnderConsolidation(cycleTitle);
        String officer = AccountFixtures.anOfficer(administration);
        chromium.signIn(url(""), officer, AccountFixtures.PASSWORD);

        browser.get(url("/meetings/new"));
        browser.findElement(By.id("title")).sendKeys("Consolidation workshop " + unique);
        ((JavascriptExecutor) browser).executeScript("document.getElementById('heldOn').value = '2026-03-10'");
        new Select(browser.findElement(By.id("cycleId"))).selectByVisibleText(cycleTitle);
        browser.findElement(By.id("minutes")).sendKeys("Draft weights presented " + unique);
        chromium.submitAndRead(By.cssSelector("form.stacked button[type=submit]"));
        String meetingUrl = browser.getCurrentUrl();
        assertThat(browser.findElement(By.id("meeting-cycle")).getText()).isEqualTo(cycleTitle);
        assertThat(browser.findElement(By.id("meeting-audience")).getText())
            .isEqualTo("signed-in users only, until its review cycle is endorsed");

        browser.manage().deleteAllCookies();
        browser.get(meetingUrl);
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.get(url("/meetings"));
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Consolidation workshop " + unique);

        chromium.signIn(url(""), officer, AccountFixtures.PASSWORD);
        browser.get(meetingUrl + "/edit");
        assertThat(new Select(browser.findElement(By.id("cycleId"))).getFirstSelectedOption().getText())
            .isEqualTo(cycleTitle);
        browser.findElement(By.cssSelector("input[type=checkbox][name=openToPublic]")).click();
        chromium.submitAndRead(By.cssSelector("form.stacked button[type=submit]"));
        assertThat(browser.findElement(By.id("meeting-audience")).getText()).isEqualTo("everyone");

        browser.manage().deleteAllCookies();
        browser.get(meetingUrl + "?lang=fr");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Draft weights presented " + unique);
        assertThat(browser.findElement(By.id("meeting-audience")).getText()).isEqualTo("tout le monde");

        long cycle = CycleFixtures.aCurrentCycle(jdbc);
        long priority = CycleFixtures.aPriority(jdbc, cycle, "NATIONAL", "BO", null, "A1", "0.9");
        long unapproved = ProjectFixtures.aProject(projects, new BigDecimal("5000"), "BO", 100);
        ProjectFixtures.forceStatus(jdbc, unapproved, ProjectStatus.APPRAISAL);
        ProjectFixtures.link(jdbc, unapproved, priority, "STRONG");
        String identifier = jdbc.sql("SELECT identifier FROM tc_project WHERE id = :id").param("id", unapproved)
            .query(String.class).single();
        String donor = "browser-donor-" + unique;
        administration.create(donor, AccountFixtures.PASSWORD, "Donor " + unique, null, "DONOR", List.of(), "GEF");
        chromium.signIn(url(""), donor, AccountFixtures.PASSWORD);
        browser.get(url("/coverage?country=BO&lang=en"));
        assertThat(browser.findElement(By.id("computed-over")).getText())
            .startsWith("Computed over the").contains("published projects you may see");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(identifier);
    }

    private void aCycleUnderConsolidation(String title) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO review_cycle (title, period_start, period_end, submission_deadline, status)
                VALUES (:title, DATE '2019-01-01', DATE '2019-12-31', DATE '2019-06-30', 'CONSOLIDATION')""")
            .param("title", title).update(key, "id");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
