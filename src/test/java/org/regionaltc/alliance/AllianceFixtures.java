package org.regionaltc.alliance;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Agreements for tests of other features (the authorization matrix), written straight to the database. */
public final class AllianceFixtures {

    private AllianceFixtures() {
    }

    /** An agreement in the given status; returns its id. */
    public static long anAgreement(JdbcClient jdbc, String status) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO agreement (title, kind, status) VALUES ('Fixture agreement', 'LETTER_OF_INTENT', :s)")
            .param("s", status).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    public static long aPartner(JdbcClient jdbc) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO partner (name, kind) VALUES ('Fixture partner', 'UNIVERSITY')").update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** A cooperation link of the project with an African institution; returns its id. */
    public static long aLink(JdbcClient jdbc, long projectId) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO cooperation_link (project_id, region, counterpart, exchange_type)
                VALUES (:p, 'AFRICA', 'Fixture institute', 'STUDY_TOUR')
                """).param("p", projectId).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    public static long aDocument(JdbcClient jdbc, long agreementId) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO agreement_document (agreement_id, file_name, content_type, size_bytes, content, uploaded_by,
                                                uploaded_at)
                VALUES (:a, 'signed.pdf', 'application/pdf', 4, :content, 'fixture', :at)
                """).param("a", agreementId).param("content", "%PDF".getBytes())
            .param("at", OffsetDateTime.now(ZoneOffset.UTC)).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }
}
