package org.regionaltc.priority;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The regional programme (name, approval, parties) and the objectives of its framework periods. */
@Repository
class ProgrammeFramework {

    public record Programme(String code, String name, LocalDate approvedOn, String parties, String objective) {
    }

    public record Objective(String periodCode, @Nullable String thematicAreaCode, String objective) {
    }

    private final JdbcClient jdbc;

    ProgrammeFramework(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Programme> programmes() {
        return jdbc.sql("SELECT code, name, approved_on, parties, objective FROM programme ORDER BY approved_on")
            .query((rs, n) -> new Programme(rs.getString("code"), rs.getString("name"),
                rs.getObject("approved_on", LocalDate.class), rs.getString("parties"), rs.getString("objective")))
            .list();
    }

    public List<Objective> objectives() {
        return jdbc.sql("SELECT period_code, thematic_area_code, objective FROM framework_objective ORDER BY sort_order, id")
            .query((rs, n) -> new Objective(rs.getString("period_code"), rs.getString("thematic_area_code"),
                rs.getString("objective")))
            .list();
    }
}
