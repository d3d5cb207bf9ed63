package org.regionaltc.offer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Cycles, priorities, offers and project links for offer tests, written with SQL; titles are unique. */
public final class OfferFixtures {

    private OfferFixtures() {
    }

    public static long aCycle(JdbcClient jdbc, String status) {
        return insert(jdbc, """
                INSERT INTO review_cycle (title, period_start, period_end, submission_deadline, status)
                VALUES ('Offer test cycle %s', DATE '2030-01-01', DATE '2031-12-31', DATE '2099-12-31', '%s')
                """.formatted(UUID.randomUUID(), status));
    }

    public static long aPriority(JdbcClient jdbc, long cycle, String country, String theme, String status) {
        int rank = jdbc.sql("SELECT COUNT(*) FROM priority WHERE cycle_id = :c").param("c", cycle).query(Integer.class)
            .single() + 1;
        return insert(jdbc, """
                INSERT INTO priority (cycle_id, level, country_code, owner_country_code, thematic_area_code, title,
                                      priority_rank, status)
                VALUES (%d, 'NATIONAL', '%s', '%s', '%s', 'Offer test priority %s', %d, '%s')
                """.formatted(cycle, country, country, theme, UUID.randomUUID(), rank, status));
    }

    /** An indicative cash offer of the priority's country, written directly. */
    public static long anOffer(JdbcClient jdbc, long priority, String country, String currency, String amount) {
        long cycle = jdbc.sql("SELECT cycle_id FROM priority WHERE id = :p").param("p", priority).query(Long.class)
            .single();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO national_offer (priority_id, cycle_id, country_code, currency, amount, kind, institution,
                    year_from, year_to, firmness)
                VALUES (:p, :c, :country, :currency, :amount, 'CASH', :institution, 2030, 2031, 'INDICATIVE')
                """)
            .param("p", priority).param("c", cycle).param("country", country).param("currency", currency)
            .param("amount", new BigDecimal(amount)).param("institution", "Ministry of " + country + " " + UUID.randomUUID())
            .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    public static void serves(JdbcClient jdbc, long project, long priority) {
        jdbc.sql("INSERT INTO project_priority (project_id, priority_id, strength) VALUES (:p, :q, 'STRONG')")
            .param("p", project).param("q", priority).update();
    }

    public static void aRate(JdbcClient jdbc, String currency, LocalDate date, String usdPerUnit) {
        jdbc.sql("DELETE FROM exchange_rate WHERE currency = :c AND rate_date = :d").param("c", currency)
            .param("d", date).update();
        jdbc.sql("INSERT INTO exchange_rate (currency, rate_date, usd_per_unit) VALUES (:c, :d, :r)")
            .param("c", currency).param("d", date).param("r", new BigDecimal(usdPerUnit)).update();
    }

    private static long insert(JdbcClient jdbc, String sql) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(sql).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }
}
