package org.regionaltc.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
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
            .with(httpBasic(officer, AccountFixtures.PASSWORD)).contentType(MediaType.TEXT_PLAIN).content(csv));
    }

    private int written() {
        return jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE reference = :r").param("r", reference)
            .query(Integer.class).single();
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
}
