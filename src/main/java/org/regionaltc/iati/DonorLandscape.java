package org.regionaltc.iati;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.regionaltc.cycle.CurrentCycle;
import org.regionaltc.reference.Countries;
import org.regionaltc.reference.FinancingBodies;
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

    /**
     * The DAC sector groups a priority's top-level UNIDO thematic area falls in: productive activities (A) in
     * industry and business, trade capacity (B) in trade policy, industry and business, environment and energy (C) in
     * environment, energy and water; any other theme in the industry-related groups.
     */
    static List<String> sectorGroups(String topTheme) {
        return switch (topTheme) {
            case "A" -> List.of("321", "25");
            case "B" -> List.of("331", "321", "25");
            case "C" -> List.of("41", "23", "140");
            default -> INDUSTRY_GROUPS;
        };
    }

    /** A publisher active in a priority's countries and sectors: a prospective financing body. */
    public record Prospect(String publisherRef, @Nullable String publisherName, int activities,
            @Nullable String financingBody) {
    }

    public record PriorityProspects(CurrentCycle.Priority priority, List<String> sectorGroups,
            List<Prospect> prospects) {
    }

    static final int PROSPECTS_PER_PRIORITY = 5;

    private final JdbcClient jdbc;
    private final Countries countries;
    private final CurrentCycle cycle;
    private final FinancingBodies bodies;

    DonorLandscape(JdbcClient jdbc, Countries countries, CurrentCycle cycle, FinancingBodies bodies) {
        this.jdbc = jdbc;
        this.countries = countries;
        this.cycle = cycle;
        this.bodies = bodies;
    }

    private record Presence(String publisherRef, @Nullable String publisherName, String country, String sectorGroup,
            int activities) {
    }

    /**
     * For each priority of the current cycle, the publishers with the most external activities in its countries (the
     * country's own, its grouping's members, or the whole region) and its sector groups, most active first, each with
     * the financing body that already has its IATI ref, if any.
     */
    public List<PriorityProspects> prospects() {
        List<CurrentCycle.Priority> priorities = cycle.priorities();
        if (priorities.isEmpty()) {
            return List.of();
        }
        Set<String> region = countries.findAll().stream().map(Country::code).collect(Collectors.toSet());
        List<Presence> presence = jdbc.sql("""
                SELECT COALESCE(a.publisher_ref, '?') AS publisher, MAX(a.publisher_name) AS publisher_name,
                       c.country_code, SUBSTRING(s.code, 1, 3) AS sector_group, COUNT(DISTINCT a.id) AS activities
                FROM external_activity a
                JOIN external_activity_country c ON c.activity_id = a.id
                JOIN external_activity_sector s ON s.activity_id = a.id AND s.vocabulary IN ('1', '2')
                GROUP BY COALESCE(a.publisher_ref, '?'), c.country_code, SUBSTRING(s.code, 1, 3)
                """)
            .query((rs, n) -> new Presence(rs.getString("publisher"), rs.getString("publisher_name"),
                rs.getString("country_code"), rs.getString("sector_group"), rs.getInt("activities")))
            .list().stream().filter(p -> region.contains(p.country())).toList();
        java.util.Map<String, String> bodyByRef = new java.util.HashMap<>();
        bodies.findAll().stream().filter(b -> b.iatiOrgRef() != null)
            .forEach(b -> bodyByRef.putIfAbsent(b.iatiOrgRef(), b.code()));
        java.util.Map<String, Set<String>> members = cycle.groupingMembers();
        List<PriorityProspects> result = new java.util.ArrayList<>();
        for (CurrentCycle.Priority priority : priorities) {
            List<String> groups = sectorGroups(priority.topTheme());
            java.util.Map<String, Integer> count = new java.util.HashMap<>();
            java.util.Map<String, String> names = new java.util.HashMap<>();
            for (Presence p : presence) {
                if (priority.concerns(p.country(), members) && groups.stream().anyMatch(p.sectorGroup()::startsWith)) {
                    count.merge(p.publisherRef(), p.activities(), Integer::sum);
                    if (p.publisherName() != null) {
                        names.putIfAbsent(p.publisherRef(), p.publisherName());
                    }
                }
            }
            List<Prospect> prospects = count.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()
                    .thenComparing(java.util.Map.Entry.comparingByKey()))
                .limit(PROSPECTS_PER_PRIORITY)
                .map(e -> new Prospect(e.getKey(), names.get(e.getKey()), e.getValue(), bodyByRef.get(e.getKey())))
                .toList();
            result.add(new PriorityProspects(priority, groups, prospects));
        }
        return result;
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
