package org.regionaltc.alignment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The review cycle whose priorities projects are aligned with: the most recent cycle GRULAC has endorsed (or
 * closed). Alignment is measured against endorsed, published priorities only, never against drafts still under
 * discussion, which focal points of other countries and the public may not see.
 */
@Component
public class CurrentCycle {

    /** A priority of the current cycle, as projects link to it. */
    public record Priority(long id, String level, @Nullable String countryCode, @Nullable String groupingCode,
            String thematicAreaCode, String title, int rank, @Nullable BigDecimal weight) {

        public String label() {
            String where = countryCode != null ? countryCode : groupingCode != null ? groupingCode : "Regional";
            return where + " #" + rank + " " + title;
        }
    }

    private final JdbcClient jdbc;

    CurrentCycle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> id() {
        return jdbc.sql("""
                SELECT id FROM review_cycle WHERE status = 'ENDORSED' OR status = 'CLOSED'
                ORDER BY period_start DESC, id DESC LIMIT 1
                """).query(Long.class).optional();
    }

    public Optional<String> title() {
        return id().flatMap(id -> jdbc.sql("SELECT title FROM review_cycle WHERE id = :id").param("id", id)
            .query(String.class).optional());
    }

    /** Whether a priority concerns one of the countries: theirs, of a grouping they belong to, or regional. */
    public boolean concerns(Priority priority, List<String> countries) {
        return switch (priority.level()) {
            case "NATIONAL" -> countries.contains(priority.countryCode());
            case "SUB_REGIONAL" -> !countries.isEmpty() && jdbc.sql("""
                    SELECT COUNT(*) FROM grouping_member
                    WHERE grouping_code = :grouping AND country_code IN (:countries) AND left_year IS NULL""")
                .param("grouping", priority.groupingCode()).param("countries", countries)
                .query(Integer.class).single() > 0;
            default -> true;
        };
    }

    /** The submitted priorities of the current cycle, most important first. */
    public List<Priority> priorities() {
        return id().map(id -> jdbc.sql("""
                SELECT id, level, country_code, grouping_code, thematic_area_code, title, priority_rank, weight
                FROM priority WHERE cycle_id = :cycle AND status = 'SUBMITTED'
                ORDER BY weight DESC NULLS LAST, level, country_code, grouping_code, priority_rank
                """).param("cycle", id)
            .query((rs, n) -> new Priority(rs.getLong("id"), rs.getString("level"), rs.getString("country_code"),
                rs.getString("grouping_code"), rs.getString("thematic_area_code"), rs.getString("title"),
                rs.getInt("priority_rank"), rs.getBigDecimal("weight")))
            .list()).orElse(List.of());
    }
}
