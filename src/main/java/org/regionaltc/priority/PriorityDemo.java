package org.regionaltc.priority;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regionaltc.demo.DemoSettings;
import org.regionaltc.system.DemoParts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sample review cycles: a closed 2022–2023 cycle and the 2024–2025 cycle carried forward from it, now under
 * consolidation, with priorities re-ranked, re-worded, added and dropped so that the comparison shows something.
 * Loaded when tc.demo.enabled is true and no sample cycle exists. When it is false they are removed once every runner
 * has run (other features' sample rows, such as projects serving these priorities, go first), newest cycle first; a
 * cycle whose priorities real records still refer to, or that holds an edited or added priority, is kept with a warning,
 * and so is the cycle it was carried from.
 */
@Component
@Order(20)
class PriorityDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PriorityDemo.class);

    private record Sample(String country, String theme, int rank, String title, String sectors, String plan) {
    }

    private static final List<Sample> CYCLE_2022 = List.of(
        new Sample("MX", "A2", 1, "SME cluster development in the automotive supply chain", "32130 32120", "Programme for innovative industrial development"),
        new Sample("MX", "C2", 2, "Industrial energy efficiency in energy-intensive sectors", "23183", "National energy strategy"),
        new Sample("GT", "B1", 1, "Quality infrastructure for agro-food exports", "33110 32161", "National competitiveness policy"),
        new Sample("GT", "A1", 2, "Coffee and cardamom value chains", "32161", "National competitiveness policy"),
        new Sample("CR", "C3", 1, "Renewable energy for industrial parks", "23210", "National decarbonization plan"),
        new Sample("CR", "B3", 2, "Medical devices supplier development", "32120", "Productive development policy"),
        new Sample("PA", "B2", 1, "Export consortia of logistics SMEs", "33120 32130", "Logistics strategy"),
        new Sample("JM", "A1", 1, "Agro-processing for tourism supply chains", "32161", "National industrial policy"),
        new Sample("JM", "B2", 2, "Export consortia for creative industries", "33120", "National industrial policy"),
        new Sample("TT", "C2", 1, "Energy efficiency in petrochemical plants", "23183 32182", "Vision 2030"),
        new Sample("BB", "C6", 1, "Industrial water efficiency", "14010", "Growth and development strategy"),
        new Sample("DO", "B1", 1, "Standards and conformity assessment for free zones", "33110", "National development strategy"),
        new Sample("BO", "A1", 1, "Quinoa and Andean grains agro-industry", "32161", "Economic and social development plan"),
        new Sample("BO", "C1", 2, "Cleaner production in mining regions", "41010 32120", "Economic and social development plan"),
        new Sample("PE", "A1", 1, "Agro-industrial value chains in the Andean highlands", "32161", "National plan for productive diversification"),
        new Sample("PE", "A2", 2, "Forestry SMEs and clusters", "32130", "National plan for productive diversification"),
        new Sample("PE", "C4", 3, "HCFC phase-out in refrigeration servicing", "41020", "National ozone programme"),
        new Sample("CO", "A1", 1, "Cocoa value chain for peace territories", "32161", "Productive transformation policy"),
        new Sample("CO", "B3", 2, "Cluster competitiveness in textiles", "32120", "Productive transformation policy"),
        new Sample("EC", "A1", 1, "Banana and shrimp by-product valorization", "32161 41010", "Productive agenda"),
        new Sample("AR", "B1", 1, "Metrology and testing for the metal-mechanic industry", "33110", "Productive development plan"),
        new Sample("AR", "C3", 2, "Biogas from agro-industrial waste", "23210", "Productive development plan"),
        new Sample("BR", "C2", 1, "Industrial energy efficiency in SMEs", "23183 32130", "New industry Brazil"),
        new Sample("BR", "X", 2, "South-South cooperation in bioethanol", "23210", "New industry Brazil"),
        new Sample("CL", "C3", 1, "Green hydrogen for industrial decarbonisation", "23210", "Green hydrogen strategy"),
        new Sample("CL", "C1", 2, "Circular economy in mining suppliers", "41010", "Circular economy roadmap"),
        new Sample("UY", "C3", 1, "Renewable energy for agro-industry", "23210 32161", "Transforma Uruguay"),
        new Sample("UY", "A4", 2, "Investment promotion in biotechnology", "32120", "Transforma Uruguay"));

    private final JdbcClient jdbc;
    private final ReviewCycles cycles;
    private final Priorities priorities;
    private final Endorsements endorsements;
    private final CycleWorkflow workflow;
    private final Consolidation consolidation;
    private final TransactionTemplate transaction;
    private final DemoParts parts;
    private final boolean enabled;

    PriorityDemo(JdbcClient jdbc, ReviewCycles cycles, Priorities priorities, Endorsements endorsements,
            CycleWorkflow workflow, Consolidation consolidation, PlatformTransactionManager transactions,
            DemoParts parts, DemoSettings settings) {
        this.parts = parts;
        this.jdbc = jdbc;
        this.cycles = cycles;
        this.priorities = priorities;
        this.endorsements = endorsements;
        this.workflow = workflow;
        this.consolidation = consolidation;
        this.transaction = new TransactionTemplate(transactions);
        this.enabled = settings.enabled();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            parts.run("sample review cycles", this::load);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void removeWhenDisabled() {
        if (!enabled) {
            parts.run("sample review cycles", this::remove);
        }
    }

    void load() {
        transaction.executeWithoutResult(status -> loadSamples());
    }

    private void loadSamples() {
        if (jdbc.sql("SELECT COUNT(*) FROM review_cycle WHERE is_sample").query(Integer.class).single() > 0) {
            return;
        }
        long closed = cycles.insert(new ReviewCycle(0, "Sample: Review cycle 2022–2023", LocalDate.of(2022, 1, 1),
            LocalDate.of(2023, 12, 31), LocalDate.of(2022, 3, 31), CycleStatus.CONSOLIDATION, "MTPF-2008-2011", null, true, 0));
        Map<String, Long> ids = new HashMap<>();
        for (Sample s : CYCLE_2022) {
            ids.put(s.country() + s.rank(), priorities.insert(national(closed, s.country(), s.theme(), s.rank(), s.title(),
                s.sectors(), s.plan(), PriorityStatus.SUBMITTED, null)));
        }
        consolidated(closed, PriorityLevel.SUB_REGIONAL, "CAN", "A1", 1, "Andean agro-industrial value chains",
            ids.get("BO1"), ids.get("PE1"), ids.get("CO1"), ids.get("EC1"));
        consolidated(closed, PriorityLevel.REGIONAL, null, "C2", 1, "Industrial energy efficiency across the region",
            ids.get("MX2"), ids.get("TT1"), ids.get("BR1"));
        consolidation.computeWeights(closed);
        jdbc.sql("UPDATE review_cycle SET status = 'CLOSED' WHERE id = :id").param("id", closed).update();
        endorsements.insert(new Endorsement(0, closed, "Sample: GRULAC–UNIDO consultation on regional priorities, Vienna",
            LocalDate.of(2022, 6, 15), "GRULAC endorses the national, sub-regional and regional priorities of the "
                + "2022–2023 review cycle as the basis of UNIDO's technical cooperation in the region.",
            "https://example.org/sample/grulac-2022-decision.pdf", "system", true));

        long current = cycles.insert(new ReviewCycle(0, "Sample: Review cycle 2024–2025", LocalDate.of(2024, 1, 1),
            LocalDate.of(2025, 12, 31), LocalDate.of(2024, 4, 30), CycleStatus.CONSOLIDATION, "MTPF-2008-2011", closed,
            true, 0));
        Map<String, Priority> carried = new HashMap<>();
        workflow.carryForward(closed, current, true).forEach(p -> carried.put(p.countryCode() + p.rank(), p));
        carried.values().forEach(p -> revise(p, p.title(), p.rank(), PriorityStatus.SUBMITTED));
        revise(carried.get("PE1"), carried.get("PE1").title(), 2, PriorityStatus.SUBMITTED);
        revise(carried.get("PE2"), carried.get("PE2").title(), 1, PriorityStatus.SUBMITTED);
        revise(carried.get("CL2"), "Sample: Circular economy and tailings valorization in mining suppliers", 2, PriorityStatus.SUBMITTED);
        revise(carried.get("MX1"), "Sample: SME cluster development for electromobility supply chains", 1, PriorityStatus.SUBMITTED);
        revise(carried.get("JM2"), carried.get("JM2").title(), 2, PriorityStatus.DROPPED);
        revise(carried.get("AR2"), carried.get("AR2").title(), 2, PriorityStatus.DROPPED);
        revise(carried.get("GT2"), carried.get("GT2").title(), 2, PriorityStatus.DRAFT);
        long mx3 = priorities.insert(national(current, "MX", "B1", 3, "Quality infrastructure for electric vehicle components",
            "33110", "Programme for innovative industrial development", PriorityStatus.SUBMITTED, null));
        long jm2 = priorities.insert(national(current, "JM", "C3", 2, "Solar energy for agro-processors", "23210",
            "National energy policy", PriorityStatus.SUBMITTED, null));
        long bb2 = priorities.insert(national(current, "BB", "C3", 2, "Renewable energy for small manufacturers", "23210",
            "Growth and development strategy", PriorityStatus.SUBMITTED, null));
        long ec2 = priorities.insert(national(current, "EC", "C4", 2, "Kigali implementation: low-GWP refrigerants", "41020",
            "National ozone programme", PriorityStatus.SUBMITTED, null));
        consolidated(current, PriorityLevel.SUB_REGIONAL, "CAN", "A1", 1, "Andean agro-industrial value chains",
            carried.get("BO1").id(), carried.get("PE2").id(), carried.get("CO1").id(), carried.get("EC1").id());
        consolidated(current, PriorityLevel.SUB_REGIONAL, "CARICOM", "C3", 1, "Renewable energy for Caribbean industry",
            jm2, bb2);
        consolidated(current, PriorityLevel.SUB_REGIONAL, "SICA", "B1", 1, "Quality infrastructure for Central American exports",
            carried.get("GT1").id(), carried.get("DO1").id(), mx3);
        consolidated(current, PriorityLevel.SUB_REGIONAL, "MERCOSUR", "C3", 1, "Renewable energy and green hydrogen in industry",
            carried.get("UY1").id(), carried.get("BR2").id());
        consolidated(current, PriorityLevel.REGIONAL, null, "C3", 1, "Renewable energy for productive uses",
            carried.get("CR1").id(), carried.get("CL1").id(), carried.get("UY1").id(), jm2, bb2);
        consolidated(current, PriorityLevel.REGIONAL, null, "C4", 2, "Montreal Protocol and Kigali Amendment compliance",
            carried.get("PE3").id(), ec2);
        consolidation.computeWeights(current);
        jdbc.sql("UPDATE priority SET is_sample = TRUE WHERE cycle_id IN (:a, :b)").param("a", closed).param("b", current)
            .update();
        log.info("Loaded the sample review cycles (tc.demo.enabled=false removes them)");
    }

    void remove() {
        List<Long> samples = jdbc.sql("SELECT id FROM review_cycle WHERE is_sample ORDER BY period_start DESC, id DESC")
            .query(Long.class).list();
        int removed = 0;
        for (long cycle : samples) {
            if (jdbc.sql("SELECT COUNT(*) FROM review_cycle WHERE is_sample AND previous_cycle_id = :cycle")
                    .param("cycle", cycle).query(Integer.class).single() > 0) {
                log.warn("Kept sample review cycle {}: a kept sample cycle was carried forward from it", cycle);
                continue;
            }
            if (jdbc.sql("SELECT COUNT(*) FROM priority WHERE cycle_id = :cycle AND NOT is_sample")
                    .param("cycle", cycle).query(Integer.class).single() > 0) {
                log.warn("Kept sample review cycle {}: the secretariat or a focal point has edited or added priorities in it",
                    cycle);
                continue;
            }
            try {
                transaction.executeWithoutResult(status -> removeCycle(cycle));
                removed++;
            } catch (DataIntegrityViolationException e) {
                log.warn("Kept sample review cycle {}: other records still refer to its priorities ({})", cycle,
                    e.getMostSpecificCause().getMessage());
            }
        }
        if (removed > 0) {
            log.info("Removed {} sample review cycles and their priorities (tc.demo.enabled=false)", removed);
        }
    }

    private void removeCycle(long cycle) {
        String ofCycle = "SELECT id FROM priority WHERE cycle_id = :cycle";
        jdbc.sql("DELETE FROM priority_link WHERE consolidated_id IN (" + ofCycle + ") OR national_id IN (" + ofCycle + ")")
            .param("cycle", cycle).update();
        jdbc.sql("UPDATE priority SET carried_from_id = NULL WHERE carried_from_id IN (" + ofCycle + ")")
            .param("cycle", cycle).update();
        jdbc.sql("DELETE FROM priority WHERE cycle_id = :cycle").param("cycle", cycle).update();
        jdbc.sql("DELETE FROM endorsement WHERE cycle_id = :cycle").param("cycle", cycle).update();
        jdbc.sql("UPDATE review_cycle SET previous_cycle_id = NULL WHERE previous_cycle_id = :cycle")
            .param("cycle", cycle).update();
        jdbc.sql("DELETE FROM review_cycle WHERE id = :cycle").param("cycle", cycle).update();
    }

    private void revise(Priority p, String title, int rank, PriorityStatus status) {
        Priority now = priorities.get(p.id());
        priorities.update(new Priority(now.id(), now.cycleId(), now.level(), now.countryCode(), now.groupingCode(),
            now.ownerCountryCode(), now.thematicAreaCode(), now.subTheme(), title, now.rationale(), now.language(), rank,
            null, status, now.carriedFromId(), now.sectors(), now.planTitle(), now.planUrl(), now.planYear(),
            now.expectedOutcomes(), true, now.version()));
    }

    private void consolidated(long cycle, PriorityLevel level, @Nullable String grouping, String theme, int rank,
            String title, Long... nationals) {
        long id = priorities.insert(new Priority(0, cycle, level, null, grouping, null, theme, null, title,
            "Sample: merged by the secretariat from the national priorities it links.", "en", rank, null,
            PriorityStatus.SUBMITTED, null, List.of(), null, null, null, null, true, 0));
        priorities.link(id, List.of(nationals));
    }

    private static Priority national(long cycle, String country, String theme, int rank, String title, String sectors,
            String plan, PriorityStatus status, @Nullable Long carriedFrom) {
        return new Priority(0, cycle, PriorityLevel.NATIONAL, country, null, country, theme, null, "Sample: " + title,
            "Sample rationale: part of the demo programme.", "en", rank, null, status, carriedFrom,
            List.of(sectors.split(" ")), "Sample: " + plan, "https://example.org/sample/" + country.toLowerCase(java.util.Locale.ROOT),
            2021, "Sample: jobs, exports and lower emissions in the sector.", true, 0);
    }
}
