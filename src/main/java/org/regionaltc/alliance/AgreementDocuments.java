package org.regionaltc.alliance;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.regionaltc.audit.AuditTrail;
import org.regionaltc.system.UploadedDocument;
import org.regionaltc.system.NotFound;
import org.regionaltc.system.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The signed copies of an agreement, kept in the database so that every node serves them; PDF, office or image files. */
@Repository
class AgreementDocuments {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    static final Map<String, String> TYPES = Map.of(
        "pdf", "application/pdf",
        "png", "image/png",
        "jpg", "image/jpeg",
        "jpeg", "image/jpeg",
        "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "odt", "application/vnd.oasis.opendocument.text");

    record Document(long id, long agreementId, String fileName, String contentType, int size, String uploadedBy,
            OffsetDateTime uploadedAt) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    AgreementDocuments(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    List<Document> findByAgreement(long agreementId) {
        return jdbc.sql("""
                SELECT id, agreement_id, file_name, content_type, size_bytes, uploaded_by, uploaded_at
                FROM agreement_document WHERE agreement_id = :agreement ORDER BY id
                """)
            .param("agreement", agreementId)
            .query((rs, n) -> new Document(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getString(6), rs.getObject(7, OffsetDateTime.class)))
            .list();
    }

    Document document(long agreementId, long documentId) {
        return findByAgreement(agreementId).stream().filter(d -> d.id() == documentId).findFirst()
            .orElseThrow(() -> new NotFound("Document", documentId));
    }

    byte[] content(long documentId) {
        return jdbc.sql("SELECT content FROM agreement_document WHERE id = :id").param("id", documentId)
            .query((rs, n) -> rs.getBytes(1)).single();
    }

    @Transactional
    Document attach(long agreementId, String fileName, byte[] bytes) {
        UploadedDocument checked = UploadedDocument.check(fileName, bytes, TYPES, MAX_BYTES);
        String name = checked.name();
        String type = checked.contentType();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO agreement_document (agreement_id, file_name, content_type, size_bytes, content, uploaded_by,
                                                uploaded_at)
                VALUES (:agreement, :name, :type, :size, :content, :by, :at)
                """)
            .param("agreement", agreementId).param("name", name).param("type", type).param("size", bytes.length)
            .param("content", bytes).param("by", SignedInUser.actorName()).param("at", now)
            .update(key, "id");
        Document document = new Document(key.getKeyAs(Number.class).longValue(), agreementId, name, type, bytes.length,
            SignedInUser.actorName(), now);
        audit.created("AgreementDocument", document.id(), document);
        return document;
    }
}
