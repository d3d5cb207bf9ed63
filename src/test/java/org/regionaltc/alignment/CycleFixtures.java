package org.regionaltc.alignment;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Review cycles and priorities for tests, written straight into the agreed tables. */
public final class CycleFixtures {

    private CycleFixtures() {
    }

    /** A new cycle that starts after every other one, so it becomes the current cycle. */
    public static long aCurrentCycle(JdbcClient jdbc) {
        LocalDate latest = jdbc.sql("SELECT MAX(period_start) FROM review_cycle").query(LocalDate.class).optional()
            .orElse(LocalDate.of(2030, 1, 1));
        LocalDate start = (latest == null ? LocalDate.of(2030, 1, 1) : latest).plusDays(1);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO review_cycle (title, period_start, period_end, submission_deadline, status)
                VALUES (:title, :start, :end, :start, 'ENDORSED')""")
            .param("title", "Test cycle " + start).param("start", start).param("end", start.plusYears(1))
            .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    public static long aPriority(JdbcClient jdbc, long cycleId, String level, @Nullable String country,
            @Nullable String grouping, String theme, @Nullable String weight) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO priority (cycle_id, level, country_code, grouping_code, thematic_area_code, title,
                                      priority_rank, weight, status)
                VALUES (:cycle, :level, :country, :grouping, :theme, :title, 1, :weight, 'SUBMITTED')""")
            .param("cycle", cycleId).param("level", level).param("country", country).param("grouping", grouping)
            .param("theme", theme).param("title", "Priority " + level + " " + (country != null ? country : grouping))
            .param("weight", weight == null ? null : new BigDecimal(weight))
            .update(key, "id");
        return key.getKeyAs(Long.class);
    }
}
