package org.regionaltc.knowledge;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regionaltc.audit.AuditTrail;
import org.regionaltc.system.UploadedDocument;
import org.regionaltc.system.NotFound;
import org.regionaltc.system.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents attached to a lesson, kept in the database so that every node serves them. Only office documents,
 * PDF, plain text and images, at most {@link #MAX_BYTES} each: a document is evidence to read, not a file share.
 */
@Repository
class LessonDocuments {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    /** File extension → the content type it is stored and served with; the browser's claim is not trusted. */
    static final Map<String, String> TYPES = Map.of(
        "pdf", "application/pdf",
        "txt", "text/plain",
        "png", "image/png",
        "jpg", "image/jpeg",
        "jpeg", "image/jpeg",
        "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "odt", "application/vnd.oasis.opendocument.text");

    record Document(long id, long lessonId, String fileName, String contentType, int size, String uploadedBy,
            OffsetDateTime uploadedAt) {
    }

    record Content(Document document, byte[] bytes) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    LessonDocuments(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    List<Document> findByLesson(long lessonId) {
        return jdbc.sql("""
                SELECT id, lesson_id, file_name, content_type, size_bytes, uploaded_by, uploaded_at
                FROM lesson_document WHERE lesson_id = :lesson ORDER BY id
                """)
            .param("lesson", lessonId)
            .query((rs, n) -> new Document(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getString(6), rs.getObject(7, OffsetDateTime.class)))
            .list();
    }

    Content get(long lessonId, long documentId) {
        Optional<Document> document = findByLesson(lessonId).stream().filter(d -> d.id() == documentId).findFirst();
        if (document.isEmpty()) {
            throw new NotFound("Document", documentId);
        }
        byte[] bytes = jdbc.sql("SELECT content FROM lesson_document WHERE id = :id").param("id", documentId)
            .query((rs, n) -> rs.getBytes(1)).single();
        return new Content(document.get(), bytes);
    }

    @Transactional
    Document attach(long lessonId, String fileName, byte[] bytes) {
        UploadedDocument checked = UploadedDocument.check(fileName, bytes, TYPES, MAX_BYTES);
        String name = checked.name();
        String type = checked.contentType();
        KeyHolder key = new GeneratedKeyHolder();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO lesson_document (lesson_id, file_name, content_type, size_bytes, content, uploaded_by, uploaded_at)
                VALUES (:lesson, :name, :type, :size, :content, :by, :at)
                """)
            .param("lesson", lessonId).param("name", name).param("type", type).param("size", bytes.length)
            .param("content", bytes).param("by", SignedInUser.actorName()).param("at", now)
            .update(key, "id");
        Document document = new Document(key.getKeyAs(Number.class).longValue(), lessonId, name, type, bytes.length,
            SignedInUser.actorName(), now);
        audit.created("LessonDocument", document.id(), document);
        return document;
    }
}
