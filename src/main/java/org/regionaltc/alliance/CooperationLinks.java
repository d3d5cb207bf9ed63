package org.regionaltc.alliance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.regionaltc.audit.AuditTrail;
import org.regionaltc.project.Projects;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.NotFound;
import org.regionaltc.system.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Inter-regional and South-South cooperation links of LAC projects; every change is audited. */
@Repository
class CooperationLinks {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Projects projects;

    CooperationLinks(JdbcClient jdbc, AuditTrail audit, Projects projects) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.projects = projects;
    }

    List<CooperationLink> findAll() {
        return jdbc.sql("""
                SELECT id, project_id, region, counterpart, exchange_type, starts_on, ends_on, results, is_sample, version
                FROM cooperation_link ORDER BY starts_on DESC, id DESC
                """).query(CooperationLinks::toLink).list();
    }

    @Transactional
    CooperationLink create(AllianceForms.LinkForm form, boolean sample) {
        long project = Objects.requireNonNull(form.projectId());
        if (projects.findById(project).isEmpty()) {
            throw new InvalidInput("projectId", "error.project.unknown", String.valueOf(project));
        }
        if (form.startsOn() != null && form.endsOn() != null && form.endsOn().isBefore(form.startsOn())) {
            throw new InvalidInput("endsOn", "error.period.endBeforeStart");
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO cooperation_link (project_id, region, counterpart, exchange_type, starts_on, ends_on, results,
                                              is_sample)
                VALUES (:project, :region, :counterpart, :type, :starts, :ends, :results, :sample)
                """)
            .param("project", project).param("region", Objects.requireNonNull(form.region()).name())
            .param("counterpart", String.valueOf(form.counterpart()).strip())
            .param("type", Objects.requireNonNull(form.exchangeType()).name())
            .param("starts", form.startsOn()).param("ends", form.endsOn())
            .param("results", Text.blankToNull(form.results())).param("sample", sample)
            .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        CooperationLink created = findAll().stream().filter(l -> l.id() == id).findFirst().orElseThrow();
        audit.created("CooperationLink", id, created);
        return created;
    }

    CooperationLink get(long id) {
        return jdbc.sql("""
                SELECT id, project_id, region, counterpart, exchange_type, starts_on, ends_on, results, is_sample, version
                FROM cooperation_link WHERE id = :id
                """).param("id", id).query(CooperationLinks::toLink).optional()
            .orElseThrow(() -> new NotFound("CooperationLink", id));
    }

    @Transactional
    CooperationLink update(long id, AllianceForms.LinkForm form) {
        CooperationLink before = get(id);
        long project = Objects.requireNonNull(form.projectId());
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        if (projects.findById(project).isEmpty()) {
            errors.add(new InvalidInput.FieldError("projectId", "alliance.edit.project.unknown", project));
        }
        if (form.startsOn() != null && form.endsOn() != null && form.endsOn().isBefore(form.startsOn())) {
            errors.add(new InvalidInput.FieldError("endsOn", "alliance.edit.endsBeforeStart"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        int updated = jdbc.sql("""
                UPDATE cooperation_link SET project_id = :project, region = :region, counterpart = :counterpart,
                    exchange_type = :type, starts_on = :starts, ends_on = :ends, results = :results, is_sample = FALSE,
                    version = version + 1
                WHERE id = :id AND version = :version
                """)
            .param("project", project).param("region", Objects.requireNonNull(form.region()).name())
            .param("counterpart", String.valueOf(form.counterpart()).strip())
            .param("type", Objects.requireNonNull(form.exchangeType()).name())
            .param("starts", form.startsOn()).param("ends", form.endsOn())
            .param("results", Text.blankToNull(form.results()))
            .param("id", id).param("version", Partners.versionOf(form.version())).update();
        if (updated == 0) {
            throw Partners.changed("alliance.edit.link.changed", before.counterpart(), form.version(), before.version());
        }
        CooperationLink after = get(id);
        audit.updated("CooperationLink", id, before, after);
        return after;
    }

    private static CooperationLink toLink(ResultSet rs, int n) throws SQLException {
        return new CooperationLink(rs.getLong("id"), rs.getLong("project_id"),
            CooperationLink.Region.valueOf(rs.getString("region")), rs.getString("counterpart"),
            CooperationLink.ExchangeType.valueOf(rs.getString("exchange_type")),
            rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class), rs.getString("results"),
            rs.getBoolean("is_sample"), rs.getInt("version"));
    }
}
