package org.regionaltc.priority;

import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Rows the authorization matrix calls the dialogue routes with: an open cycle (seen by the secretariat and focal
 * points, not yet published) holding a draft of Bolivia, so a focal point of Chile is refused it; a meeting; an action.
 */
public final class PriorityMatrixRows {

    private PriorityMatrixRows() {
    }

    public static Map<String, Long> create(ApplicationContext context, String suffix) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long cycle = insert(jdbc, """
                INSERT INTO review_cycle (title, period_start, period_end, submission_deadline, status)
                VALUES ('Matrix cycle %s', DATE '2030-01-01', DATE '2031-12-31', DATE '2099-12-31', 'OPEN')
                """.formatted(suffix));
        long priority = insert(jdbc, """
                INSERT INTO priority (cycle_id, level, country_code, owner_country_code, thematic_area_code, title,
                                      priority_rank, status)
                VALUES (%d, 'NATIONAL', 'BO', 'BO', 'A1', 'Matrix draft %s', 1, 'DRAFT')
                """.formatted(cycle, suffix));
        long meeting = insert(jdbc, "INSERT INTO meeting (title, kind, held_on) VALUES ('Matrix meeting %s', 'MEETING', "
            .formatted(suffix) + "DATE '2030-01-01')");
        long action = insert(jdbc, """
                INSERT INTO action_item (meeting_id, description, owner, due_date, status)
                VALUES (%d, 'Matrix action', 'Matrix', DATE '2030-01-01', 'OPEN')
                """.formatted(meeting));
        return Map.of("{cycleId}", cycle, "{priorityId}", priority, "{meetingId}", meeting, "{actionId}", action);
    }

    private static long insert(JdbcClient jdbc, String sql) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(sql).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }
}
