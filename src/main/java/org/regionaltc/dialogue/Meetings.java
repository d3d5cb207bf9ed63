package org.regionaltc.dialogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionaltc.audit.AuditTrail;
import org.regionaltc.priority.ReviewCycles;
import org.regionaltc.reference.Countries;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Meetings and consultations, newest first, with their participating countries and decisions (read by the search index). */
@Repository
public class Meetings {

    private static final String SELECT = """
            SELECT id, title, kind, held_on, place, online, organisations, agenda, minutes, documents, cycle_id, is_public,
                   is_sample, version
            FROM meeting
            """;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Countries countryList;
    private final ReviewCycles cycles;

    Meetings(JdbcClient jdbc, AuditTrail audit, Countries countryList, ReviewCycles cycles) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.countryList = countryList;
        this.cycles = cycles;
    }

    public List<Meeting> findAll() {
        Map<Long, List<String>> countries = new HashMap<>();
        jdbc.sql("SELECT meeting_id, country_code FROM meeting_country ORDER BY country_code")
            .query((rs, n) -> countries.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2).strip()))
            .list();
        return jdbc.sql(SELECT + " ORDER BY held_on DESC, id DESC")
            .query((rs, n) -> toMeeting(rs, countries.getOrDefault(rs.getLong("id"), List.of()))).list();
    }

    public Optional<Meeting> findById(long id) {
        List<String> countries = jdbc.sql("SELECT country_code FROM meeting_country WHERE meeting_id = :id ORDER BY country_code")
            .param("id", id).query(String.class).list().stream().map(String::strip).toList();
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query((rs, n) -> toMeeting(rs, countries)).optional();
    }

    Meeting get(long id) {
        return findById(id).orElseThrow(() -> new NotFound("Meeting", id));
    }

    @Transactional
    Meeting create(Meeting m) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO meeting (title, kind, held_on, place, online, organisations, agenda, minutes, documents,
                                     cycle_id, is_public, is_sample)
                VALUES (:title, :kind, :heldOn, :place, :online, :organisations, :agenda, :minutes, :documents,
                        :cycle, :public, :sample)
                """)
            .param("title", m.title()).param("kind", m.kind().name()).param("heldOn", m.heldOn())
            .param("place", m.place()).param("online", m.online()).param("organisations", m.organisations())
            .param("agenda", m.agenda()).param("minutes", m.minutes()).param("documents", m.documents())
            .param("cycle", existingCycle(m.cycleId())).param("public", m.openToPublic())
            .param("sample", m.sample())
            .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        insertCountries(id, m.countries());
        Meeting created = get(id);
        audit.created("Meeting", id, created);
        return created;
    }

    @Transactional
    Meeting update(Meeting m) {
        Meeting before = get(m.id());
        int updated = jdbc.sql("""
                UPDATE meeting SET title = :title, kind = :kind, held_on = :heldOn, place = :place, online = :online,
                    organisations = :organisations, agenda = :agenda, minutes = :minutes, documents = :documents,
                    cycle_id = :cycle, is_public = :public, is_sample = FALSE, version = version + 1
                WHERE id = :id AND version = :version
                """)
            .param("title", m.title()).param("kind", m.kind().name()).param("heldOn", m.heldOn())
            .param("place", m.place()).param("online", m.online()).param("organisations", m.organisations())
            .param("agenda", m.agenda()).param("minutes", m.minutes()).param("documents", m.documents())
            .param("cycle", existingCycle(m.cycleId())).param("public", m.openToPublic())
            .param("id", m.id()).param("version", m.version())
            .update();
        if (updated == 0) {
            throw new Conflict(new org.regionaltc.system.InvalidInput.FieldError("", "conflict.meeting.changed", before.title(), m.version(),
                before.version()));
        }
        jdbc.sql("DELETE FROM meeting_country WHERE meeting_id = :id").param("id", m.id()).update();
        insertCountries(m.id(), m.countries());
        Meeting after = get(m.id());
        audit.updated("Meeting", m.id(), before, after);
        return after;
    }

    public List<Decision> decisions(long meetingId) {
        return jdbc.sql("SELECT id, meeting_id, text, is_sample FROM meeting_decision WHERE meeting_id = :id ORDER BY id")
            .param("id", meetingId)
            .query((rs, n) -> new Decision(rs.getLong("id"), rs.getLong("meeting_id"), rs.getString("text"),
                rs.getBoolean("is_sample")))
            .list();
    }

    @Transactional
    Decision addDecision(long meetingId, String text) {
        get(meetingId);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO meeting_decision (meeting_id, text) VALUES (:meeting, :text)")
            .param("meeting", meetingId).param("text", text.strip()).update(key, "id");
        Decision decision = new Decision(key.getKeyAs(Number.class).longValue(), meetingId, text.strip(), false);
        audit.created("Decision", decision.id(), decision);
        return decision;
    }

    private @Nullable Long existingCycle(@Nullable Long cycleId) {
        if (cycleId != null && cycles.findById(cycleId).isEmpty()) {
            throw new InvalidInput("cycleId", "error.cycle.unknown", cycleId);
        }
        return cycleId;
    }

    private void insertCountries(long id, List<String> countries) {
        List<String> unknown = countries.stream().filter(c -> !countryList.exists(c)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInput("countries", "error.meeting.countries", String.join(", ", unknown));
        }
        for (String country : countries) {
            jdbc.sql("INSERT INTO meeting_country (meeting_id, country_code) VALUES (:id, :country)")
                .param("id", id).param("country", country).update();
        }
    }

    private static Meeting toMeeting(ResultSet rs, List<String> countries) throws SQLException {
        return new Meeting(rs.getLong("id"), rs.getString("title"), Meeting.MeetingKind.valueOf(rs.getString("kind")),
            rs.getObject("held_on", LocalDate.class), rs.getString("place"), rs.getBoolean("online"), List.copyOf(countries),
            rs.getString("organisations"), rs.getString("agenda"), rs.getString("minutes"), rs.getString("documents"),
            rs.getObject("cycle_id", Long.class), rs.getBoolean("is_public"), rs.getBoolean("is_sample"),
            rs.getInt("version"));
    }
}
