package org.regionaltc.offer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo programme (tc.demo.enabled=true in tests) shows offers in many countries, carried and confirmed. */
@SpringBootTest
class OfferDemoIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoHasOffersInAtLeastEightCountriesSomeCarriedForwardAndSomeConfirmedIntoCofinancing() {
        int countries = jdbc.sql("SELECT COUNT(DISTINCT country_code) FROM national_offer WHERE is_sample")
            .query(Integer.class).single();
        int carried = jdbc.sql("SELECT COUNT(*) FROM national_offer WHERE is_sample AND carried_from_id IS NOT NULL")
            .query(Integer.class).single();
        int confirmed = jdbc.sql("""
                SELECT COUNT(*) FROM national_offer_confirmation c JOIN national_offer o ON o.id = c.offer_id
                JOIN cofinancing f ON f.id = c.cofinancing_id
                WHERE o.is_sample AND f.source_type = 'GOVERNMENT' AND f.amount = c.amount
                """).query(Integer.class).single();
        assertThat(countries).isGreaterThanOrEqualTo(8);
        assertThat(carried).isPositive();
        assertThat(confirmed).isPositive();
    }
}
