package org.regionaltc.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The reference data as the migrations leave it, on H2 and (with -Ppostgres) on PostgreSQL. */
@SpringBootTest
class ReferenceDataIntegrationTests {

    @Autowired
    Countries countries;
    @Autowired
    Groupings groupings;
    @Autowired
    ThematicAreas themes;
    @Autowired
    Codelists codelists;
    @Autowired
    FinancingBodies financingBodies;
    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsTheThirtyThreeGrulacCountriesWithNamesInFourLanguages() {
        assertThat(countries.findAll()).hasSize(33);
        Country peru = countries.get("PE");
        assertThat(peru.iso3()).isEqualTo("PER");
        assertThat(peru.nameIn(Locale.ENGLISH)).isEqualTo("Peru");
        assertThat(peru.nameIn(Locale.forLanguageTag("es"))).isEqualTo("Perú");
        assertThat(peru.nameIn(Locale.FRENCH)).isEqualTo("Pérou");
        assertThat(countries.get("br").nameIn(Locale.forLanguageTag("pt"))).isEqualTo("Brasil");
        assertThat(countries.findByCode("US")).isEmpty();
    }

    @Test
    void everyGrulacCountryIsInTheIatiCountryCodelist() {
        for (Country country : countries.findAll()) {
            assertThat(codelists.findItem("Country", country.code())).as(country.code()).isPresent();
        }
    }

    @Test
    void aCountryMayBelongToSeveralGroupings() {
        assertThat(groupings.findAll()).extracting(Grouping::code)
            .containsExactly("SICA", "CARICOM", "OECS", "CAN", "MERCOSUR");
        assertThat(groupings.ofCountry("BZ")).extracting(Grouping::code).containsExactlyInAnyOrder("SICA", "CARICOM");
        assertThat(groupings.ofCountry("LC")).extracting(Grouping::code).containsExactlyInAnyOrder("CARICOM", "OECS");
        assertThat(groupings.ofCountry("BO")).extracting(Grouping::code).containsExactlyInAnyOrder("CAN", "MERCOSUR");
        assertThat(groupings.get("CAN").members()).extracting(Grouping.Member::countryCode)
            .containsExactlyInAnyOrder("BO", "CO", "EC", "PE");
    }

    @Test
    void themesOfTheFrameworkPeriodAreData() {
        assertThat(themes.periods()).extracting(ThematicAreas.Period::code).contains("MTPF-2008-2011");
        assertThat(themes.findAll().stream().filter(t -> t.parentCode() == null))
            .extracting(ThematicArea::code).containsExactly("A", "B", "C", "X");
        assertThat(themes.findByCode("C4").orElseThrow().name().en()).isEqualTo("Montreal Protocol");
        assertThat(themes.findByCode("X").orElseThrow().crossCutting()).isTrue();
    }

    @Test
    void loadsTheIatiCodelistsLaterFeaturesNeed() {
        assertThat(codelists.findAll()).extracting(Codelists.Codelist::name).containsExactlyInAnyOrder(
            "Country", "Region", "Currency", "Sector", "SectorCategory", "OrganisationType", "OrganisationRole",
            "TransactionType", "ActivityStatus", "FinanceType", "AidType", "FlowType", "Language");
        assertThat(codelists.get("Sector").itemCount()).isEqualTo(325);
        Codelists.Item energyPolicy = codelists.findItem("Sector", "23110").orElseThrow();
        assertThat(energyPolicy.nameEn()).isEqualTo("Energy policy and administrative management");
        assertThat(energyPolicy.category()).isEqualTo("231");
        assertThat(codelists.isActive("Sector", "23110")).isTrue();
        assertThat(codelists.items("Sector", "").stream().filter(i -> !i.active())).isNotEmpty();
        assertThat(codelists.isActive("Currency", "USD")).isTrue();
        assertThat(codelists.findItem("Region", "489").orElseThrow().nameEn()).isEqualTo("South America, regional");
        assertThat(codelists.items("Sector", "energy")).allSatisfy(i ->
            assertThat(i.code() + " " + i.nameEn().toLowerCase()).contains("energy"));
    }

    @Test
    void financingBodiesNamedInTheSeedAreThere() {
        assertThat(financingBodies.findAll()).extracting(FinancingBody::code)
            .contains("GEF", "MLF", "IDF", "EU", "ES", "IT", "JP");
        assertThat(financingBodies.get("GEF").type()).isEqualTo(FinancingBody.Type.VERTICAL_FUND);
        assertThat(financingBodies.get("ES").iatiOrgRef()).isEqualTo("XM-DAC-50");
    }

    @Test
    void migrationsAreAllApplied() {
        Integer failed = jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success").query(Integer.class).single();
        assertThat(failed).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE version = '008'").query(Integer.class).single())
            .isEqualTo(1);
    }
}
