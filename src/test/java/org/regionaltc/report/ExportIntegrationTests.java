package org.regionaltc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.regionaltc.funding.FundingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The XLSX and CSV exports read back: the filters of their lists, numbers as numbers, dates as dates. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;

    long published;
    long unpublished;
    String officer;

    @BeforeAll
    void constructs() {
        published = FundingFixtures.aProject(jdbc, "VC", "123456.78");
        unpublished = FundingFixtures.aProject(jdbc, "VC", "5000");
        jdbc.sql("UPDATE tc_project SET published = TRUE WHERE id = :id").param("id", published).update();
        FundingFixtures.anEntry(jdbc, "COMMITMENT", "LACTF", published, null, "777.25");
        officer = AccountFixtures.anOfficer(administration);
    }

    @Test
    void theProjectsWorkbookKeepsTheListsFilterWithBudgetsAsNumbers() throws Exception {
        try (XSSFWorkbook workbook = workbook(get("/projects.xlsx?country=VC"), officer)) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> identifiers = column(sheet, "identifier");
            assertThat(identifiers).hasSize(jdbc.sql("SELECT COUNT(DISTINCT project_id) FROM project_country WHERE country_code = 'VC'")
                .query(Integer.class).single());
            assertThat(identifiers).contains(FundingFixtures.identifierOf(jdbc, published), FundingFixtures.identifierOf(jdbc, unpublished));
            Cell budget = cellOf(sheet, FundingFixtures.identifierOf(jdbc, published), "total_budget");
            assertThat(budget.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(budget.getNumericCellValue()).isEqualTo(123456.78);
        }
        String csv = body(get("/projects.csv?country=VC"), officer);
        assertThat(csv.lines().skip(1).count()).isEqualTo(jdbc.sql(
            "SELECT COUNT(DISTINCT project_id) FROM project_country WHERE country_code = 'VC'").query(Long.class).single());
    }

    @Test
    void thePublicsProjectsWorkbookHoldsPublishedProjectsOnly() throws Exception {
        MvcResult started = mvc.perform(get("/projects.xlsx?country=VC")).andReturn();
        byte[] bytes = mvc.perform(asyncDispatch(finished(started))).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(column(workbook.getSheetAt(0), "identifier")).contains(FundingFixtures.identifierOf(jdbc, published))
                .doesNotContain(FundingFixtures.identifierOf(jdbc, unpublished));
        }
    }

    @Test
    void theLedgerWorkbookHasDatesAsDatesAndAmountsAsNumbers() throws Exception {
        try (XSSFWorkbook workbook = workbook(get("/funding/ledger.xlsx?body=LACTF"), officer)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(column(sheet, "body")).isNotEmpty().containsOnly("LACTF");
            Row row = sheet.getRow(1);
            Cell date = row.getCell(columnIndex(sheet, "date"));
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(row.getCell(columnIndex(sheet, "amount_usd")).getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }

    @Test
    void aDonorsLedgerWorkbookHoldsOnlyItsBodysEntries() throws Exception {
        String donor = FundingFixtures.aDonorOf(administration, "EU");
        FundingFixtures.anEntry(jdbc, "COMMITMENT", "EU", published, null, "10.00");
        try (XSSFWorkbook workbook = workbook(get("/funding/ledger.xlsx"), donor)) {
            assertThat(column(workbook.getSheetAt(0), "body")).isNotEmpty().containsOnly("EU");
        }
        try (XSSFWorkbook workbook = workbook(get("/funding/ledger.xlsx?body=LACTF"), donor)) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
        }
    }

    @Test
    void theProgrammeWorkbookHasASheetPerEntity() throws Exception {
        try (XSSFWorkbook workbook = workbook(get("/programme.xlsx"), officer)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).contains("Projects", "Priorities", "Ledger", "Funding windows", "Pipeline",
                "Results by theme", "Results by country");
            assertThat(workbook.getSheet("Projects").getLastRowNum())
                .isEqualTo(jdbc.sql("SELECT COUNT(*) FROM tc_project").query(Integer.class).single());
            assertThat(workbook.getSheet("Ledger").getLastRowNum())
                .isEqualTo(jdbc.sql("SELECT COUNT(*) FROM ledger_entry").query(Integer.class).single());
        }
        try (XSSFWorkbook audit = workbook(get("/audit.xlsx"), officer)) {
            Cell at = audit.getSheetAt(0).getRow(1).getCell(1);
            assertThat(DateUtil.isCellDateFormatted(at)).isTrue();
        }
    }

    @Test
    void eachListLinksItsExportsWithItsFilters() throws Exception {
        assertThat(page("/projects?country=VC")).contains("/projects.xlsx?country=VC").contains("/projects.csv?country=VC");
        assertThat(page("/funding/ledger?body=LACTF")).contains("/funding/ledger.xlsx?body=LACTF");
        assertThat(page("/audit?actor=someone")).contains("/audit.xlsx?actor=someone");
        assertThat(page("/pipeline")).contains("/pipeline.xlsx");
        assertThat(page("/results")).contains("/results.xlsx");
        assertThat(page("/coverage?country=VC")).contains("/coverage/gaps.xlsx?country=VC");
    }

    private String page(String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(user(users.loadUserByUsername(officer)))).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString().replace("&amp;", "&");
    }

    private XSSFWorkbook workbook(MockHttpServletRequestBuilder request, String username) throws Exception {
        MvcResult started = mvc.perform(request.with(user(users.loadUserByUsername(username)))).andReturn();
        MvcResult done = mvc.perform(asyncDispatch(finished(started))).andReturn();
        assertThat(done.getResponse().getStatus()).isEqualTo(200);
        return new XSSFWorkbook(new ByteArrayInputStream(done.getResponse().getContentAsByteArray()));
    }

    private String body(MockHttpServletRequestBuilder request, String username) throws Exception {
        MvcResult started = mvc.perform(request.with(user(users.loadUserByUsername(username)))).andReturn();
        return mvc.perform(asyncDispatch(finished(started))).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Waits for a streamed export to finish: asyncDispatch alone waits only the request's 10 s async timeout, which a
     * 20,000-row workbook can need on a loaded CI machine.
     */
    private static MvcResult finished(MvcResult started) {
        started.getAsyncResult(120_000);
        return started;
    }

    private static int columnIndex(Sheet sheet, String header) {
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }

    private static List<String> column(Sheet sheet, String header) {
        int index = columnIndex(sheet, header);
        List<String> values = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            values.add(sheet.getRow(r).getCell(index).getStringCellValue());
        }
        return values;
    }

    private static Cell cellOf(Sheet sheet, String identifier, String header) {
        int key = columnIndex(sheet, "identifier");
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r).getCell(key).getStringCellValue().equals(identifier)) {
                return sheet.getRow(r).getCell(columnIndex(sheet, header));
            }
        }
        throw new AssertionError("no row " + identifier);
    }
}
