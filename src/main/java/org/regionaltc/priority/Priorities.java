package org.regionaltc.priority;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The priorities of the review cycles, with their DAC sectors and the links consolidation keeps. */
@Repository
class Priorities {

    /** A national priority written without owner (by another feature or an import) belongs to its country. */
    private static final String SELECT = """
            SELECT id, cycle_id, level, country_code, grouping_code,
                   COALESCE(owner_country_code, country_code) AS owner_country_code, thematic_area_code, sub_theme,
                   title, rationale, language, priority_rank, weight, status, carried_from_id, plan_title, plan_url,
                   plan_year, expected_outcomes, is_sample, version
            FROM priority
            """;
    private static final String ORDER = " ORDER BY level, country_code, grouping_code, priority_rank, id";

    private final JdbcClient jdbc;

    Priorities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Priority> findByCycle(long cycleId) {
        Map<Long, List<String>> sectors = new HashMap<>();
        jdbc.sql("""
                SELECT s.priority_id, s.sector_code FROM priority_sector s JOIN priority p ON p.id = s.priority_id
                WHERE p.cycle_id = :cycle ORDER BY s.sector_code
                """)
            .param("cycle", cycleId)
            .query((rs, n) -> sectors.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
            .list();
        return jdbc.sql(SELECT + " WHERE cycle_id = :cycle" + ORDER).param("cycle", cycleId)
            .query((rs, n) -> toPriority(rs, sectors.getOrDefault(rs.getLong("id"), List.of())))
            .list();
    }

    public Optional<Priority> findById(long id) {
        List<String> sectors = jdbc.sql("SELECT sector_code FROM priority_sector WHERE priority_id = :id ORDER BY sector_code")
            .param("id", id).query(String.class).list();
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id)
            .query((rs, n) -> toPriority(rs, sectors)).optional();
    }

    public Priority get(long id) {
        return findById(id).orElseThrow(() -> new NotFound("Priority", id));
    }

