package org.regionaltc.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Body limits as Tomcat meets them: a Content-Length over the limit is answered before the body is sent, a chunked
 * body is stopped where it passes the limit, and uploads answer the multipart limit, all 413 naming the limit.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT, properties = {"server.port=8191",
    "tc.limits.body=16KB", "tc.limits.import-body=64KB", "spring.servlet.multipart.max-file-size=100KB",
    "spring.servlet.multipart.max-request-size=100KB"})
class BodyLimitsServerTests {

    private static final String BASE = "http://127.0.0.1:8191";

    @Autowired
    AccountAdministration administration;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + AccountFixtures.PASSWORD)
            .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aContentLengthOverTheLimitIsAnsweredBeforeTheBodyIsSent() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", 8191)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            // 100 MB announced, none sent: an answer can only come from a server that does not wait to read it.
            out.write(("POST /api/projects HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Accept-Language: fr\r\nContent-Length: 104857600\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // Tomcat keeps the connection open to swallow the announced body: read the answer, not to its end.
            StringBuilder answer = new StringBuilder();
            byte[] buffer = new byte[4096];
            for (int n; !answer.toString().contains("}") && (n = socket.getInputStream().read(buffer)) > 0; ) {
                answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
            assertThat(answer.toString()).startsWith("HTTP/1.1 413")
                .contains("application/problem+json")
                .contains("Le corps de la requête dépasse la limite de 16 KB.");
        }
    }

    @Test
    void aChunkedBodyIsStoppedWhereItPassesTheLimit() throws Exception {
        String officer = AccountFixtures.anOfficer(administration);
        byte[] csv = ("type,body,date,currency,amount\n" + "PLEDGE,GEF,2025-01-10,USD,1\n".repeat(10_000))
            .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(BASE + "/api/ledger-entries/import"))
            .header("Authorization", basic(officer)).header("Content-Type", "text/csv")
            // ofInputStream has no length: the body goes in chunks, without Content-Length.
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(csv))).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("The request body is larger than the limit of 64 KB.");
    }

    @Test
    void aFormOverTheLimitAnswersTheErrorPageNamingTheLimit() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(BASE + "/meetings"))
            .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "tc-lang=es")
            .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .POST(HttpRequest.BodyPublishers.ofString("title=" + "x".repeat(20_000))).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("html"));
        assertThat(answer.body()).contains("Demasiado grande")
            .contains("El cuerpo de la solicitud supera el límite de 16 KB.");
    }

    @Test
    void anUploadOverTheMultipartLimitIsRefusedNamingIt() throws Exception {
        String officer = AccountFixtures.anOfficer(administration);
        byte[] file = "<iati-activities/>".concat(" ".repeat(150_000)).getBytes(StandardCharsets.UTF_8);
        for (boolean chunked : new boolean[] {false, true}) {
            byte[] body = multipart(file);
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(BASE + "/api/iati/validate"))
                .header("Authorization", basic(officer))
                .header("Content-Type", "multipart/form-data; boundary=limits")
                .POST(chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                    : HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as("chunked: " + chunked).isEqualTo(413);
            assertThat(answer.body()).as("chunked: " + chunked).contains("100 KB");
        }
    }

    private static byte[] multipart(byte[] file) {
        String head = "--limits\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xml\"\r\n"
            + "Content-Type: application/xml\r\n\r\n";
        byte[] start = head.getBytes(StandardCharsets.US_ASCII);
        byte[] end = "\r\n--limits--\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[start.length + file.length + end.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(file, 0, all, start.length, file.length);
        System.arraycopy(end, 0, all, start.length + file.length, end.length);
        return all;
    }

}
