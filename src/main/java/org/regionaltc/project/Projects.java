package org.regionaltc.project;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.regionaltc.audit.AuditTrail;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.InvalidInput.FieldError;
import org.regionaltc.system.Money;
import org.regionaltc.system.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** TC projects and their parts: countries, sectors, themes, yearly budget, parties, documents, endorsements, links. */
@Repository
public class Projects {

    private static final String SELECT = """
            SELECT id, identifier, title_en, title_es, title_fr, title_pt, description_en, description_es, scope,
                   status, status_before_hold, planned_start, planned_end, actual_start, actual_end, currency,
                   total_budget, unido_unit,
                   COALESCE((SELECT display_name FROM app_user WHERE username = unido_approved_by), unido_approved_by)
                       AS unido_approved_by, unido_approved_on, unido_approval_reference,
                   internal_notes, published, is_sample, version
            FROM tc_project
            """;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ProjectRules rules;

    Projects(JdbcClient jdbc, AuditTrail audit, ProjectRules rules) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.rules = rules;
    }

    public Optional<TcProject> findById(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(this::toProject).optional();
    }

    public TcProject get(long id) {
        return findById(id).orElseThrow(() -> new NotFound("Project", id));
    }

    public Optional<Long> findIdByIdentifier(String identifier) {
        return jdbc.sql("SELECT id FROM tc_project WHERE identifier = :identifier").param("identifier", identifier)
            .query(Long.class).optional();
    }

    @Transactional
    long create(ProjectRequest request, boolean sample) {
        rules.check(request);
        if (findIdByIdentifier(request.identifier()).isPresent()) {
            throw new Conflict(new FieldError("identifier", "conflict.project.exists", request.identifier()));
        }
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO tc_project (identifier, title_en, title_es, title_fr, title_pt, description_en,
                    description_es, scope, status, planned_start, planned_end, actual_start, actual_end, currency,
                    total_budget, unido_unit, internal_notes, is_sample, version)
                VALUES (:identifier, :titleEn, :titleEs, :titleFr, :titlePt, :descriptionEn, :descriptionEs, :scope,
                    'IDENTIFICATION', :plannedStart, :plannedEnd, :actualStart, :actualEnd, :currency, :totalBudget,
                    :unidoUnit, :internalNotes, :sample, 0)
                """)
            .params(fields(request))
            .param("sample", sample)
            .update(key, "id");
        long id = key.getKeyAs(Long.class);
        writeParts(id, request);
        audit.created("Project", id, get(id));
        return id;
    }

    @Transactional
    void update(long id, ProjectRequest request) {
        TcProject before = get(id);
        rules.check(request);
        if (!before.identifier().equals(request.identifier())
                && findIdByIdentifier(request.identifier()).isPresent()) {
            throw new Conflict(new FieldError("identifier", "conflict.project.exists", request.identifier()));
        }
        int version = request.version() == null ? -1 : request.version();
        int updated = jdbc.sql("""
                UPDATE tc_project SET identifier = :identifier, title_en = :titleEn, title_es = :titleEs,
                    title_fr = :titleFr, title_pt = :titlePt, description_en = :descriptionEn,
                    description_es = :descriptionEs, scope = :scope, planned_start = :plannedStart,
                    planned_end = :plannedEnd, actual_start = :actualStart, actual_end = :actualEnd,
                    currency = :currency, total_budget = :totalBudget, unido_unit = :unidoUnit,
                    internal_notes = :internalNotes, is_sample = FALSE, version = version + 1
                WHERE id = :id AND version = :version
                """)
            .params(fields(request))
            .param("id", id)
            .param("version", version)
            .update();
        if (updated == 0) {
            throw new Conflict(new FieldError("", "conflict.project.changed", before.identifier(), version,
                before.version()));
        }
        java.util.Set<String> countries = request.countries().keySet().stream()
            .map(c -> c.toUpperCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
        if (before.published() && !countries.equals(java.util.Set.copyOf(before.countryCodes()))) {
            throw new Conflict(new FieldError("countries", "conflict.project.countriesLocked", before.identifier()));
        }
        for (String removed : before.countryCodes().stream().filter(c -> !countries.contains(c)).toList()) {
            jdbc.sql("DELETE FROM project_endorsement WHERE project_id = :id AND country_code = :country")
                .param("id", id).param("country", removed).update();
        }
        for (String table : List.of("project_country", "project_sector", "project_theme", "project_budget_year",
                "project_party", "project_document")) {
            jdbc.sql("DELETE FROM " + table + " WHERE project_id = :id").param("id", id).update();
        }
        writeParts(id, request);
        audit.updated("Project", id, before, get(id));
    }

    /** Moves the project to another status; the caller has checked that the move is allowed. */
    @Transactional
    TcProject setStatus(TcProject project, ProjectStatus target, @Nullable ProjectStatus beforeHold) {
        int updated = jdbc.sql("""
                UPDATE tc_project SET status = :status, status_before_hold = :beforeHold,
                    published = published OR :publishes, version = version + 1
                WHERE id = :id AND version = :version
                """)
            .param("status", target.name())
            .param("beforeHold", beforeHold == null ? null : beforeHold.name())
            .param("publishes", target.publishes())
            .param("id", project.id())
            .param("version", project.version())
            .update();
        if (updated == 0) {
            throw new Conflict(new FieldError("", "conflict.project.changedReload", project.identifier()));
        }
        TcProject after = get(project.id());
        audit.updated("Project", project.id(), project, after);
        return after;
    }

    @Transactional
    TcProject recordEndorsement(TcProject project, TcProject.Endorsement endorsement) {
        jdbc.sql("DELETE FROM project_endorsement WHERE project_id = :id AND country_code = :country")
            .param("id", project.id()).param("country", endorsement.countryCode()).update();
        jdbc.sql("""
                INSERT INTO project_endorsement (project_id, country_code, endorsed_by, endorsed_on, reference)
                VALUES (:id, :country, :by, :on, :reference)
                """)
            .param("id", project.id()).param("country", endorsement.countryCode())
            .param("by", endorsement.endorsedBy()).param("on", endorsement.endorsedOn())
            .param("reference", endorsement.reference())
            .update();
        TcProject after = get(project.id());
        audit.updated("Project", project.id(), project, after);
        return after;
    }

    @Transactional
    TcProject recordUnidoApproval(TcProject project, TcProject.UnidoApproval approval) {
        int updated = jdbc.sql("""
                UPDATE tc_project SET unido_approved_by = :by, unido_approved_on = :on,
                    unido_approval_reference = :reference, version = version + 1
                WHERE id = :id AND version = :version AND unido_approved_by IS NULL
                """)
            .param("by", approval.approvedBy()).param("on", approval.approvedOn())
            .param("reference", approval.reference()).param("id", project.id()).param("version", project.version())
            .update();
        if (updated == 0) {
            throw new Conflict(new FieldError("", "conflict.project.changedReload", project.identifier()));
        }
        TcProject after = get(project.id());
        audit.updated("Project", project.id(), project, after);
        return after;
    }

    @Transactional
    TcProject replacePriorityLinks(TcProject project, List<TcProject.PriorityLink> links) {
        jdbc.sql("DELETE FROM project_priority WHERE project_id = :id").param("id", project.id()).update();
        for (TcProject.PriorityLink link : links) {
            jdbc.sql("INSERT INTO project_priority (project_id, priority_id, strength) VALUES (:id, :priority, :strength)")
                .param("id", project.id()).param("priority", link.priorityId()).param("strength", link.strength().name())
                .update();
        }
        TcProject after = get(project.id());
        audit.updated("Project", project.id(), project, after);
        return after;
    }

    public List<PriorityLinked> linkedTo(java.util.Collection<Long> priorityIds) {
        if (priorityIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT t.id, t.identifier, t.title_en, pp.priority_id, pp.strength
                FROM project_priority pp JOIN tc_project t ON t.id = pp.project_id
                WHERE pp.priority_id IN (:ids)
                ORDER BY t.identifier, pp.priority_id
                """)
            .param("ids", List.copyOf(priorityIds))
            .query((rs, n) -> new PriorityLinked(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                TcProject.Strength.valueOf(rs.getString(5))))
            .list();
    }

    private Map<String, Object> fields(ProjectRequest r) {
        Map<String, Object> fields = new java.util.HashMap<>();
        fields.put("identifier", r.identifier().strip());
        fields.put("titleEn", r.titleEn().strip());
        fields.put("titleEs", r.titleEs());
        fields.put("titleFr", r.titleFr());
        fields.put("titlePt", r.titlePt());
        fields.put("descriptionEn", r.descriptionEn());
        fields.put("descriptionEs", r.descriptionEs());
        fields.put("scope", r.scope().name());
        fields.put("plannedStart", r.plannedStart());
        fields.put("plannedEnd", r.plannedEnd());
        fields.put("actualStart", r.actualStart());
        fields.put("actualEnd", r.actualEnd());
        fields.put("currency", r.currency().toUpperCase(Locale.ROOT));
        fields.put("totalBudget", r.totalBudget());
        fields.put("unidoUnit", r.unidoUnit());
        fields.put("internalNotes", r.internalNotes());
        return fields;
    }

    private void writeParts(long id, ProjectRequest r) {
        r.countries().forEach((code, pct) -> jdbc.sql(
                "INSERT INTO project_country (project_id, country_code, percentage) VALUES (:id, :code, :pct)")
            .param("id", id).param("code", code.toUpperCase(Locale.ROOT)).param("pct", pct).update());
        r.sectors().forEach((code, pct) -> jdbc.sql(
                "INSERT INTO project_sector (project_id, sector_code, percentage) VALUES (:id, :code, :pct)")
            .param("id", id).param("code", code).param("pct", pct).update());
        r.themesOrEmpty().stream().distinct().forEach(theme -> jdbc.sql(
                "INSERT INTO project_theme (project_id, thematic_area_code) VALUES (:id, :theme)")
            .param("id", id).param("theme", theme).update());
        r.budgetByYearOrEmpty().forEach((year, amount) -> jdbc.sql(
                "INSERT INTO project_budget_year (project_id, budget_year, amount) VALUES (:id, :year, :amount)")
            .param("id", id).param("year", year).param("amount", amount).update());
        r.counterpartsOrEmpty().stream().filter(s -> !s.isBlank()).map(String::strip).distinct()
            .forEach(name -> party(id, "COUNTERPART", name));
        r.partnersOrEmpty().stream().filter(s -> !s.isBlank()).map(String::strip).distinct()
            .forEach(name -> party(id, "PARTNER", name));
        r.documentsOrEmpty().forEach(d -> jdbc.sql(
                "INSERT INTO project_document (project_id, title, url) VALUES (:id, :title, :url)")
            .param("id", id).param("title", d.title()).param("url", d.url()).update());
    }

    private void party(long id, String kind, String name) {
        jdbc.sql("INSERT INTO project_party (project_id, kind, name) VALUES (:id, :kind, :name)")
            .param("id", id).param("kind", kind).param("name", name).update();
    }

    private TcProject toProject(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        String approvedBy = rs.getString("unido_approved_by");
        String beforeHold = rs.getString("status_before_hold");
        return new TcProject(id, rs.getString("identifier"),
            new TcProject.Texts(rs.getString("title_en"), rs.getString("title_es"), rs.getString("title_fr"),
                rs.getString("title_pt"), rs.getString("description_en"), rs.getString("description_es")),
            ProjectScope.valueOf(rs.getString("scope")), ProjectStatus.valueOf(rs.getString("status")),
            beforeHold == null ? null : ProjectStatus.valueOf(beforeHold),
            rs.getObject("planned_start", LocalDate.class), rs.getObject("planned_end", LocalDate.class),
            rs.getObject("actual_start", LocalDate.class), rs.getObject("actual_end", LocalDate.class),
            rs.getString("currency"), Money.in(rs.getString("currency").strip(), rs.getBigDecimal("total_budget")),
            years(id, rs.getString("currency").strip()),
            shares("project_country", "country_code", id), shares("project_sector", "sector_code", id),
            jdbc.sql("SELECT thematic_area_code FROM project_theme WHERE project_id = :id ORDER BY thematic_area_code")
                .param("id", id).query(String.class).list(),
            rs.getString("unido_unit"), parties(id, "COUNTERPART"), parties(id, "PARTNER"),
            jdbc.sql("SELECT title, url FROM project_document WHERE project_id = :id ORDER BY title")
                .param("id", id).query((r, n) -> new TcProject.Document(r.getString(1), r.getString(2))).list(),
            jdbc.sql("""
                    SELECT e.country_code, COALESCE(u.display_name, e.endorsed_by), e.endorsed_on, e.reference
                    FROM project_endorsement e LEFT JOIN app_user u ON u.username = e.endorsed_by
                    WHERE e.project_id = :id ORDER BY e.country_code""")
                .param("id", id).query((r, n) -> new TcProject.Endorsement(r.getString(1), r.getString(2),
                    r.getObject(3, LocalDate.class), r.getString(4))).list(),
            approvedBy == null ? null : new TcProject.UnidoApproval(approvedBy,
                rs.getObject("unido_approved_on", LocalDate.class), rs.getString("unido_approval_reference")),
            jdbc.sql("SELECT priority_id, strength FROM project_priority WHERE project_id = :id ORDER BY priority_id")
                .param("id", id).query((r, n) -> new TcProject.PriorityLink(r.getLong(1),
                    TcProject.Strength.valueOf(r.getString(2)))).list(),
            rs.getString("internal_notes"), rs.getBoolean("published"), rs.getBoolean("is_sample"),
            rs.getInt("version"));
    }

    private List<TcProject.Share> shares(String table, String column, long id) {
        return jdbc.sql("SELECT " + column + ", percentage FROM " + table + " WHERE project_id = :id ORDER BY percentage DESC, " + column)
            .param("id", id).query((r, n) -> new TcProject.Share(r.getString(1), r.getBigDecimal(2))).list();
    }

    private Map<Integer, BigDecimal> years(long id, String currency) {
        Map<Integer, BigDecimal> years = new TreeMap<>();
        jdbc.sql("SELECT budget_year, amount FROM project_budget_year WHERE project_id = :id")
            .param("id", id).query((r, n) -> years.put(r.getInt(1), Money.in(currency, r.getBigDecimal(2)))).list();
        return years;
    }

    private List<String> parties(long id, String kind) {
        return new ArrayList<>(jdbc.sql("SELECT name FROM project_party WHERE project_id = :id AND kind = :kind ORDER BY name")
            .param("id", id).param("kind", kind).query(String.class).list());
    }
}
