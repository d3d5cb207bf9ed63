package org.regionaltc.alliance;

import org.regionaltc.demo.DemoSettings;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
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
 * Sample partners (regional bodies, banks, integration bodies, universities, associations, agencies) and agreements
 * with them, one of them due for renewal within the reminder's 90 days of the day of loading. Flagged as samples;
 * loaded when tc.demo.enabled is true and no sample partner exists, removed when it is false.
 */
@Component
@Order(41)
class AllianceDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AllianceDemo.class);

    private record SamplePartner(String acronym, String name, Partner.Kind kind, @Nullable String country, String website) {
    }

    private static final List<SamplePartner> PARTNERS = List.of(
        new SamplePartner("ECLAC", "Economic Commission for Latin America and the Caribbean", Partner.Kind.REGIONAL_COMMISSION, "CL", "https://www.cepal.org"),
        new SamplePartner("IDB", "Inter-American Development Bank", Partner.Kind.DEVELOPMENT_BANK, null, "https://www.iadb.org"),
        new SamplePartner("CAF", "CAF – Development Bank of Latin America and the Caribbean", Partner.Kind.DEVELOPMENT_BANK, "VE", "https://www.caf.com"),
        new SamplePartner("SELA", "Latin American and Caribbean Economic System", Partner.Kind.REGIONAL_COMMISSION, "VE", "https://www.sela.org"),
        new SamplePartner("SICA", "Central American Integration System", Partner.Kind.INTEGRATION_BODY, "SV", "https://www.sica.int"),
        new SamplePartner("CARICOM", "Caribbean Community Secretariat", Partner.Kind.INTEGRATION_BODY, "GY", "https://caricom.org"),
        new SamplePartner("CAN", "Andean Community General Secretariat", Partner.Kind.INTEGRATION_BODY, "PE", "https://www.comunidadandina.org"),
        new SamplePartner("MERCOSUR", "MERCOSUR Secretariat", Partner.Kind.INTEGRATION_BODY, "UY", "https://www.mercosur.int"),
        new SamplePartner("UNAM", "Sample: National Autonomous University of Mexico", Partner.Kind.UNIVERSITY, "MX", "https://example.org/unam"),
        new SamplePartner("USP", "Sample: University of São Paulo", Partner.Kind.UNIVERSITY, "BR", "https://example.org/usp"),
        new SamplePartner("UWI", "Sample: University of the West Indies", Partner.Kind.UNIVERSITY, "JM", "https://example.org/uwi"),
        new SamplePartner("SNI", "Sample: National Industry Society of Peru", Partner.Kind.INDUSTRY_ASSOCIATION, "PE", "https://example.org/sni"),
        new SamplePartner("CNI", "Sample: National Confederation of Industry of Brazil", Partner.Kind.INDUSTRY_ASSOCIATION, "BR", "https://example.org/cni"),
        new SamplePartner("CORFO", "Sample: Production Development Corporation of Chile", Partner.Kind.NATIONAL_AGENCY, "CL", "https://example.org/corfo"),
        new SamplePartner("INTI", "Sample: National Institute of Industrial Technology of Argentina", Partner.Kind.NATIONAL_AGENCY, "AR", "https://example.org/inti"));

    private final JdbcClient jdbc;
    private final DemoParts parts;
    private final boolean enabled;

    AllianceDemo(JdbcClient jdbc, DemoParts parts, DemoSettings settings) {
        this.jdbc = jdbc;
        this.parts = parts;
        this.enabled = settings.enabled();
    }

    @Override
    public void run(ApplicationArguments args) {
        parts.inTransaction("sample partners and agreements", enabled ? this::load : this::remove);
    }

    void load() {
        if (jdbc.sql("SELECT COUNT(*) FROM partner WHERE is_sample").query(Integer.class).single() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long[] ids = new long[PARTNERS.size()];
        for (int i = 0; i < PARTNERS.size(); i++) {
            SamplePartner p = PARTNERS.get(i);
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO partner (name, acronym, kind, country_code, website, description, is_sample)
                    VALUES (:name, :acronym, :kind, :country, :website, 'Sample partner of the demo programme.', TRUE)
                    """)
                .param("name", p.name()).param("acronym", p.acronym()).param("kind", p.kind().name())
                .param("country", p.country()).param("website", p.website()).update(key, "id");
            ids[i] = key.getKeyAs(Number.class).longValue();
        }
        agreement("Sample: Memorandum of understanding on industrial statistics", "MEMORANDUM_OF_UNDERSTANDING",
            today.minusYears(3), today.plusYears(1), today.plusDays(45), ids[0]);
        agreement("Sample: Framework agreement on co-financing of energy projects", "FRAMEWORK_AGREEMENT",
            today.minusYears(2), today.plusYears(3), today.plusYears(2), ids[1], ids[2]);
        agreement("Sample: Letter of intent on quality infrastructure in Central America", "LETTER_OF_INTENT",
            today.minusMonths(10), today.plusDays(80), null, ids[4]);
        agreement("Sample: Memorandum of understanding on Caribbean agro-processing", "MEMORANDUM_OF_UNDERSTANDING",
            today.minusYears(1), today.plusYears(2), today.plusYears(1), ids[5], ids[10]);
        agreement("Sample: Framework agreement with industry associations", "FRAMEWORK_AGREEMENT",
            today.minusYears(4), today.plusYears(1), today.plusMonths(8), ids[11], ids[12]);
        log.info("Demo programme: {} sample partners and 5 agreements loaded", PARTNERS.size());
    }

    void remove() {
        jdbc.sql("DELETE FROM agreement WHERE is_sample").update();
        jdbc.sql("DELETE FROM agreement_party WHERE partner_id IN (SELECT id FROM partner WHERE is_sample)").update();
        jdbc.sql("DELETE FROM partner WHERE is_sample").update();
    }

    private void agreement(String title, String kind, LocalDate signed, LocalDate ends, @Nullable LocalDate renewal,
            long... partners) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO agreement (title, kind, status, signed_on, ends_on, renewal_on, is_sample)
                VALUES (:title, :kind, 'ACTIVE', :signed, :ends, :renewal, TRUE)
                """)
            .param("title", title).param("kind", kind).param("signed", signed).param("ends", ends)
            .param("renewal", renewal).update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        for (long partner : partners) {
            jdbc.sql("INSERT INTO agreement_party (agreement_id, partner_id) VALUES (:a, :p)").param("a", id)
                .param("p", partner).update();
        }
    }
}
