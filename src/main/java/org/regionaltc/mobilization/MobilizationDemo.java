package org.regionaltc.mobilization;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.regionaltc.demo.DemoSettings;
import org.regionaltc.financing.Contacts;
import org.regionaltc.financing.EligibilityRules;
import org.regionaltc.financing.ProjectFacts;
import org.regionaltc.financing.RuleDraft;
import org.regionaltc.funding.Cofinancing;
import org.regionaltc.funding.Cofinancings;
import org.regionaltc.funding.ExchangeRates;
import org.regionaltc.funding.FundingWindow;
import org.regionaltc.funding.FundingWindows;
import org.regionaltc.funding.LedgerDraft;
import org.regionaltc.funding.LedgerEntries;
import org.regionaltc.funding.WindowDraft;
import org.regionaltc.pipeline.Proposal;
import org.regionaltc.pipeline.Proposals;
import org.regionaltc.pipeline.Stage;
import org.regionaltc.system.DemoParts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Resource mobilization's sample data, flagged is_sample: rates, eligibility rules, windows and contacts of the
 * GEF, the MLF, the IDF and the EU, and, for the projects demo's sample projects (loaded before, at order 30),
 * proposals, ledger entries and co-financing that leave some of them with gaps. Each part is loaded once; with
 * tc.demo.enabled=false every sample row is removed instead.
 */
