package org.regionaltc.knowledge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regionaltc.audit.AuditTrail;
import org.regionaltc.project.Projects;
import org.regionaltc.reference.Codelists;
import org.regionaltc.reference.Countries;
import org.regionaltc.reference.ThematicAreas;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.NotFound;
import org.regionaltc.system.SignedInUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Lessons learned and good practices with their countries, themes and sectors; every change is audited. */
@Repository
public class Lessons {

    private static final String SELECT = """
            SELECT id, kind, title_en, title_es, title_fr, title_pt, text_en, text_es, text_fr, text_pt, project_id,
                   status, audience, author, written_at, published_by, published_at, is_sample, version
            FROM lesson
            """;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Countries countryList;
    private final ThematicAreas themeList;
    private final Codelists codelists;
    private final Projects projects;

    Lessons(JdbcClient jdbc, AuditTrail audit, Countries countryList, ThematicAreas themeList, Codelists codelists,
            Projects projects) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.countryList = countryList;
        this.themeList = themeList;
        this.codelists = codelists;
        this.projects = projects;
    }

    public List<Lesson> findAll() {
        Map<Long, List<String>> countries = links("SELECT lesson_id, country_code FROM lesson_country");
        Map<Long, List<String>> themes = links("SELECT lesson_id, thematic_area_code FROM lesson_theme");
        Map<Long, List<String>> sectors = links("SELECT lesson_id, sector_code FROM lesson_sector");
        return jdbc.sql(SELECT + " ORDER BY written_at DESC, id DESC")
            .query((rs, n) -> toLesson(rs, countries, themes, sectors)).list();
    }

    public Optional<Lesson> findById(long id) {
        Map<Long, List<String>> countries = links("SELECT lesson_id, country_code FROM lesson_country WHERE lesson_id = " + id);
        Map<Long, List<String>> themes = links("SELECT lesson_id, thematic_area_code FROM lesson_theme WHERE lesson_id = " + id);
        Map<Long, List<String>> sectors = links("SELECT lesson_id, sector_code FROM lesson_sector WHERE lesson_id = " + id);
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id)
            .query((rs, n) -> toLesson(rs, countries, themes, sectors)).optional();
    }

    public Lesson get(long id) {
        return findById(id).orElseThrow(() -> new NotFound("Lesson", id));
    }

    @Transactional
    Lesson create(LessonForm form, boolean sample) {
        check(form);
        KeyHolder key = new GeneratedKeyHolder();
        Lesson.Texts t = form.texts();
        jdbc.sql("""
                INSERT INTO lesson (kind, title_en, title_es, title_fr, title_pt, text_en, text_es, text_fr, text_pt,
                                    project_id, status, audience, author, written_at, is_sample)
                VALUES (:kind, :titleEn, :titleEs, :titleFr, :titlePt, :textEn, :textEs, :textFr, :textPt,
                        :project, 'DRAFT', :audience, :author, :at, :sample)
                """)
            .param("kind", form.kindOrDefault().name())
            .param("titleEn", t.titleEn()).param("titleEs", t.titleEs()).param("titleFr", t.titleFr())
            .param("titlePt", t.titlePt()).param("textEn", t.textEn()).param("textEs", t.textEs())
            .param("textFr", t.textFr()).param("textPt", t.textPt())
            .param("project", form.projectId()).param("audience", form.audienceOrDefault().name())
            .param("author", SignedInUser.actorName()).param("at", now()).param("sample", sample)
            .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        insertLinks(id, form);
        Lesson created = get(id);
        audit.created("Lesson", id, created);
        return created;
    }

    @Transactional
    Lesson update(long id, LessonForm form) {
        Lesson before = get(id);
        check(form);
        if (form.version() == null) {
            throw new InvalidInput("version", "error.version.required");
        }
        Lesson.Texts t = form.texts();
        int updated = jdbc.sql("""
                UPDATE lesson SET kind = :kind, title_en = :titleEn, title_es = :titleEs, title_fr = :titleFr,
                    title_pt = :titlePt, text_en = :textEn, text_es = :textEs, text_fr = :textFr, text_pt = :textPt,
                    project_id = :project, audience = :audience, is_sample = FALSE, version = version + 1
                WHERE id = :id AND version = :version
                """)
            .param("kind", form.kindOrDefault().name())
            .param("titleEn", t.titleEn()).param("titleEs", t.titleEs()).param("titleFr", t.titleFr())
            .param("titlePt", t.titlePt()).param("textEn", t.textEn()).param("textEs", t.textEs())
            .param("textFr", t.textFr()).param("textPt", t.textPt())
            .param("project", form.projectId()).param("audience", form.audienceOrDefault().name())
            .param("id", id).param("version", form.version())
            .update();
        if (updated == 0) {
            throw new Conflict(new InvalidInput.FieldError("", "conflict.lesson.changed",
                before.texts().title(LocaleContextHolder.getLocale()), String.valueOf(form.version()),
                String.valueOf(before.version())));
        }
        for (String table : List.of("lesson_country", "lesson_theme", "lesson_sector")) {
            jdbc.sql("DELETE FROM " + table + " WHERE lesson_id = :id").param("id", id).update();
        }
        insertLinks(id, form);
        Lesson after = get(id);
        audit.updated("Lesson", id, before, after);
        return after;
    }

    /** The secretariat publishes a draft, or takes a published lesson back to draft. */
    @Transactional
    Lesson changeStatus(long id, Lesson.Status status, int version) {
        Lesson before = get(id);
        int updated = jdbc.sql("""
                UPDATE lesson SET status = :status, published_by = :by, published_at = :at, version = version + 1
                WHERE id = :id AND version = :version
                """)
            .param("status", status.name())
            .param("by", status == Lesson.Status.PUBLISHED ? SignedInUser.actorName() : null)
            .param("at", status == Lesson.Status.PUBLISHED ? now() : null)
            .param("id", id).param("version", version)
            .update();
        if (updated == 0) {
            throw new Conflict(new InvalidInput.FieldError("", "conflict.lesson.statusChanged",
                before.texts().title(LocaleContextHolder.getLocale()), String.valueOf(version),
                String.valueOf(before.version())));
        }
        Lesson after = get(id);
        audit.updated("Lesson", id, before, after);
        return after;
    }

    /** Removes the demo's lessons that nobody has edited since; returns how many. */
    @Transactional
    int deleteSamples() {
        List<Lesson> samples = findAll().stream().filter(Lesson::sample).toList();
        for (Lesson lesson : samples) {
            jdbc.sql("DELETE FROM lesson WHERE id = :id").param("id", lesson.id()).update();
            audit.deleted("Lesson", lesson.id(), lesson);
        }
        return samples.size();
    }

    private void check(LessonForm form) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        Lesson.Texts t = form.texts();
        if (t.languages().isEmpty()) {
            errors.add(new InvalidInput.FieldError("titleEn", "lesson.error.title"));
        }
        for (String language : Lesson.LANGUAGES) {
            if (t.text(language) != null && t.title(language) == null) {
                errors.add(new InvalidInput.FieldError("title" + capital(language), "lesson.error.titleForText"));
            }
        }
        // The form's constraint refuses no countries; a list of blanks gets here, and so does the demo.
        if (form.countryCodes().isEmpty()) {
            errors.add(new InvalidInput.FieldError("countries", "lesson.error.noCountry"));
        }
        List<String> unknown = form.countryCodes().stream().filter(c -> !countryList.exists(c)).toList();
        if (!unknown.isEmpty()) {
            errors.add(new InvalidInput.FieldError("countries", "error.meeting.countries", String.join(", ", unknown)));
        }
        List<String> themes = form.themeCodes().stream().filter(c -> themeList.findByCode(c).isEmpty()).toList();
        if (!themes.isEmpty()) {
            errors.add(new InvalidInput.FieldError("themes", "lesson.error.themes", String.join(", ", themes)));
        }
        List<String> sectors = form.sectorCodes().stream().filter(c -> !codelists.isActive("Sector", c)).toList();
        if (!sectors.isEmpty()) {
            errors.add(new InvalidInput.FieldError("sectors", "lesson.error.sectors", String.join(", ", sectors)));
        }
        if (form.projectId() != null && projects.findById(form.projectId()).isEmpty()) {
            errors.add(new InvalidInput.FieldError("projectId", "error.project.unknown", String.valueOf(form.projectId())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private void insertLinks(long id, LessonForm form) {
        form.countryCodes().forEach(c -> jdbc.sql("INSERT INTO lesson_country (lesson_id, country_code) VALUES (:id, :c)")
            .param("id", id).param("c", c).update());
        form.themeCodes().forEach(c -> jdbc.sql("INSERT INTO lesson_theme (lesson_id, thematic_area_code) VALUES (:id, :c)")
            .param("id", id).param("c", c).update());
        form.sectorCodes().forEach(c -> jdbc.sql("INSERT INTO lesson_sector (lesson_id, sector_code) VALUES (:id, :c)")
            .param("id", id).param("c", c).update());
    }

    private Map<Long, List<String>> links(String sql) {
        Map<Long, List<String>> links = new HashMap<>();
        jdbc.sql(sql + " ORDER BY 2").query((rs, n) -> links.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
            .add(rs.getString(2).strip())).list();
        return links;
    }

    private static Lesson toLesson(ResultSet rs, Map<Long, List<String>> countries, Map<Long, List<String>> themes,
            Map<Long, List<String>> sectors) throws SQLException {
        long id = rs.getLong("id");
        return new Lesson(id, Lesson.Kind.valueOf(rs.getString("kind")),
            new Lesson.Texts(rs.getString("title_en"), rs.getString("title_es"), rs.getString("title_fr"),
                rs.getString("title_pt"), rs.getString("text_en"), rs.getString("text_es"), rs.getString("text_fr"),
                rs.getString("text_pt")),
            rs.getObject("project_id", Long.class), countries.getOrDefault(id, List.of()),
            themes.getOrDefault(id, List.of()), sectors.getOrDefault(id, List.of()),
            Lesson.Status.valueOf(rs.getString("status")), Lesson.Audience.valueOf(rs.getString("audience")),
            rs.getString("author"), rs.getObject("written_at", OffsetDateTime.class), rs.getString("published_by"),
            rs.getObject("published_at", OffsetDateTime.class), rs.getBoolean("is_sample"), rs.getInt("version"));
    }

    private static String capital(String language) {
        return Character.toUpperCase(language.charAt(0)) + language.substring(1);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
