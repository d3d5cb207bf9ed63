package org.regionaltc.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regionaltc.cycle.CurrentCycle;
import org.regionaltc.demo.DemoSettings;
import org.regionaltc.system.DemoParts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo programme's projects: a few dozen sample projects over the sub-regions, themes and stages of the
 * project cycle, linked to the priorities of the current cycle where the dialogue demo has laid some (it runs
 * first), a few left off-programme on purpose, with endorsements, approvals and results. Idempotent.
 */
@Component
@Order(30)
class ProjectDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProjectDemo.class);
    static final String PREFIX = "XM-DAC-41123-PROJECT-9";

    private record Sample(int number, String title, String titleEs, ProjectScope scope, ProjectStatus status,
            Map<String, Integer> countries, Map<String, Integer> sectors, List<String> themes, int budget,
            boolean offProgramme) {
    }

    private static final List<Sample> SAMPLES = samples();

    private final Projects projects;
    private final JdbcClient jdbc;
    private final CurrentCycle currentCycle;
    private final DemoParts parts;
    private final boolean enabled;

    ProjectDemo(Projects projects, JdbcClient jdbc, CurrentCycle currentCycle, DemoParts parts,
            DemoSettings settings) {
        this.projects = projects;
        this.parts = parts;
        this.jdbc = jdbc;
        this.currentCycle = currentCycle;
        this.enabled = settings.enabled();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            parts.inTransaction("sample projects", this::load);
        } else {
            parts.run("sample projects", this::remove);
        }
    }

    void load() {
        // Editing a sample project makes it the secretariat's (is_sample is cleared): it keeps its identifier, so it is
        // neither created again nor re-linked.
        Map<String, Long> existing = new HashMap<>();
        jdbc.sql("SELECT identifier, id, is_sample FROM tc_project WHERE identifier LIKE :prefix")
            .param("prefix", PREFIX + "%")
            .query(rs -> {
                existing.put(rs.getString(1), rs.getBoolean(3) ? rs.getLong(2) : -1);
            });
        Map<String, Long> ids = new HashMap<>();
        int created = 0;
        for (Sample sample : SAMPLES) {
            Long id = existing.get(identifier(sample));
            if (id == null) {
                ids.put(identifier(sample), create(identifier(sample), sample));
                created++;
            } else if (id >= 0) {
                ids.put(identifier(sample), id);
            }
        }
        int linked = linkUnlinked(ids);
        if (created > 0 || linked > 0) {
            log.info("Demo programme: {} sample projects created, {} linked to the current cycle's priorities", created, linked);
        }
    }

    private static String identifier(Sample s) {
        return PREFIX + String.format("%05d", s.number());
    }

    private long create(String identifier, Sample s) {
        Map<String, BigDecimal> countries = new LinkedHashMap<>();
        s.countries().forEach((k, v) -> countries.put(k, BigDecimal.valueOf(v)));
        Map<String, BigDecimal> sectors = new LinkedHashMap<>();
        s.sectors().forEach((k, v) -> sectors.put(k, BigDecimal.valueOf(v)));
        int startYear = 2021 + s.number() % 4;
        BigDecimal total = BigDecimal.valueOf(s.budget());
        BigDecimal first = total.multiply(new BigDecimal("0.4"));
        Map<Integer, BigDecimal> years = Map.of(startYear, first, startYear + 1, total.subtract(first));
        long id = projects.create(new ProjectRequest(identifier, s.title(), s.titleEs(), null, null,
            "Sample project of the demo programme: " + s.title() + ".", "Proyecto de ejemplo del programa de demostración.",
            s.scope(), LocalDate.of(startYear, 1, 1), LocalDate.of(startYear + 2, 12, 31),
            s.status().publishes() || s.status() == ProjectStatus.ON_HOLD ? LocalDate.of(startYear, 3, 1) : null,
            s.status() == ProjectStatus.OPERATIONALLY_COMPLETED || s.status() == ProjectStatus.FINANCIALLY_CLOSED
                ? LocalDate.of(startYear + 2, 12, 31) : null, "USD", total, years, countries,
            sectors, s.themes(), "Sample: Division of Industrial Development", List.of("Sample: Ministry of Industry"),
            List.of(), List.of(), null, null), true);
        if (s.status().ordinal() >= ProjectStatus.APPROVED.ordinal() || s.status() == ProjectStatus.ON_HOLD) {
            for (String country : s.countries().keySet()) {
                endorse(id, country, LocalDate.of(startYear - 1, 11, 15));
            }
            jdbc.sql("""
                    UPDATE tc_project SET unido_approved_by = 'demo', unido_approved_on = :on,
                        unido_approval_reference = 'Sample: Programme Approval Committee decision'
                    WHERE id = :id""").param("on", LocalDate.of(startYear - 1, 12, 10)).param("id", id).update();
        } else if (s.number() % 2 == 0) {
            endorse(id, s.countries().keySet().iterator().next(), LocalDate.of(2024, 6, 1));
        }
        jdbc.sql("UPDATE tc_project SET status = :status, status_before_hold = :before, published = :published WHERE id = :id")
            .param("status", s.status().name())
            .param("published", s.status().publishes() || s.status() == ProjectStatus.ON_HOLD)
            .param("before", s.status() == ProjectStatus.ON_HOLD ? ProjectStatus.IMPLEMENTATION.name() : null)
            .param("id", id).update();
        if (s.status() == ProjectStatus.IMPLEMENTATION || s.status() == ProjectStatus.OPERATIONALLY_COMPLETED) {
            results(id, s, startYear);
        }
        return id;
    }

    private void results(long id, Sample s, int startYear) {
        String outcome = s.themes().getFirst().startsWith("C") ? "Industries use energy and materials more efficiently"
            : s.themes().getFirst().startsWith("B") ? "Exporters meet the standards of their markets"
            : "Small enterprises in the value chain grow and create jobs";
        String unit = s.themes().getFirst().startsWith("C") ? "tCO2e avoided" : "enterprises";
        org.springframework.jdbc.support.KeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO project_outcome (project_id, title) VALUES (:id, :title)")
            .param("id", id).param("title", outcome).update(key, "id");
        long outcomeId = key.getKeyAs(Long.class);
        key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO outcome_indicator (outcome_id, name, unit, baseline, source_of_verification)
                VALUES (:outcome, :name, :unit, 0, 'Sample: project monitoring reports')""")
            .param("outcome", outcomeId).param("name", unit.equals("enterprises") ? "Enterprises supported" : "Emissions avoided")
            .param("unit", unit).update(key, "id");
        long indicator = key.getKeyAs(Long.class);
        for (int year = startYear; year <= Math.min(startYear + 2, 2025); year++) {
            int target = (s.number() % 7 + 3) * 10 * (year - startYear + 1);
            value(indicator, year, "TARGET", target);
            value(indicator, year, "ACTUAL", target * (80 + s.number() % 30) / 100);
        }
    }

    private void value(long indicator, int year, String kind, int amount) {
        jdbc.sql("INSERT INTO indicator_value (indicator_id, value_year, kind, amount) VALUES (:i, :y, :k, :a)")
            .param("i", indicator).param("y", year).param("k", kind).param("a", amount).update();
    }

    private void endorse(long id, String country, LocalDate on) {
        jdbc.sql("""
                INSERT INTO project_endorsement (project_id, country_code, endorsed_by, endorsed_on, reference)
                VALUES (:id, :country, 'demo', :on, 'Sample endorsement letter')
                """).param("id", id).param("country", country).param("on", on).update();
    }

    /** Links each sample project (but the off-programme ones) that has no link yet to up to two priorities of the
     * current cycle concerning its countries: strong when the theme matches, partial otherwise. */
    private int linkUnlinked(Map<String, Long> ids) {
        List<CurrentCycle.Priority> priorities = currentCycle.priorities();
        if (priorities.isEmpty()) {
            return 0;
        }
        Set<Long> alreadyLinked = new HashSet<>(jdbc.sql("SELECT DISTINCT project_id FROM project_priority")
            .query(Long.class).list());
        Map<String, Set<String>> members = currentCycle.groupingMembers();
        int linked = 0;
        for (Sample s : SAMPLES) {
            Long id = ids.get(identifier(s));
            if (id == null || s.offProgramme() || alreadyLinked.contains(id)) {
                continue;
            }
            List<CurrentCycle.Priority> candidates = new ArrayList<>(priorities.stream()
                .filter(p -> s.countries().keySet().stream().anyMatch(c -> p.concerns(c, members)))
                .filter(p -> !"REGIONAL".equals(p.level()) || s.scope() == ProjectScope.REGIONAL
                    || s.scope() == ProjectScope.INTERREGIONAL).toList());
            candidates.sort(java.util.Comparator.comparing((CurrentCycle.Priority p) -> !sameTheme(p, s)));
            for (CurrentCycle.Priority p : candidates.stream().limit(2).toList()) {
                jdbc.sql("INSERT INTO project_priority (project_id, priority_id, strength) VALUES (:id, :p, :s)")
                    .param("id", id).param("p", p.id()).param("s", sameTheme(p, s) ? "STRONG" : "PARTIAL").update();
            }
            linked += candidates.isEmpty() ? 0 : 1;
        }
        return linked;
    }


    private static boolean sameTheme(CurrentCycle.Priority p, Sample s) {
        return s.themes().stream().anyMatch(t -> t.charAt(0) == p.thematicAreaCode().charAt(0));
    }

    /**
     * Removes the unedited sample projects, but not one that carries money or a proposal the secretariat recorded
     * itself: deleting the project would delete those with it.
     */
    void remove() {
        int removed = jdbc.sql("""
                DELETE FROM tc_project WHERE is_sample
                AND NOT EXISTS (SELECT 1 FROM ledger_entry e WHERE e.project_id = tc_project.id AND NOT e.is_sample)
                AND NOT EXISTS (SELECT 1 FROM proposal x WHERE x.project_id = tc_project.id AND NOT x.is_sample)
                AND NOT EXISTS (SELECT 1 FROM cofinancing c WHERE c.project_id = tc_project.id AND NOT c.is_sample)
                """).update();
        if (removed > 0) {
            log.info("Removed {} sample projects of the demo programme (tc.demo.enabled=false)", removed);
        }
    }

    private static List<Sample> samples() {
        List<Sample> s = new ArrayList<>();
        ProjectStatus[] stages = ProjectStatus.values();
        String[][] national = {
            {"PE", "Agro-industrial value chains for Andean grains", "Cadenas de valor agroindustriales de granos andinos", "A1", "32161"},
            {"BO", "Quality infrastructure for quinoa exports", "Infraestructura de la calidad para exportar quinua", "B1", "33110"},
            {"CL", "Industrial energy efficiency in mining suppliers", "Eficiencia energética industrial en proveedores mineros", "C2", "23183"},
            {"MX", "SME clusters in the automotive supply chain", "Conglomerados de PYME en la cadena automotriz", "A2", "32130"},
            {"CO", "Cleaner production centre", "Centro de producción más limpia", "C1", "41010"},
            {"EC", "HCFC phase-out management plan, stage II", "Plan de eliminación de HCFC, etapa II", "C4", "41010"},
            {"AR", "Biopharmaceutics and advanced manufacturing", "Biofarmacéutica y manufactura avanzada", "B3", "32182"},
            {"BR", "Renewable energy for productive uses", "Energía renovable para usos productivos", "C3", "23210"},
            {"UY", "Investment promotion for the bioeconomy", "Promoción de inversiones para la bioeconomía", "A4", "32120"},
            {"PY", "Textile and leather competitiveness", "Competitividad textil y del cuero", "B3", "32163"},
            {"GT", "Export consortia for handicraft producers", "Consorcios de exportación de artesanías", "B2", "32140"},
            {"HN", "Women entrepreneurs in agro-processing", "Mujeres emprendedoras en la agroindustria", "A3", "32161"},
            {"NI", "Mechatronics skills for industry", "Competencias en mecatrónica para la industria", "B3", "32120"},
            {"CR", "Environmentally sound management of POPs", "Gestión ambientalmente racional de COP", "C5", "41010"},
            {"PA", "Industrial water management", "Gestión del agua en la industria", "C6", "14010"},
            {"DO", "Standards and metrology for exporters", "Normas y metrología para exportadores", "B1", "33110"},
            {"JM", "Agro-processing for the tourism market", "Agroindustria para el mercado turístico", "A1", "32161"},
            {"TT", "Industrial policy and diversification", "Política industrial y diversificación", "A4", "32110"},
            {"HT", "Productive capacities in rural areas", "Capacidades productivas en zonas rurales", "A2", "32130"},
            {"CU", "Renewable energy in the sugar industry", "Energía renovable en la industria azucarera", "C3", "23210"},
            {"VE", "HCFC phase-out in the refrigeration sector", "Eliminación de HCFC en refrigeración", "C4", "41010"},
            {"SV", "Energy efficiency in agro-industry", "Eficiencia energética en la agroindustria", "C2", "23183"},
            {"GY", "Agro-processing of cassava and coconut", "Procesamiento agroindustrial de yuca y coco", "A1", "32161"},
            {"SR", "SME development in the wood sector", "Desarrollo de PYME del sector maderero", "A2", "32130"},
            {"BZ", "Cleaner production in food processing", "Producción más limpia en alimentos procesados", "C1", "41010"}};
        int n = 1;
        for (String[] p : national) {
            ProjectStatus status = stages[(n * 3) % 7];
            if (n == 9) {
                status = ProjectStatus.ON_HOLD;
            }
            if (n == 20) {
                status = ProjectStatus.CANCELLED;
            }
            s.add(new Sample(n, p[1], p[2], ProjectScope.NATIONAL, status, Map.of(p[0], 100), Map.of(p[4], 100),
                List.of(p[3]), 250_000 + (n * 137_000) % 2_400_000, n % 8 == 0));
            n++;
        }
        s.add(new Sample(n++, "Regional programme on industrial energy efficiency (SICA)", "Programa regional de eficiencia energética industrial (SICA)",
            ProjectScope.SUB_REGIONAL, ProjectStatus.IMPLEMENTATION, Map.of("GT", 25, "HN", 25, "SV", 25, "CR", 25),
            Map.of("23183", 70, "23110", 30), List.of("C2"), 3_200_000, false));
        s.add(new Sample(n++, "Caribbean quality infrastructure network (CARICOM)", "Red caribeña de infraestructura de la calidad (CARICOM)",
            ProjectScope.SUB_REGIONAL, ProjectStatus.APPROVED, Map.of("JM", 40, "TT", 30, "BB", 30),
            Map.of("33110", 100), List.of("B1"), 1_800_000, false));
        s.add(new Sample(n++, "Andean value chains for biodiversity products (CAN)", "Cadenas de valor andinas de productos de la biodiversidad (CAN)",
            ProjectScope.SUB_REGIONAL, ProjectStatus.APPRAISAL, Map.of("PE", 30, "BO", 30, "EC", 20, "CO", 20),
            Map.of("32161", 60, "41020", 40), List.of("A1", "C1"), 2_500_000, false));
        s.add(new Sample(n++, "MERCOSUR export consortia", "Consorcios de exportación del MERCOSUR",
            ProjectScope.SUB_REGIONAL, ProjectStatus.FORMULATION, Map.of("AR", 25, "BR", 25, "PY", 25, "UY", 25),
            Map.of("33130", 100), List.of("B2"), 1_200_000, false));
        s.add(new Sample(n++, "OECS renewable energy for small industries", "Energía renovable para pequeñas industrias de la OECO",
            ProjectScope.SUB_REGIONAL, ProjectStatus.IDENTIFICATION, Map.of("LC", 25, "GD", 25, "DM", 25, "VC", 25),
            Map.of("23210", 100), List.of("C3"), 900_000, false));
        s.add(new Sample(n++, "Latin American network of cleaner production centres", "Red latinoamericana de centros de producción más limpia",
            ProjectScope.REGIONAL, ProjectStatus.IMPLEMENTATION, Map.of("MX", 20, "CO", 20, "PE", 20, "CL", 20, "CU", 20),
            Map.of("41010", 100), List.of("C1"), 4_100_000, false));
        s.add(new Sample(n++, "South-South cooperation on biopharmaceutics with Asia", "Cooperación Sur-Sur en biofarmacéutica con Asia",
            ProjectScope.INTERREGIONAL, ProjectStatus.APPROVED, Map.of("AR", 50, "BR", 50),
            Map.of("32182", 100), List.of("X", "B3"), 1_500_000, true));
        s.add(new Sample(n, "Regional observatory of industrial competitiveness", "Observatorio regional de competitividad industrial",
            ProjectScope.REGIONAL, ProjectStatus.OPERATIONALLY_COMPLETED, Map.of("MX", 30, "BR", 40, "AR", 30),
            Map.of("32110", 100), List.of("B3"), 750_000, false));
        return s;
    }
}
