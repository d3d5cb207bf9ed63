package org.regionaltc.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The public donor landscape: another publisher's disbursement, shared out by country, in industry sectors. */
@SpringBootTest
@AutoConfigureMockMvc
class DonorLandscapeTests {

    @Autowired
    IatiImport importer;
    @Autowired
    DonorLandscape landscape;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    org.regionaltc.account.AccountAdministration administration;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @Test
    void sharesAnotherPublishersDisbursementOutByCountryAndShowsItToAnyone() throws Exception {
        String publisher = "XI-TEST-" + UUID.randomUUID().toString().substring(0, 8);
        String activity = IatiValidatorTests.ACTIVITY
            .replace("XM-DAC-41123-TEST-1", publisher + "-1")
            .replace("<reporting-org ref=\"XM-DAC-41123\" type=\"40\"><narrative>UNIDO",
                "<reporting-org ref=\"" + publisher + "\" type=\"10\"><narrative>Test Agency")
            .replace("<document-link", """
                <transaction><transaction-type code="3"/><transaction-date iso-date="2025-03-01"/>
                <value currency="USD" value-date="2025-03-01">1000</value></transaction>
                <document-link""");
        IatiImport.Summary summary = importer.run(new ByteArrayInputStream(
            IatiValidatorTests.file(activity).getBytes(StandardCharsets.UTF_8)), "landscape.xml", false, null);
        assertThat(summary.created()).isOne();

        assertThat(landscape.rows(true)).filteredOn(r -> r.publisherRef().equals(publisher))
            .extracting(DonorLandscape.Row::country, DonorLandscape.Row::sectorGroup, DonorLandscape.Row::year,
                DonorLandscape.Row::amount)
            .containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("PE", "321", 2025, new BigDecimal("600.00")),
                org.assertj.core.groups.Tuple.tuple("CO", "321", 2025, new BigDecimal("400.00")));
        String page = mvc.perform(get("/iati/landscape").param("lang", "es")).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Panorama de donantes", "Test Agency (" + publisher + ")", "USD 600,00");
    }

    @Test
    void namesThePublishersActiveInAPrioritysCountriesAndSectorsWithALinkThatPrefillsANewFinancingBody()
            throws Exception {
        String publisher = "XI-PROS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String activity = IatiValidatorTests.ACTIVITY
            .replace("XM-DAC-41123-TEST-1", publisher + "-1")
            .replace("<reporting-org ref=\"XM-DAC-41123\" type=\"40\"><narrative>UNIDO",
                "<reporting-org ref=\"" + publisher + "\" type=\"10\"><narrative>Prospect Agency");
        assertThat(importer.run(new ByteArrayInputStream(IatiValidatorTests.file(activity)
            .getBytes(StandardCharsets.UTF_8)), "prospects.xml", false, null).created()).isOne();
        long cycle = org.regionaltc.alignment.CycleFixtures.aCurrentCycle(jdbc);
        long industry = org.regionaltc.alignment.CycleFixtures.aPriority(jdbc, cycle, "NATIONAL", "PE", null, "A1", null);
        long water = org.regionaltc.alignment.CycleFixtures.aPriority(jdbc, cycle, "NATIONAL", "PE", null, "C6", null);
        long chile = org.regionaltc.alignment.CycleFixtures.aPriority(jdbc, cycle, "NATIONAL", "CL", null, "A1", null);

        java.util.Map<Long, DonorLandscape.PriorityProspects> byPriority = new java.util.HashMap<>();
        landscape.prospects().forEach(p -> byPriority.put(p.priority().id(), p));

        assertThat(byPriority.get(industry).prospects()).extracting(DonorLandscape.Prospect::publisherRef)
            .contains(publisher);
        assertThat(byPriority.get(industry).prospects()).filteredOn(p -> p.publisherRef().equals(publisher))
            .singleElement().satisfies(p -> {
                assertThat(p.publisherName()).isEqualTo("Prospect Agency");
                assertThat(p.activities()).isEqualTo(1);
                assertThat(p.financingBody()).isNull();
            });
        assertThat(byPriority.get(water).prospects()).extracting(DonorLandscape.Prospect::publisherRef)
            .as("an industry activity is no prospect for a water priority").doesNotContain(publisher);
        assertThat(byPriority.get(chile).prospects()).extracting(DonorLandscape.Prospect::publisherRef)
            .as("nor for a priority of a country it is not active in").doesNotContain(publisher);

        String officer = org.regionaltc.account.AccountFixtures.anOfficer(administration);
        String page = mvc.perform(get("/iati/landscape").param("lang", "es").with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                    users.loadUserByUsername(officer))))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String anonymous = mvc.perform(get("/iati/landscape")).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Posibles entidades financiadoras", "Prospect Agency (" + publisher + ")",
            "Agregar como entidad financiadora",
            "/financing/bodies/new?name=Prospect%20Agency&amp;iatiOrgRef=" + publisher);
        assertThat(anonymous).contains("Prospect Agency (" + publisher + ")").doesNotContain("/financing/bodies/new");

        String form = mvc.perform(get("/financing/bodies/new").param("name", "Prospect Agency")
                .param("iatiOrgRef", publisher).with(
                    org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                        users.loadUserByUsername(officer))))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("value=\"Prospect Agency\"", "value=\"" + publisher + "\"");
    }
}
