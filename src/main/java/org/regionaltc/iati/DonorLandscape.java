package org.regionaltc.iati;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.regionaltc.reference.Countries;
import org.regionaltc.reference.Country;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who funds what where in the region, from the external activities: the amounts their publishers committed,
 * disbursed and spent (transaction types 2, 3 and 4), shared out by the activity's country and sector percentages,
 * per publisher, GRULAC country, DAC sector group and year, in the transaction's currency (no conversion is implied).
 */
@Component
public class DonorLandscape {

    /** Issue 12: industry-related sectors by default: DAC 321 industry, 23 energy, 331 trade policy, 41 environment,
     * 25 business. */
    static final List<String> INDUSTRY_GROUPS = List.of("321", "23", "331", "41", "25");

    public record Row(String publisherRef, @Nullable String publisherName, String country, String sectorGroup,
            int year, String currency, BigDecimal amount) {
    }

    private final JdbcClient jdbc;
    private final Countries countries;

    DonorLandscape(JdbcClient jdbc, Countries countries) {
        this.jdbc = jdbc;
        this.countries = countries;
    }

    public List<Row> rows(boolean industryOnly) {
        Set<String> region = countries.findAll().stream().map(Country::code).collect(Collectors.toSet());
        return jdbc.sql("""
                SELECT COALESCE(a.publisher_ref, '?') AS publisher, MAX(a.publisher_name) AS publisher_name,
                       c.country_code, SUBSTRING(s.code, 1, 3) AS sector_group,
                       EXTRACT(YEAR FROM t.tx_date) AS tx_year, t.currency,
                       SUM(t.amount * COALESCE(c.percentage, 100) / 100 * COALESCE(s.percentage, 100) / 100) AS amount
                FROM external_activity a
                JOIN external_activity_transaction t ON t.activity_id = a.id
                JOIN external_activity_country c ON c.activity_id = a.id
                JOIN external_activity_sector s ON s.activity_id = a.id AND s.vocabulary IN ('1', '2')
                WHERE t.type_code IN ('2', '3', '4') AND t.tx_date IS NOT NULL AND t.amount IS NOT NULL
                  AND t.currency IS NOT NULL
                GROUP BY COALESCE(a.publisher_ref, '?'), c.country_code, SUBSTRING(s.code, 1, 3),
                         EXTRACT(YEAR FROM t.tx_date), t.currency
                ORDER BY amount DESC
                """)
            .query((rs, n) -> new Row(rs.getString("publisher"), rs.getString("publisher_name"),
                rs.getString("country_code"), rs.getString("sector_group"), rs.getInt("tx_year"),
                rs.getString("currency"), rs.getBigDecimal("amount").setScale(2, java.math.RoundingMode.HALF_UP)))
            .list().stream()
            .filter(r -> region.contains(r.country()))
            .filter(r -> !industryOnly || INDUSTRY_GROUPS.stream().anyMatch(r.sectorGroup()::startsWith))
            .toList();
    }
}
