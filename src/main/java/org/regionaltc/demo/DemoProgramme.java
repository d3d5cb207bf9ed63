package org.regionaltc.demo;

import java.util.List;
import org.regionaltc.system.DemoParts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo programme: sample content flagged as such in the database and labelled "sample data" on every
 * page that shows it. Loaded at start when tc.demo.enabled is true; removed when it is false. Content a user
 * has entered over a sample (an edited profile) is theirs and stays.
 */
@Component
@Order(10)
class DemoProgramme implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProgramme.class);

    private record SampleProfile(String country, String title, String url, int year, String notes) {
    }

    private static final List<SampleProfile> PROFILES = List.of(
        new SampleProfile("PE", "Sample: National plan for productive diversification", "https://example.org/pe/plan",
            2014, "Sample profile for the demo programme: value chains in agro-industry and forestry."),
        new SampleProfile("CL", "Sample: Green hydrogen and industrial energy efficiency strategy",
            "https://example.org/cl/strategy", 2020, "Sample profile: industrial decarbonisation and clean energy."),
        new SampleProfile("MX", "Sample: Programme for innovative industrial development", "https://example.org/mx/programme",
            2019, "Sample profile: SMEs, clusters and quality infrastructure."),
        new SampleProfile("JM", "Sample: National industrial policy", "https://example.org/jm/policy", 2017,
            "Sample profile: agro-processing and export consortia."),
        new SampleProfile("GT", "Sample: National competitiveness policy", "https://example.org/gt/policy", 2018,
            "Sample profile: export competitiveness and standards."),
        new SampleProfile("UY", "Sample: Transforma Uruguay productive plan", "https://example.org/uy/plan", 2017,
            "Sample profile: renewable energy and biotechnology."));

    private final JdbcClient jdbc;
    private final DemoSettings settings;
    private final DemoParts parts;

    DemoProgramme(JdbcClient jdbc, DemoSettings settings, DemoParts parts) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.parts = parts;
    }

    @Override
    public void run(ApplicationArguments args) {
        parts.inTransaction("sample country profiles", settings.enabled() ? this::load : this::remove);
    }

    void load() {
        int loaded = 0;
        for (SampleProfile p : PROFILES) {
            loaded += jdbc.sql("""
                    UPDATE country
                    SET industrial_policy_title = :title, industrial_policy_url = :url, industrial_policy_year = :year,
                        profile_notes = :notes, profile_is_sample = TRUE
                    WHERE code = :code AND industrial_policy_title IS NULL AND profile_notes IS NULL
                    """)
                .param("title", p.title()).param("url", p.url()).param("year", p.year()).param("notes", p.notes())
                .param("code", p.country())
                .update();
        }
        if (loaded > 0) {
            log.info("Loaded the demo programme (sample data, labelled on every page; tc.demo.enabled=false removes it)");
        }
    }

    void remove() {
        int removed = jdbc.sql("""
                UPDATE country
                SET industrial_policy_title = NULL, industrial_policy_url = NULL, industrial_policy_year = NULL,
                    profile_notes = NULL, profile_is_sample = FALSE
                WHERE profile_is_sample
                """).update();
        if (removed > 0) {
            log.info("Removed the demo programme's sample data (tc.demo.enabled=false)");
        }
    }
}
