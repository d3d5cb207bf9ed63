package org.regionaltc.priority;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.regionaltc.HeadlessChromium;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.regionaltc.project.ProjectFixtures;
import org.regionaltc.project.Projects;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The secretariat records GRULAC's endorsement in a real browser: a confirmation states what it will change (in the
 * page's language), cancelling leaves the cycle as it was, confirming endorses it, and the projects that served the
 * previous cycle's priorities are re-linked to the priorities carried forward from them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CycleEndorsementBrowserTests {

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @LocalServerPort
    int port;
    @Autowired
    AccountAdministration administration;
    @Autowired
    ReviewCycles cycles;
    @Autowired
    Priorities priorities;
    @Autowired
    Projects projects;
    @Autowired
    JdbcClient jdbc;

    record Words(String lang, String replaces, String status, String endorsed, String relinked) {
    }

    @Test
    void recordingAnEndorsementStatesItsImpactInEnglish() {
        endorse(new Words("en", "in place of", "Under consolidation", "Endorsed", "created: 1."));

        jdbc.sql("""
                INSERT INTO meeting (title, kind, held_on, minutes, is_sample)
                VALUES ('Line breaks', 'MEETING', DATE '2026-03-01', :minutes, FALSE)""")
            .param("minutes", "First line\nSecond <b>line</b>").update();
        long id = jdbc.sql("SELECT MAX(id) FROM meeting WHERE title = 'Line breaks'").query(Long.class).single();
        driver().get(url("/meetings/" + id));
        // Shown on two lines, and the markup typed into the minutes as text, not as markup.
        assertThat(driver().findElements(By.cssSelector("dd.prewrap")).get(1).getText())
            .isEqualTo("First line\nSecond <b>line</b>");
    }

    @Test
    void recordingAnEndorsementStatesItsImpactInSpanish() {
        endorse(new Words("es", "en lugar de", "En consolidación", "Respaldado", "creados: 1."));
    }

    private void endorse(Words words) {
        PriorityFixtures fixtures = new PriorityFixtures(cycles, priorities);
        ReviewCycle current = fixtures.aCycleAfterAllOthers(CycleStatus.ENDORSED, null);
        Priority served = fixtures.aSubmittedPriorityOf(current, "PE", 1);
        Priority guatemalan = fixtures.aSubmittedPriorityOf(current, "GT", 1);
        long project = ProjectFixtures.aProject(projects, new BigDecimal("1000"), "PE", 100);
        ProjectFixtures.link(jdbc, project, served.id(), "PARTIAL");
        ReviewCycle next = fixtures.aCycleAfterAllOthers(CycleStatus.CONSOLIDATION, current.id());
        Priority successor = fixtures.aCarriedForward(next, served, PriorityStatus.SUBMITTED);
        fixtures.aCarriedForward(next, guatemalan, PriorityStatus.DRAFT);
        chromium.signIn(url(""), AccountFixtures.anOfficer(administration), AccountFixtures.PASSWORD);

        driver().get(url("/cycles/" + next.id() + "?lang=" + words.lang()));
        fillEndorsement();
        chromium.submitAndRead(By.cssSelector("form[action$='/endorsement'] button[type=submit]"));
        assertThat(text("impact-current")).contains(words.replaces() + " " + current.title()).endsWith(": 1.");
        assertThat(text("impact-relinkable")).endsWith(": 1.");
        assertThat(text("impact-unanswered")).contains(": 1, ");
        assertThat(text("unanswered-countries")).isEqualTo("Guatemala (GT): 1");

        chromium.submitAndRead(By.id("cancel"));
        assertThat(text("cycle-status")).isEqualTo(words.status());
        assertThat(cycles.get(next.id()).status()).isEqualTo(CycleStatus.CONSOLIDATION);

        fillEndorsement();
        chromium.submitAndRead(By.cssSelector("form[action$='/endorsement'] button[type=submit]"));
        chromium.submitAndRead(By.id("confirm"));
        assertThat(cycles.get(next.id()).status()).isEqualTo(CycleStatus.ENDORSED);
        WebElement proposal = driver().findElement(By.cssSelector("#proposals tbody tr"));
        assertThat(proposal.getText()).contains(projects.get(project).identifier(), successor.title());
        assertThat(proposal.findElement(By.cssSelector("input[type=checkbox]")).isSelected()).isTrue();

        chromium.submitAndRead(By.id("relink"));
        assertThat(text("confirmation")).endsWith(words.relinked());
        assertThat(text("cycle-status")).isEqualTo(words.endorsed());
        assertThat(jdbc.sql("SELECT priority_id, strength FROM project_priority WHERE project_id = :p ORDER BY priority_id")
                .param("p", project).query((rs, n) -> rs.getLong(1) + " " + rs.getString(2)).list())
            .containsExactly(served.id() + " PARTIAL", successor.id() + " PARTIAL");
        WebElement documents = driver().findElement(By.id("endorsement-documents"));
        assertThat(documents.findElements(By.tagName("a"))).singleElement()
            .satisfies(a -> assertThat(a.getDomAttribute("href")).isEqualTo("https://example.org/decision-42.pdf"));
        assertThat(documents.getText()).contains("javascript:alert(1)");
    }

    private void fillEndorsement() {
        chromium.waitFor(By.id("meeting")).sendKeys("GRULAC meeting of 20 November 2026");
        ((JavascriptExecutor) driver()).executeScript("document.getElementById('endorsedOn').value = '2026-11-20'");
        driver().findElement(By.id("decisionText")).sendKeys("GRULAC endorses the priorities.");
        driver().findElement(By.id("documents")).sendKeys("https://example.org/decision-42.pdf\njavascript:alert(1)");
    }

    private String text(String id) {
        return driver().findElement(By.id(id)).getText();
    }

    private WebDriver driver() {
        return chromium.driver();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
