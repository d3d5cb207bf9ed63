package org.regionaltc.dialogue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.regionaltc.demo.DemoSettings;
import org.regionaltc.system.DemoParts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Sample meetings and consultations with decisions and action items, some of them overdue (due dates are set relative
 * to the day of loading so that the home page has something to show), each in its sample review cycle, so that
 * the workshop of the cycle under consolidation is for signed-in users only. Loaded when tc.demo.enabled is true
 * and no sample meeting exists; removed when it is false.
 */
@Component
@Order(25)
class DialogueDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DialogueDemo.class);
    /** The sample cycles of PriorityDemo (order 20), which the sample meetings belong to. */
    private static final String CLOSED_CYCLE = "Sample: Review cycle 2022–2023";
    private static final String CURRENT_CYCLE = "Sample: Review cycle 2024–2025";

    private record Action(String description, String owner, int dueInDays, ActionItem.Status status) {
    }

    private record SampleMeeting(String title, String cycle, Meeting.MeetingKind kind, LocalDate heldOn, String place,
            boolean online, List<String> countries, String organisations, String agenda, String minutes,
            List<String> decisions, List<Action> actions) {
    }

    private final JdbcClient jdbc;
    private final DemoParts parts;
    private final boolean enabled;

    DialogueDemo(JdbcClient jdbc, DemoParts parts, DemoSettings settings) {
        this.jdbc = jdbc;
        this.parts = parts;
        this.enabled = settings.enabled();
    }

    @Override
    public void run(ApplicationArguments args) {
        parts.inTransaction("sample meetings", enabled ? this::load : this::remove);
    }

    void load() {
        int loaded = 0;
        for (SampleMeeting m : meetings()) {
            if (loadedAlready(m)) {
                continue;
            }
            loaded++;
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO meeting (title, kind, held_on, place, online, organisations, agenda, minutes, documents,
                                         cycle_id, is_sample)
                    VALUES (:title, :kind, :heldOn, :place, :online, :organisations, :agenda, :minutes, :documents,
                            (SELECT MIN(c.id) FROM review_cycle c WHERE c.is_sample AND c.title = :cycle), TRUE)
                    """)
                .param("title", m.title()).param("kind", m.kind().name()).param("heldOn", m.heldOn())
                .param("place", m.place()).param("online", m.online()).param("organisations", m.organisations())
                .param("agenda", m.agenda()).param("minutes", m.minutes()).param("cycle", m.cycle())
                .param("documents", "https://example.org/sample/minutes-" + m.heldOn() + ".pdf")
                .update(key, "id");
            long id = key.getKeyAs(Number.class).longValue();
            m.countries().forEach(c -> jdbc.sql("INSERT INTO meeting_country (meeting_id, country_code) VALUES (:id, :c)")
                .param("id", id).param("c", c).update());
            m.decisions().forEach(d -> jdbc.sql("INSERT INTO meeting_decision (meeting_id, text, is_sample) VALUES (:id, :t, TRUE)")
                .param("id", id).param("t", d).update());
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            m.actions().forEach(a -> jdbc.sql("""
                    INSERT INTO action_item (meeting_id, description, owner, due_date, status, is_sample)
                    VALUES (:id, :description, :owner, :due, :status, TRUE)
                    """)
                .param("id", id).param("description", a.description()).param("owner", a.owner())
                .param("due", today.plusDays(a.dueInDays())).param("status", a.status().name()).update());
        }
        if (loaded > 0) {
            log.info("Loaded the sample dialogue record (tc.demo.enabled=false removes it)");
        }
    }

    /** An edited meeting is no longer a sample, but its decisions (which cannot be edited) still are. */
    private boolean loadedAlready(SampleMeeting m) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM meeting x
                WHERE (x.is_sample AND x.title = :title)
                   OR EXISTS (SELECT 1 FROM meeting_decision d WHERE d.meeting_id = x.id AND d.is_sample AND d.text = :decision)
                """).param("title", m.title()).param("decision", m.decisions().getFirst())
            .query(Integer.class).single() > 0;
    }

    /** Removes the sample meetings, but not those the secretariat has given an action item or a decision of its own. */
    void remove() {
        if (jdbc.sql("""
                DELETE FROM meeting WHERE is_sample
                AND NOT EXISTS (SELECT 1 FROM action_item a WHERE a.meeting_id = meeting.id AND NOT a.is_sample)
                AND NOT EXISTS (SELECT 1 FROM meeting_decision d WHERE d.meeting_id = meeting.id AND NOT d.is_sample)
                """).update() > 0) {
            log.info("Removed the sample dialogue record (tc.demo.enabled=false)");
        }
    }

    private static List<SampleMeeting> meetings() {
        return List.of(
            new SampleMeeting("Sample: GRULAC–UNIDO consultation on regional priorities", CLOSED_CYCLE,
                Meeting.MeetingKind.MEETING,
                LocalDate.of(2022, 6, 15), "Vienna International Centre", false,
                List.of("AR", "BO", "BR", "CL", "CO", "CR", "EC", "GT", "JM", "MX", "PE", "TT", "UY"),
                "UNIDO; GRULAC", "1. Consolidated priorities 2022–2023\n2. Endorsement\n3. Resource mobilization",
                "Sample minutes: GRULAC reviewed the consolidated priorities and endorsed them.",
                List.of("Endorse the priorities of the 2022–2023 review cycle.",
                    "Open the 2024–2025 review cycle in January 2024."),
                List.of(new Action("Publish the endorsed priorities on the programme site", "UNIDO secretariat", -500,
                    ActionItem.Status.DONE))),
            new SampleMeeting("Sample: Online consultation with Caribbean focal points", CURRENT_CYCLE,
                Meeting.MeetingKind.CONSULTATION,
                LocalDate.of(2024, 3, 12), "", true, List.of("BB", "DO", "JM", "TT"), "UNIDO; CARICOM Secretariat",
                "Renewable energy for small manufacturers", "Sample minutes: focal points asked for a sub-regional "
                    + "renewable energy priority.",
                List.of("Propose a CARICOM sub-regional priority on renewable energy."),
                List.of(new Action("Send the draft sub-regional priority to the focal points", "UNIDO secretariat", -45,
                        ActionItem.Status.OPEN),
                    new Action("Collect national energy audits of agro-processors", "Focal point of Jamaica", -10,
                        ActionItem.Status.OPEN))),
            new SampleMeeting("Sample: Consolidation workshop 2024–2025", CURRENT_CYCLE, Meeting.MeetingKind.MEETING,
                LocalDate.of(2024, 6, 20), "Montevideo", true,
                List.of("AR", "BO", "BR", "CL", "CO", "EC", "MX", "PE", "UY"), "UNIDO; GRULAC; MERCOSUR; Andean Community",
                "1. Changes since the last cycle\n2. Sub-regional priorities\n3. Weights",
                "Sample minutes: the secretariat presented the comparison with 2022–2023 and the draft weights.",
                List.of("Merge the Andean agro-industry priorities into one sub-regional priority.",
                    "Present the weights for endorsement at the next GRULAC meeting."),
                List.of(new Action("Circulate the explained weights to GRULAC", "UNIDO secretariat", -20,
                        ActionItem.Status.OPEN),
                    new Action("Prepare the endorsement meeting", "GRULAC chair", 30, ActionItem.Status.OPEN))));
    }
}
