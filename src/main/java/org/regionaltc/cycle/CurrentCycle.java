package org.regionaltc.cycle;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
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

    /** A priority of the current cycle, as projects link to it; topTheme is its top-level UNIDO thematic area. */
    public record Priority(long id, String level, @Nullable String countryCode, @Nullable String groupingCode,
            String thematicAreaCode, String topTheme, String title, int rank, @Nullable BigDecimal weight) {

        public String label() {
            String where = countryCode != null ? countryCode : groupingCode != null ? groupingCode : "Regional";
            return where + " #" + rank + " " + title;
        }

        /** Whether it concerns the country: the country's own, of a grouping it belongs to (members), or regional. */
        public boolean concerns(String country, Map<String, Set<String>> members) {
            return switch (level) {
                case "NATIONAL" -> country.equals(countryCode);
                case "SUB_REGIONAL" -> members.getOrDefault(groupingCode, Set.of()).contains(country);
                case "REGIONAL" -> true;
                default -> false;
            };
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

    /** Which priorities concern one of the countries (see {@link Priority#concerns}), memberships read once. */
    public Predicate<Priority> concerningAny(Collection<String> countries) {
        Map<String, Set<String>> members = groupingMembers();
        return priority -> countries.stream().anyMatch(c -> priority.concerns(c, members));
    }

    /** The countries that belong to each grouping now (who has left is not counted). */
    public Map<String, Set<String>> groupingMembers() {
        Map<String, Set<String>> members = new HashMap<>();
        jdbc.sql("SELECT grouping_code, country_code FROM grouping_member WHERE left_year IS NULL")
            .query(rs -> {
                members.computeIfAbsent(rs.getString(1), g -> new HashSet<>()).add(rs.getString(2));
            });
        return members;
    }

    /** The submitted priorities of the current cycle, most important first. */
    public List<Priority> priorities() {
        return id().map(this::prioritiesOf).orElse(List.of());
    }

    /** The submitted priorities of a cycle, most important first. */
    public List<Priority> prioritiesOf(long cycleId) {
        return jdbc.sql("""
                SELECT p.id, p.level, p.country_code, p.grouping_code, p.thematic_area_code,
                       COALESCE(ta.parent_code, ta.code) AS top_theme, p.title, p.priority_rank, p.weight
                FROM priority p JOIN thematic_area ta ON ta.code = p.thematic_area_code
                WHERE p.cycle_id = :cycle AND p.status = 'SUBMITTED'
                ORDER BY p.weight DESC NULLS LAST, p.level, p.country_code, p.grouping_code, p.priority_rank
                """).param("cycle", cycleId)
            .query((rs, n) -> new Priority(rs.getLong("id"), rs.getString("level"), rs.getString("country_code"),
                rs.getString("grouping_code"), rs.getString("thematic_area_code"), rs.getString("top_theme"),
                rs.getString("title"), rs.getInt("priority_rank"), rs.getBigDecimal("weight")))
            .list();
    }
}
