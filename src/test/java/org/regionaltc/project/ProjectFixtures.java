package org.regionaltc.project;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Projects for tests, each with a unique identifier. */
public final class ProjectFixtures {

    private ProjectFixtures() {
    }

    public static String anIdentifier() {
        return "XM-DAC-41123-PROJECT-T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** A request for a project in {@code countries} given as "PE", 60, "BO", 40, with one sector and theme A1. */
    static ProjectRequest aRequest(BigDecimal budget, Object... countryShares) {
        Map<String, BigDecimal> countries = new LinkedHashMap<>();
        for (int i = 0; i < countryShares.length; i += 2) {
            countries.put((String) countryShares[i], new BigDecimal(countryShares[i + 1].toString()));
        }
        return new ProjectRequest(anIdentifier(), "Test project", "Proyecto de prueba", null, null, "A test", null,
            countries.size() > 1 ? ProjectScope.SUB_REGIONAL : ProjectScope.NATIONAL, null, null, null, null, "USD",
            budget, Map.of(), countries, Map.of("32161", new BigDecimal("100")), List.of("A1"), "Test unit",
            List.of("Ministry of Production"), List.of(), List.of(), "internal remark", null);
    }

    /** Creates a project (in IDENTIFICATION) and returns its id. */
    public static long aProject(Projects projects, BigDecimal budget, Object... countryShares) {
        return projects.create(aRequest(budget, countryShares), false);
    }

    /** Puts a project straight into a status, with the endorsements and approval a published project has. */
    public static void forceStatus(JdbcClient jdbc, long projectId, ProjectStatus status) {
        jdbc.sql("UPDATE tc_project SET status = :status, published = :published WHERE id = :id")
            .param("status", status.name()).param("published", status.publishes()).param("id", projectId).update();
    }

    public static void setThemes(JdbcClient jdbc, long projectId, String... themes) {
        jdbc.sql("DELETE FROM project_theme WHERE project_id = :id").param("id", projectId).update();
        for (String theme : themes) {
            jdbc.sql("INSERT INTO project_theme (project_id, thematic_area_code) VALUES (:id, :t)")
                .param("id", projectId).param("t", theme).update();
        }
    }

    public static void link(JdbcClient jdbc, long projectId, long priorityId, String strength) {
        jdbc.sql("INSERT INTO project_priority (project_id, priority_id, strength) VALUES (:p, :q, :s)")
            .param("p", projectId).param("q", priorityId).param("s", strength).update();
    }

    public static void endorse(JdbcClient jdbc, long projectId, String country) {
        jdbc.sql("""
                INSERT INTO project_endorsement (project_id, country_code, endorsed_by, endorsed_on, reference)
                VALUES (:p, :c, 'test', DATE '2025-01-15', 'Note verbale 1')""")
            .param("p", projectId).param("c", country).update();
    }
}
