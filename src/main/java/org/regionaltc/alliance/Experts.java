package org.regionaltc.alliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regionaltc.audit.AuditTrail;
import org.regionaltc.project.Projects;
import org.regionaltc.reference.Codelists;
import org.regionaltc.reference.Countries;
import org.regionaltc.reference.ThematicAreas;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.NotFound;
import org.regionaltc.system.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roster of experts. Changes are audited with personal fields redacted ({@code @Personal} on {@link Expert});
 * erasure deletes the expert and everything recorded of them, and the trail keeps only that it happened.
 */
@Repository
class Experts {

    static final Set<String> LANGUAGES = Set.of("en", "es", "fr", "pt", "nl");

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Countries countryList;
    private final ThematicAreas themeList;
    private final Codelists codelists;
    private final Projects projects;

    Experts(JdbcClient jdbc, AuditTrail audit, Countries countryList, ThematicAreas themeList, Codelists codelists,
            Projects projects) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.countryList = countryList;
        this.themeList = themeList;
        this.codelists = codelists;
        this.projects = projects;
    }

    List<Expert> findAll() {
        Map<Long, Map<String, List<String>>> skills = new HashMap<>();
        jdbc.sql("SELECT expert_id, kind, code FROM expert_skill ORDER BY code")
            .query((rs, n) -> skills.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                .computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(3))).list();
        Map<Long, List<Expert.Period>> periods = new HashMap<>();
        jdbc.sql("SELECT expert_id, starts_on, ends_on FROM expert_availability ORDER BY starts_on")
            .query((rs, n) -> periods.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                .add(new Expert.Period(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)))).list();
        Map<Long, List<Expert.Assignment>> assignments = new HashMap<>();
        jdbc.sql("SELECT expert_id, project_id, role FROM expert_assignment ORDER BY project_id")
            .query((rs, n) -> assignments.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                .add(new Expert.Assignment(rs.getLong(2), rs.getString(3)))).list();
        return jdbc.sql("SELECT id, name, email, phone, cv, is_sample, version FROM expert ORDER BY id")
            .query((rs, n) -> {
                long id = rs.getLong("id");
                Map<String, List<String>> s = skills.getOrDefault(id, Map.of());
                return new Expert(id, rs.getString("name"), rs.getString("email"), rs.getString("phone"),
                    rs.getString("cv"), s.getOrDefault("THEME", List.of()), s.getOrDefault("SECTOR", List.of()),
                    s.getOrDefault("LANGUAGE", List.of()), s.getOrDefault("COUNTRY", List.of()),
                    periods.getOrDefault(id, List.of()), assignments.getOrDefault(id, List.of()),
                    rs.getBoolean("is_sample"), rs.getInt("version"));
            }).list();
    }

    Expert get(long id) {
        return findAll().stream().filter(e -> e.id() == id).findFirst().orElseThrow(() -> new NotFound("Expert", id));
    }

    @Transactional
    Expert create(ExpertForm form, boolean sample) {
        check(form);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO expert (name, email, phone, cv, is_sample) VALUES (:name, :email, :phone, :cv, :sample)")
            .param("name", String.valueOf(form.name()).strip()).param("email", Text.blankToNull(form.email()))
            .param("phone", Text.blankToNull(form.phone())).param("cv", Text.blankToNull(form.cv()))
            .param("sample", sample).update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        insertDetails(id, form);
        Expert created = get(id);
        audit.created("Expert", id, created);
        return created;
    }

    @Transactional
    Expert update(long id, ExpertForm form) {
        Expert before = get(id);
        check(form);
        if (form.version() == null) {
            throw new InvalidInput("version", "error.version.required");
        }
        int updated = jdbc.sql("""
                UPDATE expert SET name = :name, email = :email, phone = :phone, cv = :cv, is_sample = FALSE,
                    version = version + 1
                WHERE id = :id AND version = :version
                """)
            .param("name", String.valueOf(form.name()).strip()).param("email", Text.blankToNull(form.email()))
            .param("phone", Text.blankToNull(form.phone())).param("cv", Text.blankToNull(form.cv()))
            .param("id", id).param("version", form.version()).update();
        if (updated == 0) {
            throw new Conflict(new InvalidInput.FieldError("", "conflict.expert.changed",
                String.valueOf(form.version()), String.valueOf(before.version())));
        }
        for (String table : List.of("expert_skill", "expert_availability", "expert_assignment")) {
            jdbc.sql("DELETE FROM " + table + " WHERE expert_id = :id").param("id", id).update();
        }
        insertDetails(id, form);
        Expert after = get(id);
        audit.updated("Expert", id, before, after);
        return after;
    }

    /** Erasure on request: the expert and all their records go; the audit trail says only that it happened. */
    @Transactional
    void erase(long id) {
        Expert before = get(id);
        jdbc.sql("DELETE FROM expert WHERE id = :id").param("id", id).update();
        audit.deleted("Expert", id, before);
    }

    private void check(ExpertForm form) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        unknown(errors, "countries", form.countryCodes().stream().filter(c -> !countryList.exists(c)).toList());
        unknown(errors, "themes", form.themeCodes().stream().filter(c -> themeList.findByCode(c).isEmpty()).toList());
        unknown(errors, "sectors", form.sectorCodes().stream().filter(c -> !codelists.isActive("Sector", c)).toList());
        unknown(errors, "languages", form.languageCodes().stream().filter(c -> !LANGUAGES.contains(c)).toList());
        for (Expert.Period p : form.periods()) {
            if (p.startsOn() == null || p.endsOn() == null || p.endsOn().isBefore(p.startsOn())) {
                errors.add(new InvalidInput.FieldError("availability", "expert.error.period"));
            }
        }
        unknown(errors, "assignments", form.pastAssignments().stream()
            .filter(a -> projects.findById(a.projectId()).isEmpty()).map(a -> String.valueOf(a.projectId())).toList());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static void unknown(List<InvalidInput.FieldError> errors, String field, List<String> values) {
        if (!values.isEmpty()) {
            errors.add(new InvalidInput.FieldError(field, "expert.error.unknown", String.join(", ", values)));
        }
    }

    private void insertDetails(long id, ExpertForm form) {
        skill(id, "THEME", form.themeCodes());
        skill(id, "SECTOR", form.sectorCodes());
        skill(id, "LANGUAGE", form.languageCodes());
        skill(id, "COUNTRY", form.countryCodes());
        form.periods().stream().distinct().forEach(p -> jdbc.sql(
                "INSERT INTO expert_availability (expert_id, starts_on, ends_on) VALUES (:id, :s, :e)")
            .param("id", id).param("s", p.startsOn()).param("e", p.endsOn()).update());
        form.pastAssignments().forEach(a -> jdbc.sql(
                "INSERT INTO expert_assignment (expert_id, project_id, role) VALUES (:id, :p, :r)")
            .param("id", id).param("p", a.projectId()).param("r", a.role()).update());
    }

    private void skill(long id, String kind, List<String> codes) {
        codes.forEach(c -> jdbc.sql("INSERT INTO expert_skill (expert_id, kind, code) VALUES (:id, :k, :c)")
            .param("id", id).param("k", kind).param("c", c).update());
    }
}