    /** Consolidated priority id → the national priority ids it merges, for one cycle. */
    public Map<Long, List<Long>> linksOf(long cycleId) {
        Map<Long, List<Long>> links = new HashMap<>();
        jdbc.sql("""
                SELECT l.consolidated_id, l.national_id FROM priority_link l JOIN priority p ON p.id = l.consolidated_id
                WHERE p.cycle_id = :cycle ORDER BY l.national_id
                """)
            .param("cycle", cycleId)
            .query((rs, n) -> links.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)))
            .list();
        return links;
    }

    /** Whether another live (not dropped) priority of the same submitter already holds this rank. */
    boolean rankTaken(long cycleId, @Nullable String owner, PriorityLevel level, @Nullable String grouping, int rank,
            @Nullable Long except) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM priority
                WHERE cycle_id = :cycle AND priority_rank = :rank AND status <> 'DROPPED'
                  AND (id <> :except OR CAST(:except AS BIGINT) IS NULL)
                  AND ((CAST(:owner AS VARCHAR) IS NOT NULL
                        AND COALESCE(owner_country_code, country_code) = CAST(:owner AS VARCHAR))
                       OR (CAST(:owner AS VARCHAR) IS NULL AND COALESCE(owner_country_code, country_code) IS NULL
                           AND level = :level
                           AND COALESCE(grouping_code, '') = COALESCE(CAST(:grouping AS VARCHAR), '')))
                """)
            .param("cycle", cycleId).param("rank", rank).param("except", except).param("owner", owner)
            .param("level", level.name()).param("grouping", grouping)
            .query(Integer.class).single() > 0;
    }

    long insert(Priority p) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO priority (cycle_id, level, country_code, grouping_code, owner_country_code, thematic_area_code,
                    sub_theme, title, rationale, language, priority_rank, weight, status, carried_from_id, plan_title,
                    plan_url, plan_year, expected_outcomes, is_sample)
                VALUES (:cycle, :level, :country, :grouping, :owner, :theme, :subTheme, :title, :rationale, :language,
                    :rank, :weight, :status, :carriedFrom, :planTitle, :planUrl, :planYear, :outcomes, :sample)
                """)
            .param("cycle", p.cycleId()).param("level", p.level().name()).param("country", p.countryCode())
            .param("grouping", p.groupingCode()).param("owner", p.ownerCountryCode())
            .param("theme", p.thematicAreaCode()).param("subTheme", p.subTheme()).param("title", p.title())
            .param("rationale", p.rationale()).param("language", p.language()).param("rank", p.rank())
            .param("weight", p.weight()).param("status", p.status().name()).param("carriedFrom", p.carriedFromId())
            .param("planTitle", p.planTitle()).param("planUrl", p.planUrl()).param("planYear", p.planYear())
            .param("outcomes", p.expectedOutcomes()).param("sample", p.sample())
            .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        insertSectors(id, p.sectors());
        return id;
    }

    /** Writes the editable fields when the version still matches; false when someone else saved first. */
    boolean update(Priority p) {
        int updated = jdbc.sql("""
                UPDATE priority SET level = :level, country_code = :country, grouping_code = :grouping,
                    thematic_area_code = :theme, sub_theme = :subTheme, title = :title, rationale = :rationale,
                    language = :language, priority_rank = :rank, status = :status, plan_title = :planTitle,
                    plan_url = :planUrl, plan_year = :planYear, expected_outcomes = :outcomes, is_sample = FALSE,
                    version = version + 1
                WHERE id = :id AND version = :version
                """)
            .param("level", p.level().name()).param("country", p.countryCode()).param("grouping", p.groupingCode())
            .param("theme", p.thematicAreaCode()).param("subTheme", p.subTheme()).param("title", p.title())
            .param("rationale", p.rationale()).param("language", p.language()).param("rank", p.rank())
            .param("status", p.status().name()).param("planTitle", p.planTitle()).param("planUrl", p.planUrl())
            .param("planYear", p.planYear()).param("outcomes", p.expectedOutcomes())
            .param("id", p.id()).param("version", p.version())
            .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM priority_sector WHERE priority_id = :id").param("id", p.id()).update();
        insertSectors(p.id(), p.sectors());
        return true;
    }

    void updateWeight(long id, BigDecimal weight) {
        jdbc.sql("UPDATE priority SET weight = :weight, version = version + 1 WHERE id = :id")
            .param("weight", weight).param("id", id).update();
    }

    void link(long consolidatedId, Collection<Long> nationalIds) {
        for (long national : nationalIds) {
            jdbc.sql("INSERT INTO priority_link (consolidated_id, national_id) VALUES (:c, :n)")
                .param("c", consolidatedId).param("n", national).update();
        }
    }

    private void insertSectors(long id, List<String> sectors) {
        for (String sector : sectors.stream().distinct().toList()) {
            jdbc.sql("INSERT INTO priority_sector (priority_id, sector_code) VALUES (:id, :sector)")
                .param("id", id).param("sector", sector).update();
        }
    }

    private static Priority toPriority(ResultSet rs, List<String> sectors) throws SQLException {
        return new Priority(rs.getLong("id"), rs.getLong("cycle_id"), PriorityLevel.valueOf(rs.getString("level")),
            trim(rs.getString("country_code")), rs.getString("grouping_code"), trim(rs.getString("owner_country_code")),
            rs.getString("thematic_area_code"), rs.getString("sub_theme"), rs.getString("title"),
            rs.getString("rationale"), trim(rs.getString("language")), rs.getInt("priority_rank"),
            rs.getBigDecimal("weight"), PriorityStatus.valueOf(rs.getString("status")),
            rs.getObject("carried_from_id", Long.class), List.copyOf(sectors), rs.getString("plan_title"),
            rs.getString("plan_url"), rs.getObject("plan_year", Integer.class), rs.getString("expected_outcomes"),
            rs.getBoolean("is_sample"), rs.getInt("version"));
    }

    private static @Nullable String trim(@Nullable String s) {
        return s == null ? null : s.strip();
    }
}
