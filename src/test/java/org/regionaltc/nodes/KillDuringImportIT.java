package org.regionaltc.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.regionaltc.bench.IatiGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code kill -9} of the application in the middle of a ledger CSV import, an IATI import (chunked, and atomic) and
 * an optimizer run, on the database of the run (H2 files, or PostgreSQL with -Ppostgres). A test-only pause point
 * ({@code tc.test.pause-point}, system/PausePoint) holds the operation halfway so that the kill lands there every
 * time. After a restart the database holds what the mode promises, and importing again gives the right totals.
 */
@Timeout(value = 15, unit = java.util.concurrent.TimeUnit.MINUTES)
class KillDuringImportIT {

    private static final String PASSWORD = "kill-during-import-password";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PAUSE_WAIT = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    private final Map<String, String> env = AppNode.postgres();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String officer = "kill." + tag;

    private final java.util.List<AppNode> nodes = new java.util.ArrayList<>();

    /** A node the test kills itself; if an assertion fails first, it is stopped after the test all the same. */
    private AppNode started(AppNode node) {
        nodes.add(node);
        return node;
    }

    @org.junit.jupiter.api.AfterEach
    void stopWhatIsStillRunning() throws InterruptedException {
        for (AppNode node : nodes) {
            if (node.process().isAlive()) {
                node.kill();
            }
        }
    }

    @Test
    void aLedgerImportKilledHalfwayLeavesNothingAndImportingAgainWritesEveryLineOnce() throws Exception {
        AppNode.addUser(dir, env, officer, "OFFICER", PASSWORD);
        int lines = 1000;
        String csv = ledgerCsv(lines);
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 1; i <= lines; i++) {
            total = total.add(amount(i));
        }

        AppNode first = started(AppNode.start("ledger-1", dir, env, "-Dtc.test.pause-point=ledger-import:500"));
        http.sendAsync(ledgerImport(first, csv).build(), HttpResponse.BodyHandlers.discarding());
        first.awaitLog("PAUSE POINT ledger-import:500 reached", PAUSE_WAIT);
        first.kill();

