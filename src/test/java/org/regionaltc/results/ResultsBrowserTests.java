package org.regionaltc.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
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

/**
 * An officer working in Spanish types a word where an indicator's target should be a number: the project page comes
 * back with the error under the field, in Spanish, with what was typed and the officer still signed in; the
 * corrected value is confirmed; error pages keep the signed-in officer and the language switcher.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResultsBrowserTests {

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @LocalServerPort
    int port;
    @Autowired
    AccountAdministration administration;
    @Autowired
    Projects projects;
    @Autowired
    Outcomes outcomes;

    @Test
    void aWordAsAnIndicatorTargetIsAFieldErrorInSpanishAndTheCorrectedValueIsConfirmed() {
        WebDriver browser = chromium.driver();
        String officer = "officer-" + UUID.randomUUID().toString().substring(0, 8);
        String name = "Olga Oficial " + officer.substring("officer-".length());
        administration.create(officer, AccountFixtures.PASSWORD, name, null, "OFFICER", List.of(), null);
        long project = ProjectFixtures.aProject(projects, new BigDecimal("1000"), "PE", 100);
        long outcome = outcomes.addOutcome(project, "Más exportaciones");
        long indicator = outcomes.addIndicator(project, outcome,
            new Outcomes.NewIndicator("Empresas certificadas", "empresas", BigDecimal.ZERO, "encuesta"));
        chromium.signIn(url(""), officer, AccountFixtures.PASSWORD);

        browser.get(url("/projects/" + project + "?lang=es"));
        By values = By.id("values-" + indicator);
        type(values, "year", "2026");
        type(values, "target", "cuarenta");
        chromium.submitAndRead(By.cssSelector("#values-" + indicator + " button[type=submit]"));
        WebElement target = browser.findElement(values).findElement(By.name("target"));
        assertThat(target.getDomProperty("value")).isEqualTo("cuarenta");
        assertThat(target.findElement(By.xpath("../following-sibling::span[@class='field-error'][1]")).getText())
            .isEqualTo("debe ser un número, como 40 o 12,5");
        assertThat(browser.findElement(values).findElement(By.name("year")).getDomProperty("value")).isEqualTo("2026");
        assertThat(browser.findElement(By.id("signed-in-name")).getText()).isEqualTo(name);
        assertThat(browser.findElements(By.cssSelector("nav.langs a"))).hasSize(4);
        assertThat(browser.getPageSource()).doesNotContain("java.math").doesNotContain("Failed to convert");
        assertThat(outcomes.ofProject(project).getFirst().indicators().getFirst().targets()).isEmpty();

        type(values, "target", "40");
        chromium.submitAndRead(By.cssSelector("#values-" + indicator + " button[type=submit]"));
        assertThat(browser.findElement(By.id("confirmation")).getText())
            .isEqualTo("Valores de 2026 para «Empresas certificadas» guardados.");
        assertThat(outcomes.ofProject(project).getFirst().indicators().getFirst().targets())
            .hasEntrySatisfying(2026, target40 -> assertThat(target40).isEqualByComparingTo("40"));
        browser.navigate().refresh();
        assertThat(browser.findElements(By.id("confirmation"))).isEmpty();

        browser.get(url("/no-such-page"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Página no encontrada");
        assertThat(browser.findElement(By.id("signed-in-name")).getText()).isEqualTo(name);
        assertThat(browser.findElement(By.cssSelector("nav.langs a[lang=fr]")).getDomAttribute("href"))
            .isEqualTo("/no-such-page?lang=fr");

        browser.get(url("/admin/users"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("No tiene acceso a esta página");
        assertThat(browser.findElement(By.id("signed-in-name")).getText()).isEqualTo(name);
        assertThat(browser.findElement(By.cssSelector("nav.langs a[lang=pt]")).getDomAttribute("href"))
            .isEqualTo("/admin/users?lang=pt");
    }

    private void type(By form, String field, String text) {
        WebElement input = chromium.driver().findElement(form).findElement(By.name(field));
        input.clear();
        input.sendKeys(text);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
