package org.regionaltc.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.regionaltc.HeadlessChromium;
import org.regionaltc.account.AccountAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The upload page in a real browser: a focal point validates a file and reads its report in Spanish. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IatiBrowserTests {

    private static final String PASSWORD = "iati-browser-password-" + UUID.randomUUID();

    @LocalServerPort
    int port;

    @Autowired
    AccountAdministration administration;

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @TempDir
    Path folder;

    @Test
    void aFocalPointValidatesAFileAndReadsTheReportInSpanish() throws Exception {
        String username = "iati-" + UUID.randomUUID().toString().substring(0, 8);
        administration.create(username, PASSWORD, "Paula Punto Focal", username + "@example.org", "FOCAL_POINT",
            List.of("PE"), null);
        Path file = Files.writeString(folder.resolve("donante.xml"), IatiValidatorTests.file(IatiValidatorTests.ACTIVITY
            .replace("<sector vocabulary=\"1\" code=\"32110\" percentage=\"100\"/>",
                "<sector vocabulary=\"1\" code=\"32110\" percentage=\"90\"/>")
            .replace("<activity-status code=\"2\"/>", "<activity-status code=\"9\"/>")), StandardCharsets.UTF_8);
        WebDriver driver = chromium.driver();

        chromium.signIn("http://localhost:" + port, username, PASSWORD);
        driver.get("http://localhost:" + port + "/iati?lang=es");
        chromium.waitFor(By.id("file")).sendKeys(file.toString());
        String report = chromium.submitAndRead(By.id("validate"));

        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("es");
        assertThat(report).contains("donante.xml", "Versión 2.03, 1 actividades",
            "Los porcentajes de los sectores del vocabulario 1 suman 90, no 100.",
            "activity-status/@code: el código '9' no está en la lista de códigos ActivityStatus.");
        WebElement row = driver.findElement(By.xpath("//section[@id='report']//td[contains(., 'suman 90')]/.."));
        assertThat(row.getText()).contains("XM-DAC-41123-TEST-1");
        assertThat(driver.findElements(By.id("import"))).as("a focal point may not import").isEmpty();
    }
}