        try (AppNode second = AppNode.start("ledger-2", dir, env)) {
            assertThat(entriesOfThisRun(second)).as("ALL_OR_NOTHING: no line of the killed import").isEmpty();

            JsonNode again = send(ledgerImport(second, csv));
            assertThat(again.get("written").asInt()).isEqualTo(lines);
            assertThat(again.get("alreadyInLedger")).isEmpty();
            List<JsonNode> entries = entriesOfThisRun(second);
            assertThat(entries).hasSize(lines);
            assertThat(entries.stream().map(e -> e.get("amount").decimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(total);

            JsonNode third = send(ledgerImport(second, csv));
            assertThat(third.get("written").asInt()).isZero();
            assertThat(third.get("alreadyInLedger")).hasSize(lines);
            assertThat(entriesOfThisRun(second)).hasSize(lines);
        }
    }

    @Test
    void anIatiImportKilledHalfwayKeepsItsCommittedChunksOrNothingWhenAtomicAndImportingAgainCompletesIt()
            throws Exception {
        AppNode.addUser(dir, env, officer, "OFFICER", PASSWORD);
        byte[] chunked = iatiFile("C" + tag);
        byte[] atomic = iatiFile("A" + tag);
        int activities = activities(chunked);
        assertThat(activities).isGreaterThan(600);

        AppNode first = started(AppNode.start("iati-1", dir, env, "-Dtc.test.pause-point=iati-import:600"));
        http.sendAsync(iatiImport(first, chunked, false).build(), HttpResponse.BodyHandlers.discarding());
        first.awaitLog("PAUSE POINT iati-import:600 reached", PAUSE_WAIT);
        if (!AppNode.onPostgres()) {
            // H2 writes a commit to its file within its write delay (about a second), not at the commit: a kill -9
            // inside that second loses the chunk (README, Faults). PostgreSQL's commit is on disk when it returns.
            Thread.sleep(3000);
        }
        first.kill();

        AppNode second = started(AppNode.start("iati-2", dir, env, "-Dtc.test.pause-point=iati-import-atomic:600"));
        // Activities commit in chunks of 500: the first chunk stays, the 100 of the open one are gone.
        JsonNode again = send(iatiImport(second, chunked, false)).get(0);
        assertThat(again.get("unchanged").asInt()).as("activities of the killed import's committed chunk")
            .isEqualTo(500);
        assertThat(again.get("created").asInt()).isEqualTo(activities - 500);
        assertThat(again.get("rejected").asInt()).isZero();

        http.sendAsync(iatiImport(second, atomic, true).build(), HttpResponse.BodyHandlers.discarding());
        second.awaitLog("PAUSE POINT iati-import-atomic:600 reached", PAUSE_WAIT);
        second.kill();

        try (AppNode third = AppNode.start("iati-3", dir, env)) {
            JsonNode atomicAgain = send(iatiImport(third, atomic, true)).get(0);
            assertThat(atomicAgain.get("unchanged").asInt()).as("an atomic import killed halfway left nothing").isZero();
            assertThat(atomicAgain.get("created").asInt()).isEqualTo(activities);
            JsonNode chunkedOnceMore = send(iatiImport(third, chunked, false)).get(0);
            assertThat(chunkedOnceMore.get("unchanged").asInt()).isEqualTo(activities);
            assertThat(chunkedOnceMore.get("created").asInt()).isZero();
        }
    }

    @Test
    void anOptimizerRunKilledMidSolveSavesNothingIsUnknownAfterTheRestartAndANewRunWorks() throws Exception {
        AppNode.addUser(dir, env, officer, "OFFICER", PASSWORD);
        AppNode first = started(AppNode.start("optimizer-1", dir, env, "-Dtc.test.pause-point=optimizer-run:1"));
        AppNode.Browser browser = new AppNode.Browser();
        assertThat(browser.signIn(first, officer, PASSWORD)).doesNotContain("error");
        int scenariosBefore = count(browser.get(first, "/optimizer").body(), "/optimizer/scenarios/");
        int proposalsBefore = send(first.api("/api/proposals", officer, PASSWORD).GET()).size();
        String runPage = browser.post(first, "/optimizer", "/optimizer/runs", Map.of("timeLimit", "5"))
            .headers().firstValue("Location").orElseThrow();
        String runPath = runPage.substring(runPage.indexOf("/optimizer/runs/"));
        first.awaitLog("PAUSE POINT optimizer-run:1 reached", PAUSE_WAIT);
        first.kill();

        try (AppNode second = AppNode.start("optimizer-2", dir, env)) {
            AppNode.Browser again = new AppNode.Browser();
            assertThat(again.signIn(second, officer, PASSWORD)).doesNotContain("error");
            HttpResponse<String> lost = again.get(second, runPath + "?lang=es");
            assertThat(lost.statusCode()).isEqualTo(404);
            assertThat(lost.body()).contains("no se conoce").contains("Inicie una nueva ejecución");
            assertThat(count(again.get(second, "/optimizer?lang=en").body(), "/optimizer/scenarios/"))
                .as("no scenario saved by the killed run").isEqualTo(scenariosBefore);
            assertThat(send(second.api("/api/proposals", officer, PASSWORD).GET()).size())
                .as("no proposal written by the killed run").isEqualTo(proposalsBefore);

            String newRun = again.post(second, "/optimizer", "/optimizer/runs", Map.of("timeLimit", "5"))
                .headers().firstValue("Location").orElseThrow();
            String newPath = newRun.substring(newRun.indexOf("/optimizer/runs/"));
            assertThat(awaitFinished(again, second, newPath)).as("the new run shows its result")
                .contains("id=\"scenario-form\"").doesNotContain("class=\"warning\"");
        }
    }

    private String ledgerCsv(int lines) {
        StringBuilder csv = new StringBuilder("type,body,project,window,date,currency,amount,reference,notes\n");
        for (int i = 1; i <= lines; i++) {
            csv.append("PLEDGE,GEF,,,2025-03-01,USD,").append(amount(i).toPlainString()).append(",kill-")
                .append(tag).append('-').append(i).append(",\n");
        }
        return csv.toString();
    }

    private static BigDecimal amount(int line) {
        return BigDecimal.valueOf(1000L + line * 7L, 2);
    }

    private HttpRequest.Builder ledgerImport(AppNode node, String csv) {
        return node.api("/api/ledger-entries/import?mode=ALL_OR_NOTHING", officer, PASSWORD)
            .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8));
    }

    private List<JsonNode> entriesOfThisRun(AppNode node) throws IOException, InterruptedException {
        // Every page of the body's entries (the list answers 1,000 at most per page; the database may be shared).
        List<JsonNode> mine = new java.util.ArrayList<>();
        for (int page = 1; ; page++) {
            JsonNode some = send(node.api("/api/ledger-entries?body=GEF&size=1000&page=" + page, officer, PASSWORD)
                .GET());
            StreamSupport.stream(some.spliterator(), false)
                .filter(e -> e.get("reference").asString("").startsWith("kill-" + tag + "-")).forEach(mine::add);
            if (some.size() < 1000) {
                return mine;
            }
        }
    }

    /** The standard's example activity repeated under identifiers of this run only (the database may be shared). */
    private static byte[] iatiFile(String run) throws IOException {
        try (IatiGenerator generator = new IatiGenerator(720L * 17_700)) {
            String xml = new String(generator.readAllBytes(), StandardCharsets.UTF_8);
            return xml.replace("-ABC123-G", "-ABC123-" + run + "-G").getBytes(StandardCharsets.UTF_8);
        }
    }

    private static int activities(byte[] file) {
        return count(new String(file, StandardCharsets.UTF_8), "<iati-activity ");
    }

    private HttpRequest.Builder iatiImport(AppNode node, byte[] file, boolean atomic) {
        String boundary = "kill" + UUID.randomUUID().toString().replace("-", "");
        return node.api("/api/iati/import?atomic=" + atomic, officer, PASSWORD)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(AppNode.multipart(boundary, "file", "activities.xml", file));
    }

    private JsonNode send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return JSON.readTree(response.body());
    }

    private static String awaitFinished(AppNode.Browser browser, AppNode node, String path) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            String page = browser.get(node, path).body();
            if (!page.contains("hx-trigger=\"every")) {
                return page;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the new run did not finish within 2 minutes");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
