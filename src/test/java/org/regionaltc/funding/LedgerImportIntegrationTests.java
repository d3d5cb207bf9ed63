package org.regionaltc.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The CSV import of ledger entries: the dry run, all-or-nothing, and importing only the valid lines. */
@SpringBootTest
@AutoConfigureMockMvc
class LedgerImportIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;
    @Autowired
    LedgerImport ledgerImport;

    private String officer;
    private String reference;
    private String project;

    @BeforeEach
    void aProjectAndAUniqueReference() {
        officer = AccountFixtures.anOfficer(administration);
        reference = "import-" + UUID.randomUUID();
        project = FundingFixtures.identifierOf(jdbc, FundingFixtures.aProject(jdbc, "PE", "5000.00"));
    }

    /** Two valid lines (2 and 4) around two wrong ones: a zero amount and an unknown currency. */
    private String fileWithErrors() {
        return LedgerImport.HEADER + "\n"
            + "PLEDGE,GEF,%s,,2025-01-10,USD,100.00,%s,first\n".formatted(project, reference)
            + "COMMITMENT,GEF,%s,,2025-01-11,USD,0,%s,\n".formatted(project, reference)
            + "\"RECEIPT\",GEF,%s,,2025-01-12,USD,\"1,5\",%s,\"with, a comma\"\n".formatted(project, reference)
            + "RECEIPT,IDF,%s,,2025-01-13,ABC,50.00,%s,\n".formatted(project, reference);
    }

    private ResultActions importing(String csv, String mode) throws Exception {
        return mvc.perform(post("/api/ledger-entries/import").param("mode", mode)
            .with(httpBasic(officer, AccountFixtures.PASSWORD)).contentType("text/csv").content(csv));
    }

    private int written() {
        return jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE reference = :r").param("r", reference)
            .query(Integer.class).single();
    }

    @Test
    void aDryRunOfAFileOfBadLinesListsTheFirstThousandErrorsAndCountsTheRest() throws Exception {
        StringBuilder csv = new StringBuilder(LedgerImport.HEADER + "\n");
        for (int i = 0; i < LedgerImport.REPORTED + 1500; i++) {
            csv.append("PLEDGE,GEF,%s,,2025-01-10,USD,zero,%s,\n".formatted(project, reference));
        }
        var answer = importing(csv.toString(), "DRY_RUN")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.lines").value(2500))
            .andExpect(jsonPath("$.errors.length()").value(LedgerImport.REPORTED))
            .andExpect(jsonPath("$.errors[0].line").value(2))
            .andExpect(jsonPath("$.moreErrors").value(1500))
            .andReturn();
        assertThat(answer.getResponse().getContentAsString().length()).isLessThan(200_000);
        mvc.perform(multipart("/funding/ledger/import").file("file", csv.toString().getBytes(StandardCharsets.UTF_8))
                .param("mode", "DRY_RUN").with(csrf()).with(user(users.loadUserByUsername(officer))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Dry run: 2,500 lines, 0 valid, 2,500 errors.")))
            .andExpect(content().string(containsString("… and 1,500 more")));
    }

    @Test
    void aDryRunListsTheErrorsOfEachLineAndWritesNothing() throws Exception {
        importing(fileWithErrors(), "DRY_RUN")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.lines").value(4))
            .andExpect(jsonPath("$.valid").value(1))
            .andExpect(jsonPath("$.written").value(0))
            .andExpect(jsonPath("$.errors[0].line").value(3))
            .andExpect(jsonPath("$.errors[0].field").value("amount"))
            .andExpect(jsonPath("$.errors[0].message").value(containsString("must be greater than zero")))
            .andExpect(jsonPath("$.errors[1].line").value(4))
            .andExpect(jsonPath("$.errors[1].field").value("amount"))
            .andExpect(jsonPath("$.errors[1].message").value(containsString("is not a number")))
            .andExpect(jsonPath("$.errors[2].line").value(5))
            .andExpect(jsonPath("$.errors[2].field").value("currency"));
        assertThat(written()).isZero();
    }

    @Test
    void anImportWithErrorsWritesNothing() throws Exception {
        importing(fileWithErrors(), "ALL_OR_NOTHING")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.written").value(0))
            .andExpect(jsonPath("$.errors.length()").value(3));
        assertThat(written()).isZero();
    }

    @Test
    void theUserMayChooseToImportOnlyTheValidLines() throws Exception {
        importing(fileWithErrors(), "VALID_ONLY")
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.written").value(1))
            .andExpect(jsonPath("$.errors.length()").value(3));
        assertThat(written()).isEqualTo(1);
    }

    @Test
    void aValidFileIsWrittenWhole() throws Exception {
        String csv = LedgerImport.HEADER + "\n"
            + "PLEDGE,GEF,%s,,2025-01-10,USD,100.00,%s,\n".formatted(project, reference)
            + "ALLOTMENT,GEF,%s,,2025-01-11,USD,60.00,%s,\n".formatted(project, reference);
        importing(csv, "ALL_OR_NOTHING").andExpect(status().isCreated()).andExpect(jsonPath("$.written").value(2));
        assertThat(written()).isEqualTo(2);
    }

    @Test
    void commitmentsOfOneFileAddUpAgainstTheirWindow() throws Exception {
        long window = FundingFixtures.aWindow(jdbc, "MLF", "USD", "1000.00");
        String csv = LedgerImport.HEADER + "\n"
            + "COMMITMENT,MLF,%s,%d,2025-01-10,USD,600.00,%s,\n".formatted(project, window, reference)
            + "COMMITMENT,MLF,%s,%d,2025-01-11,USD,600.00,%s,\n".formatted(project, window, reference);
        importing(csv, "DRY_RUN")
            .andExpect(jsonPath("$.errors[0].line").value(3))
            .andExpect(jsonPath("$.errors[0].field").value("amount"))
            .andExpect(jsonPath("$.errors[0].message").value(containsString("above what remains of the window")));
        assertThat(written()).isZero();
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedAsAWhole() throws Exception {
        importing("kind,sum\nPLEDGE,1\n", "ALL_OR_NOTHING")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("header"));
    }

    @Test
    void theImportPageShowsTheDryRunAndKeepsTheFileForTheImport() throws Exception {
        mvc.perform(post("/funding/ledger/import").with(csrf()).with(user(users.loadUserByUsername(officer)))
                .param("csv", fileWithErrors()).param("mode", "DRY_RUN"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Dry run: 4 lines, 1 valid, 3 errors. Nothing was written.")))
            .andExpect(content().string(containsString("is not a known ISO 4217 currency: ABC")))
            .andExpect(content().string(containsString(reference)));
        assertThat(written()).isZero();
    }

    private long projectId() {
        return jdbc.sql("SELECT id FROM tc_project WHERE identifier = :i").param("i", project).query(Long.class).single();
    }

    private int entriesOfTheProject() {
        return jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE project_id = :p").param("p", projectId())
            .query(Integer.class).single();
    }

    private ResultActions importing(byte[] csv, String mode, String charset) throws Exception {
        var request = post("/api/ledger-entries/import").param("mode", mode)
            .with(httpBasic(officer, AccountFixtures.PASSWORD)).contentType("text/csv").content(csv);
        return mvc.perform(charset == null ? request : request.param("charset", charset));
    }

    private ResultActions theSheet() throws Exception {
        return mvc.perform(get("/api/mobilization/projects/" + projectId())
            .with(httpBasic(officer, AccountFixtures.PASSWORD)));
    }

    /**
     * A commitment that fills its window and a receipt without window or reference: imported again, in any mode,
     * both are reported as already in the ledger, nothing is written, and secured funding stays what it was.
     */
    @Test
    void importingTheSameFileAgainWritesNothingInEveryModeAndSecuredFundingStays() throws Exception {
        long window = FundingFixtures.aWindow(jdbc, "MLF", "USD", "600.00");
        String csv = LedgerImport.HEADER + "\n"
            + "COMMITMENT,MLF,%s,%d,2025-01-10,USD,600.00,%s,first\n".formatted(project, window, reference)
            + "RECEIPT,IDF,%s,,2025-01-11,USD,400,,\n".formatted(project);
        importing(csv, "ALL_OR_NOTHING").andExpect(status().isCreated()).andExpect(jsonPath("$.written").value(2));
        theSheet().andExpect(jsonPath("$.funding.securedUsd").value(1000.00))
            .andExpect(jsonPath("$.funding.overBudget").value(false));
        long first = jdbc.sql("SELECT id FROM ledger_entry WHERE reference = :r").param("r", reference)
            .query(Long.class).single();

        for (String mode : List.of("DRY_RUN", "ALL_OR_NOTHING", "VALID_ONLY")) {
            importing(csv.replace("600.00", "600").replace(",400,", ",400.00,"), mode)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines").value(2))
                .andExpect(jsonPath("$.valid").value(0))
                .andExpect(jsonPath("$.written").value(0))
                .andExpect(jsonPath("$.errors.length()").value(0))
                .andExpect(jsonPath("$.alreadyInLedger.length()").value(2))
                .andExpect(jsonPath("$.alreadyInLedger[0].line").value(2))
                .andExpect(jsonPath("$.alreadyInLedger[0].entryId").value(first))
                .andExpect(jsonPath("$.alreadyInLedger[1].line").value(3));
        }
        assertThat(entriesOfTheProject()).isEqualTo(2);
        theSheet().andExpect(jsonPath("$.funding.securedUsd").value(1000.00));
    }

    @Test
    void aLineRepeatedWithinOneFileIsWrittenOnceAndALineThatDiffersIsWritten() throws Exception {
        String line = "RECEIPT,IDF,%s,,2025-01-11,USD,400.00,%s,\n".formatted(project, reference);
        String csv = LedgerImport.HEADER + "\n" + line + line
            + "RECEIPT,IDF,%s,,2025-01-11,USD,400.01,%s,\n".formatted(project, reference);
        importing(csv, "DRY_RUN")
            .andExpect(jsonPath("$.valid").value(2))
            .andExpect(jsonPath("$.alreadyInLedger[0].line").value(3))
            .andExpect(jsonPath("$.alreadyInLedger[0].repeatsLine").value(2));
        assertThat(written()).isZero();
        importing(csv, "ALL_OR_NOTHING")
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.written").value(2))
            .andExpect(jsonPath("$.alreadyInLedger.length()").value(1))
            .andExpect(jsonPath("$.alreadyInLedger[0].repeatsLine").value(2));
        assertThat(written()).isEqualTo(2);
    }

    @Test
    void twoImportsOfTheSameFileAtOnceWriteItOnce() throws Exception {
        byte[] csv = (LedgerImport.HEADER + "\n"
            + "COMMITMENT,GEF,%s,,2025-01-10,USD,100.00,%s,\n".formatted(project, reference)
            + "RECEIPT,GEF,%s,,2025-01-12,USD,100.00,%s,\n".formatted(project, reference))
            .getBytes(StandardCharsets.UTF_8);
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<LedgerImport.Report> run = () -> {
            together.await();
            return ledgerImport.run(csv, StandardCharsets.UTF_8, LedgerImport.Mode.ALL_OR_NOTHING);
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<LedgerImport.Report> one = threads.submit(run);
            Future<LedgerImport.Report> two = threads.submit(run);
            assertThat(one.get().written() + two.get().written()).isEqualTo(2);
            assertThat(one.get().alreadyInLedger().size() + two.get().alreadyInLedger().size()).isEqualTo(2);
        } finally {
            threads.shutdown();
        }
        assertThat(written()).isEqualTo(2);
    }

    private byte[] aFileWithNotes(String notes, Charset charset, byte... byteOrderMark) {
        byte[] text = (LedgerImport.HEADER + "\n"
            + "PLEDGE,GEF,%s,,2025-01-10,USD,100.00,%s,plain\n".formatted(project, reference)
            + "PLEDGE,GEF,%s,,2025-01-11,USD,100.00,%s,%s\n".formatted(project, reference, notes)).getBytes(charset);
        byte[] file = new byte[byteOrderMark.length + text.length];
        System.arraycopy(byteOrderMark, 0, file, 0, byteOrderMark.length);
        System.arraycopy(text, 0, file, byteOrderMark.length, text.length);
        return file;
    }

    private String notesOfTheSecondLine() {
        return jdbc.sql("SELECT notes FROM ledger_entry WHERE reference = :r AND notes <> 'plain'")
            .param("r", reference).query(String.class).single();
    }

    @Test
    void readsUtf8WithAndWithoutAByteOrderMarkAndUtf16WithOne() throws Exception {
        byte[][] files = {
            aFileWithNotes("Niño café", StandardCharsets.UTF_8),
            aFileWithNotes("Niño café", StandardCharsets.UTF_8, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF),
            aFileWithNotes("Niño café", StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE),
            aFileWithNotes("Niño café", StandardCharsets.UTF_16BE, (byte) 0xFE, (byte) 0xFF)};
        for (byte[] file : files) {
            importing(file, "ALL_OR_NOTHING", null).andExpect(status().isCreated())
                .andExpect(jsonPath("$.written").value(2));
            assertThat(notesOfTheSecondLine()).isEqualTo("Niño café");
            jdbc.sql("DELETE FROM ledger_entry WHERE reference = :r").param("r", reference).update();
        }
    }

    @Test
    void refusesWindows1252UnlessAskedWithTheLineAndAHint() throws Exception {
        byte[] file = aFileWithNotes("Niño café", Charset.forName("windows-1252"));
        importing(file, "ALL_OR_NOTHING", null)
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.written").value(0))
            .andExpect(jsonPath("$.errors[0].line").value(3))
            .andExpect(jsonPath("$.errors[0].field").value("file"))
            .andExpect(jsonPath("$.errors[0].message").value(containsString("not UTF-8")))
            .andExpect(jsonPath("$.errors[0].message").value(containsString("CSV UTF-8")))
            .andExpect(jsonPath("$.errors[0].message").value(containsString("Windows-1252")));
        assertThat(written()).isZero();

        importing(file, "ALL_OR_NOTHING", "windows-1252").andExpect(status().isCreated());
        assertThat(notesOfTheSecondLine()).isEqualTo("Niño café");
    }

    @Test
    void refusesAnUnknownEncodingNamingTheCharsetParameter() throws Exception {
        importing(aFileWithNotes("x", StandardCharsets.UTF_8), "DRY_RUN", "EBCDIC")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("charset"));
    }

    @Test
    void refusesAQuoteThatNeverClosesWithItsLine() throws Exception {
        String csv = LedgerImport.HEADER + "\n"
            + "PLEDGE,GEF,%s,,2025-01-10,USD,100.00,%s,fine\n".formatted(project, reference)
            + "PLEDGE,GEF,%s,,2025-01-11,USD,100.00,%s,\"never closed\n".formatted(project, reference)
            + "PLEDGE,GEF,%s,,2025-01-12,USD,100.00,%s,\n".formatted(project, reference);
        importing(csv, "VALID_ONLY")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].line").value(3))
            .andExpect(jsonPath("$.errors[0].message").value(containsString("never closes")));
        assertThat(written()).isZero();
    }

    @Test
    void theImportPageReadsAnUploadInTheChosenEncodingInThePagesLanguage() throws Exception {
        byte[] file = aFileWithNotes("Niño café", Charset.forName("windows-1252"));
        var officerUser = user(users.loadUserByUsername(officer));
        mvc.perform(multipart("/funding/ledger/import").file("file", file).param("mode", "DRY_RUN")
                .with(csrf()).with(officerUser).cookie(new jakarta.servlet.http.Cookie("tc-lang", "es")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("A partir de la línea 3, el archivo no está en UTF-8")));
        mvc.perform(multipart("/funding/ledger/import").file("file", file).param("mode", "DRY_RUN")
                .param("charset", "windows-1252").with(csrf()).with(officerUser))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Dry run: 2 lines, 2 valid, 0 errors.")))
            .andExpect(content().string(containsString("Niño café")));
    }

    @Test
    void theImportPageListsTheWindowNumbersTheCsvTakes() throws Exception {
        long window = FundingFixtures.aWindow(jdbc, "MLF", "USD", "600.00");
        String name = jdbc.sql("SELECT name FROM funding_window WHERE id = :id").param("id", window)
            .query(String.class).single();
        mvc.perform(get("/funding/ledger/import").with(user(users.loadUserByUsername(officer))))
            .andExpect(content().string(containsString("<td class=\"num\">%d</td><td>MLF</td>".formatted(window))))
            .andExpect(content().string(containsString(name)));
        mvc.perform(get("/funding/windows").with(user(users.loadUserByUsername(officer))))
            .andExpect(content().string(containsString("<td class=\"num\">%d</td>".formatted(window))));
        mvc.perform(get("/funding/windows/" + window + "/edit").with(user(users.loadUserByUsername(officer))))
            .andExpect(content().string(containsString("Window number %d".formatted(window))));
    }
}