@Component
@Order(40)
class MobilizationDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MobilizationDemo.class);
    private static final List<String> GRULAC = List.of("AG", "AR", "BS", "BB", "BZ", "BO", "BR", "CL", "CO", "CR",
        "CU", "DM", "DO", "EC", "SV", "GD", "GT", "GY", "HT", "HN", "JM", "MX", "NI", "PA", "PY", "PE", "KN", "LC",
        "VC", "SR", "TT", "UY", "VE");

    private final boolean enabled;
    private final JdbcClient jdbc;
    private final ExchangeRates rates;
    private final EligibilityRules rules;
    private final Contacts contacts;
    private final FundingWindows windows;
    private final LedgerEntries ledger;
    private final Cofinancings cofinancing;
    private final Proposals proposals;
    private final ProjectFacts projects;
    private final DemoParts parts;

    MobilizationDemo(DemoSettings settings, JdbcClient jdbc, ExchangeRates rates,
            EligibilityRules rules, Contacts contacts, FundingWindows windows, LedgerEntries ledger,
            Cofinancings cofinancing, Proposals proposals, ProjectFacts projects, DemoParts parts) {
        this.enabled = settings.enabled();
        this.parts = parts;
        this.jdbc = jdbc;
        this.rates = rates;
        this.rules = rules;
        this.contacts = contacts;
        this.windows = windows;
        this.ledger = ledger;
        this.cofinancing = cofinancing;
        this.proposals = proposals;
        this.projects = projects;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            parts.inTransaction("sample resource-mobilization data", this::remove);
            return;
        }
        LocalDate today = LocalDate.now();
        parts.inTransaction("sample exchange rates", this::loadRates);
        // An edited rule is no longer a sample; the contacts loaded with the rules tell that the rules were loaded.
        if (count("eligibility_rule") == 0 && count("financing_body_contact") == 0) {
            parts.inTransaction("sample eligibility rules", () -> {
                loadRules();
                loadContacts();
            });
        }
        if (count("funding_window") == 0) {
            parts.inTransaction("sample funding windows", () -> loadWindows(today));
        }
        List<ProjectFacts.Project> samples = projects.findSamples();
        if (!samples.isEmpty() && count("ledger_entry") == 0 && count("proposal") == 0) {
            parts.inTransaction("sample proposals, ledger entries and co-financing", () -> {
                loadProjectFunding(samples, today);
                log.info("Loaded resource-mobilization sample data for {} sample projects", Math.min(samples.size(), 4));
            });
        }
    }

    private void loadRates() {
        Object[][] table = {
            {"EUR", "2024-01-01", "1.1050"}, {"EUR", "2025-01-01", "1.0350"}, {"EUR", "2026-01-01", "1.1700"},
            {"JPY", "2024-01-01", "0.0070900000"}, {"JPY", "2025-01-01", "0.0063600000"},
            {"JPY", "2026-01-01", "0.0064000000"}, {"SEK", "2025-01-01", "0.0905"}, {"SEK", "2026-01-01", "0.1060"},
            {"NOK", "2025-01-01", "0.0880"}, {"NOK", "2026-01-01", "0.0990"}, {"CHF", "2025-01-01", "1.1030"},
            {"CHF", "2026-01-01", "1.2600"}, {"KRW", "2026-01-01", "0.000690"}};
        for (Object[] row : table) {
            LocalDate date = LocalDate.parse((String) row[1]);
            if (jdbc.sql("SELECT COUNT(*) FROM exchange_rate WHERE currency = :c AND rate_date = :d")
                    .param("c", row[0]).param("d", date).query(Integer.class).single() == 0) {
                rates.save((String) row[0], date, new BigDecimal((String) row[2]), "Sample rate (demo)", true);
            }
        }
    }

    private void loadRules() {
        rules.create(new RuleDraft("GEF", "Sample: GEF-9 environment focal areas", LocalDate.of(2026, 7, 1),
            LocalDate.of(2030, 6, 30), List.of("C"), List.of(), List.of(), List.of(), new BigDecimal("50000.00"),
            new BigDecimal("20000000.00"), new BigDecimal("1.00"),
            "Focal areas: biodiversity, climate change, international waters, land degradation, chemicals and waste. "
                + "Portfolio ambition of 6:1 co-financing; 1:1 is the minimum per project here."), true);
        rules.create(new RuleDraft("MLF", "Sample: MLF triennium, Article 5 countries", LocalDate.of(2024, 1, 1),
            LocalDate.of(2026, 12, 31), List.of("C4"), List.of("41020", "321"), GRULAC, List.of("NATIONAL", "REGIONAL"),
            null, null, null, "HCFC phase-out management plans and Kigali implementation plans, approved by the "
                + "Executive Committee."), true);
        rules.create(new RuleDraft("IDF", "Sample: IDF special-purpose contributions", LocalDate.of(2024, 1, 1), null,
            List.of(), List.of(), List.of(), List.of(), null, new BigDecimal("1000000.00"), null,
            "Voluntary contributions, general or special-purpose."), true);
        rules.create(new RuleDraft("EU", "Sample: EU regional programmes for Latin America and the Caribbean",
            LocalDate.of(2021, 1, 1), LocalDate.of(2027, 12, 31), List.of("A", "B", "C"), List.of(), List.of(),
            List.of("REGIONAL", "SUB_REGIONAL"), new BigDecimal("500000.00"), null, new BigDecimal("0.10"),
            "Multi-country action; at least 10% co-financing."), true);
    }

    private void loadContacts() {
        contacts.create("GEF", "Sample: GEF Secretariat, Latin America desk", "Programme officer", "lac@example.org",
            null, true);
        contacts.create("MLF", "Sample: Multilateral Fund Secretariat", "Senior programme officer",
            "mlf@example.org", null, true);
        contacts.create("EU", "Sample: DG INTPA, Americas and Caribbean", "Desk officer", "intpa@example.org", null, true);
    }

    private void loadWindows(LocalDate today) {
        windows.create(new WindowDraft("GEF", "Sample: GEF-9 LAC climate and chemicals envelope", LocalDate.of(2026, 7, 1),
            LocalDate.of(2030, 6, 30), "USD", new BigDecimal("12000000.00"), today.plusDays(45),
            "At least 30% for chemicals and waste", null), true);
        windows.create(new WindowDraft("MLF", "Sample: MLF 2026 Executive Committee meetings", LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31), "USD", new BigDecimal("5000000.00"), today.plusDays(20),
            "HCFC phase-out and Kigali implementation plans", null), true);
        windows.create(new WindowDraft("EU", "Sample: EU regional green industry facility", LocalDate.of(2025, 1, 1),
            LocalDate.of(2027, 12, 31), "EUR", new BigDecimal("8000000.00"), today.plusDays(120), null, null), true);
        windows.create(new WindowDraft("IDF", "Sample: IDF 2026 special-purpose contributions", LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31), "USD", new BigDecimal("1500000.00"), null, null, null), true);
    }

    private void loadProjectFunding(List<ProjectFacts.Project> samples, LocalDate today) {
        FundingWindow gef = sampleWindow("GEF");
        FundingWindow eu = sampleWindow("EU");
        for (int i = 0; i < Math.min(samples.size(), 4); i++) {
            ProjectFacts.Project p = samples.get(i);
            BigDecimal budget = p.approvedBudget().signum() > 0 ? p.approvedBudget() : new BigDecimal("1000000.00");
            String country = p.countries().stream().findFirst().orElse(null);
            switch (i) {
                case 0 -> {
                    propose(p, "GEF", "USD", part(budget, 40), Stage.UNDER_NEGOTIATION, null, today.plusDays(30),
                        "Sample: answer the GEF Secretariat's review sheet");
                    entry("PLEDGE", "GEF", p, null, today.minusDays(200), part(budget, 35));
                    entry("COMMITMENT", "GEF", p, fitting(gef, part(budget, 30)), today.minusDays(150), part(budget, 30));
                    entry("RECEIPT", "GEF", p, null, today.minusDays(120), part(budget, 20));
                    entry("ALLOTMENT", "GEF", p, null, today.minusDays(110), part(budget, 15));
                    entry("EXPENDITURE", "GEF", p, null, today.minusDays(30), part(budget, 8));
                    cofinance(p, country, "GOVERNMENT", "Sample: Ministry of Industry", "IN_KIND", part(budget, 15), today);
                }
                case 1 -> {
                    // Moving the proposal records the pledge and, when the agreement is signed, the commitment.
                    propose(p, "MLF", "USD", part(budget, 100), Stage.AGREEMENT_SIGNED, part(budget, 90), null, null,
                        today.minusDays(300));
                    entry("RECEIPT", "MLF", p, null, today.minusDays(250), part(budget, 60));
                    cofinance(p, country, "PRIVATE_SECTOR", "Sample: refrigeration servicing association", "CASH",
                        part(budget, 10), today);
                }
                case 2 -> {
                    propose(p, "EU", "EUR", part(budget, 50), Stage.CONCEPT_SUBMITTED, null, today.plusDays(60),
                        "Sample: full proposal due after concept note clearance");
                    entry("COMMITMENT", "EU", p, fitting(eu, part(budget, 20)), today.minusDays(90), part(budget, 20),
                        "EUR");
                }
                default -> propose(p, "IDF", "USD", part(budget, 25), Stage.IDENTIFIED, null, today.plusDays(10),
                    "Sample: discuss a special-purpose contribution with a donor country");
            }
        }
    }

    /** The window to commit against when the amount fits what remains of it; none otherwise. */
    private Long fitting(FundingWindow window, BigDecimal amount) {
        return window != null && amount.compareTo(windows.get(window.id()).remaining()) <= 0 ? window.id() : null;
    }

    private FundingWindow sampleWindow(String body) {
        return windows.findVisible(org.regionaltc.financing.Visibility.everything()).stream()
            .filter(w -> w.bodyCode().equals(body) && w.sample()).findFirst().orElse(null);
    }

    private void propose(ProjectFacts.Project p, String body, String currency, BigDecimal amount, Stage stage,
            BigDecimal approved, LocalDate nextActionDate, String nextAction) {
        propose(p, body, currency, amount, stage, approved, nextActionDate, nextAction, null);
    }

    /** A sample proposal moved up to the stage; a signed agreement dated signedOn, pledged 30 days before. */
    private void propose(ProjectFacts.Project p, String body, String currency, BigDecimal amount, Stage stage,
            BigDecimal approved, LocalDate nextActionDate, String nextAction, LocalDate signedOn) {
        Proposal proposal = proposals.create(new Proposal.Draft(p.id(), body, currency, amount, nextAction,
            nextActionDate, "Sample proposal (demo)"), true);
        for (Stage step : List.of(Stage.CONCEPT_SUBMITTED, Stage.UNDER_NEGOTIATION, Stage.APPROVED_PLEDGED,
                Stage.AGREEMENT_SIGNED)) {
            if (stage.ordinal() < step.ordinal()) {
                break;
            }
            LocalDate decided = signedOn == null ? null
                : step == Stage.APPROVED_PLEDGED ? signedOn.minusDays(30) : signedOn;
            proposal = proposals.move(proposal.id(), new Proposal.Move(step,
                step == Stage.APPROVED_PLEDGED ? (approved == null ? amount : approved) : null, "Sample move (demo)",
                nextAction, nextActionDate, proposal.version(), decided, null), true);
        }
    }

    private void entry(String type, String body, ProjectFacts.Project p, Long windowId, LocalDate date,
            BigDecimal amount) {
        entry(type, body, p, windowId, date, amount, "USD");
    }

    private void entry(String type, String body, ProjectFacts.Project p, Long windowId, LocalDate date,
            BigDecimal amount, String currency) {
        ledger.create(new LedgerDraft(type, body, p.id(), windowId, date, currency, amount, "SAMPLE", "Sample entry (demo)"),
            true);
    }

    private void cofinance(ProjectFacts.Project p, String country, String source, String name, String kind,
            BigDecimal amount, LocalDate today) {
        cofinancing.create(new Cofinancing.Draft(p.id(), country, source, name, kind, today.minusDays(60), "USD", amount),
            true);
    }

    private static BigDecimal part(BigDecimal budget, int percent) {
        return budget.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    private int count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE is_sample").query(Integer.class).single();
    }

    void remove() {
        int removed = jdbc.sql("DELETE FROM ledger_entry WHERE is_sample").update()
            + jdbc.sql("DELETE FROM cofinancing WHERE is_sample").update()
            + jdbc.sql("DELETE FROM proposal WHERE is_sample").update()
            + jdbc.sql("""
                DELETE FROM funding_window WHERE is_sample
                AND id NOT IN (SELECT window_id FROM ledger_entry WHERE window_id IS NOT NULL)
                """).update()
            + jdbc.sql("DELETE FROM eligibility_rule WHERE is_sample").update()
            + jdbc.sql("DELETE FROM financing_body_contact WHERE is_sample").update()
            + jdbc.sql("DELETE FROM exchange_rate WHERE is_sample").update();
        if (removed > 0) {
            log.info("Removed resource mobilization's sample data (tc.demo.enabled=false)");
        }
    }
}
