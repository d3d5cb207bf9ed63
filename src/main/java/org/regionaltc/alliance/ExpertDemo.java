package org.regionaltc.alliance;

import org.regionaltc.demo.DemoSettings;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.regionaltc.system.DemoParts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Forty sample experts, made up (names "Sample expert …", addresses at example.org), spread over themes, sectors,
 * languages, countries and availability from the day of loading, so that matching a project has something to rank.
 * Loaded when tc.demo.enabled is true and no sample expert exists; removed when it is false.
 */
@Component
@Order(42)
class ExpertDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ExpertDemo.class);
    private static final int EXPERTS = 40;

    private static final List<String> GIVEN = List.of("Ana", "Bruno", "Camila", "Diego", "Elena", "Fabio", "Gabriela",
        "Hugo", "Inés", "João", "Karen", "Luis", "Marie", "Nadia", "Omar", "Paula", "Rafael", "Sofía", "Thiago", "Valeria");
    private static final List<String> FAMILY = List.of("Quispe", "Silva", "Pierre", "Campbell", "Rojas", "Mendoza",
        "Santos", "Baptiste", "Gómez", "Williams");
    private static final List<String> THEMES = List.of("A1", "A2", "A3", "A4", "B1", "B2", "B3", "C1", "C2", "C3", "C6", "X");
    private static final List<String> SECTORS = List.of("32110", "32120", "32161", "32130", "23210", "31120", "41010");
    private static final List<String> COUNTRIES = List.of("PE", "BR", "HT", "JM", "MX", "CL", "CO", "EC", "GT", "AR",
        "UY", "TT", "DO", "CR", "BO");
    private static final List<String> LANGUAGE_SETS = List.of("es", "es,en", "pt,es", "fr,en", "en", "es,fr", "pt,en");

    private final JdbcClient jdbc;
    private final DemoParts parts;
    private final org.regionaltc.reference.Codelists codelists;
    private final boolean enabled;

    ExpertDemo(JdbcClient jdbc, DemoParts parts, org.regionaltc.reference.Codelists codelists,
            DemoSettings settings) {
        this.jdbc = jdbc;
        this.codelists = codelists;
        this.parts = parts;
        this.enabled = settings.enabled();
    }

    @Override
    public void run(ApplicationArguments args) {
        parts.inTransaction("sample experts", enabled ? this::load : this::remove);
    }

    void load() {
        if (jdbc.sql("SELECT COUNT(*) FROM expert WHERE is_sample").query(Integer.class).single() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<String> sectors = SECTORS.stream().filter(this::knownSector).toList();
        for (int i = 0; i < EXPERTS; i++) {
            String name = "Sample expert " + GIVEN.get(i % GIVEN.size()) + " " + FAMILY.get((i * 3) % FAMILY.size());
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO expert (name, email, phone, cv, is_sample)
                    VALUES (:name, :email, :phone, :cv, TRUE)
                    """)
                .param("name", name).param("email", "expert" + (i + 1) + "@example.org")
                .param("phone", "+1 555 01" + String.format("%02d", i))
                .param("cv", "Sample CV: " + (5 + i % 20) + " years of industrial development work.")
                .update(key, "id");
            long id = key.getKeyAs(Number.class).longValue();
            skill(id, "THEME", THEMES.get(i % THEMES.size()));
            skill(id, "THEME", THEMES.get((i * 5 + 3) % THEMES.size()));
            if (!sectors.isEmpty()) {
                skill(id, "SECTOR", sectors.get(i % sectors.size()));
            }
            for (String language : LANGUAGE_SETS.get(i % LANGUAGE_SETS.size()).split(",")) {
                skill(id, "LANGUAGE", language);
            }
            skill(id, "COUNTRY", COUNTRIES.get(i % COUNTRIES.size()));
            skill(id, "COUNTRY", COUNTRIES.get((i * 7 + 2) % COUNTRIES.size()));
            LocalDate from = today.plusMonths(i % 12);
            jdbc.sql("INSERT INTO expert_availability (expert_id, starts_on, ends_on) VALUES (:id, :s, :e)")
                .param("id", id).param("s", from).param("e", from.plusMonths(6 + i % 18)).update();
        }
        log.info("Demo programme: {} sample experts loaded", EXPERTS);
    }

    void remove() {
        jdbc.sql("DELETE FROM expert WHERE is_sample").update();
    }

    private boolean knownSector(String code) {
        return codelists.isActive("Sector", code);
    }

    private void skill(long id, String kind, String code) {
        jdbc.sql("""
                INSERT INTO expert_skill (expert_id, kind, code)
                SELECT :id, :kind, :code WHERE NOT EXISTS (SELECT 1 FROM expert_skill
                    WHERE expert_id = :id AND kind = :kind AND code = :code)
                """).param("id", id).param("kind", kind).param("code", code).update();
    }
}
