package org.regionaltc.knowledge;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Lessons for tests of other features (the authorization matrix), written straight to the database. */
public final class LessonFixtures {

    private LessonFixtures() {
    }

    public static long aDraftOf(JdbcClient jdbc, String country) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO lesson (kind, title_en, text_en, status, audience, author, written_at)
                VALUES ('LESSON', 'A draft lesson', 'Text', 'DRAFT', 'PUBLIC', 'fixture', :at)
                """).param("at", OffsetDateTime.now(ZoneOffset.UTC)).update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        jdbc.sql("INSERT INTO lesson_country (lesson_id, country_code) VALUES (:id, :c)").param("id", id)
            .param("c", country).update();
        return id;
    }

    public static long aDocument(JdbcClient jdbc, long lessonId) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO lesson_document (lesson_id, file_name, content_type, size_bytes, content, uploaded_by, uploaded_at)
                VALUES (:lesson, 'a.txt', 'text/plain', 1, :content, 'fixture', :at)
                """).param("lesson", lessonId).param("content", new byte[] {'a'})
            .param("at", OffsetDateTime.now(ZoneOffset.UTC)).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }
}
