package org.regionaltc.optimizer;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.regionaltc.system.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Runs saved with their inputs: the problem and the result, both in the exchange format. */
@Repository
class Scenarios {

    record Scenario(long id, String name, String createdBy, OffsetDateTime createdAt, AllocationProblem problem,
            AllocationResult result) {
    }

    private final JdbcClient jdbc;

    Scenarios(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long save(String name, AllocationProblem problem, AllocationResult result, String createdBy) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO optimizer_scenario (name, problem_json, result_json, created_by, created_at)
                VALUES (:name, :problem, :result, :by, :at)
                """)
            .param("name", name).param("problem", AllocationJson.writeProblem(problem))
            .param("result", AllocationJson.writeResult(result)).param("by", createdBy)
            .param("at", OffsetDateTime.now(ZoneOffset.UTC))
            .update(key, "id");
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    List<Scenario> findAll() {
        return jdbc.sql("""
                SELECT id, name, created_by, created_at, problem_json, result_json
                FROM optimizer_scenario ORDER BY created_at DESC, id DESC
                """)
            .query((rs, n) -> toScenario(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getObject(4, OffsetDateTime.class), rs.getString(5), rs.getString(6)))
            .list();
    }

    Scenario get(long id) {
        return jdbc.sql("""
                SELECT id, name, created_by, created_at, problem_json, result_json
                FROM optimizer_scenario WHERE id = :id
                """)
            .param("id", id)
            .query((rs, n) -> toScenario(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getObject(4, OffsetDateTime.class), rs.getString(5), rs.getString(6)))
            .optional().orElseThrow(() -> new NotFound("Scenario", id));
    }

    private static Scenario toScenario(long id, String name, String by, OffsetDateTime at, String problem,
            String result) {
        return new Scenario(id, name, by, at, Objects.requireNonNull(AllocationJson.readProblem(problem).problem()),
            AllocationJson.readResult(result));
    }
}
