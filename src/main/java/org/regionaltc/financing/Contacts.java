package org.regionaltc.financing;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.regionaltc.audit.AuditTrail;
import org.regionaltc.system.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.regionaltc.system.Text;

/** The contacts of the financing bodies. */
@Repository
public class Contacts {

    private static final String SELECT = """
            SELECT id, body_code, name, position, email, phone, is_sample FROM financing_body_contact
            """;

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    Contacts(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<Contact> findByBody(String bodyCode) {
        return jdbc.sql(SELECT + " WHERE body_code = :body ORDER BY name").param("body", bodyCode)
            .query(Contacts::toContact).list();
    }

    Contact get(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(Contacts::toContact).optional()
            .orElseThrow(() -> new NotFound("Contact", id));
    }

    @Transactional
    public Contact create(String bodyCode, String name, @Nullable String position, @Nullable String email,
            @Nullable String phone, boolean sample) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO financing_body_contact (body_code, name, position, email, phone, is_sample)
                VALUES (:body, :name, :position, :email, :phone, :sample)
                """)
            .param("body", bodyCode).param("name", name.strip()).param("position", Text.blankToNull(position))
            .param("email", Text.blankToNull(email)).param("phone", Text.blankToNull(phone)).param("sample", sample)
            .update(key, "id");
        Contact contact = get(Objects.requireNonNull(key.getKey()).longValue());
        audit.created("FinancingBodyContact", contact.id(), contact);
        return contact;
    }

    @Transactional
    public void delete(String bodyCode, long id) {
        Contact contact = get(id);
        if (!contact.bodyCode().equals(bodyCode)) {
            throw new NotFound("Contact", id);
        }
        jdbc.sql("DELETE FROM financing_body_contact WHERE id = :id").param("id", id).update();
        audit.deleted("FinancingBodyContact", id, contact);
    }

    private static Contact toContact(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Contact(rs.getLong("id"), rs.getString("body_code"), rs.getString("name"), rs.getString("position"),
            rs.getString("email"), rs.getString("phone"), rs.getBoolean("is_sample"));
    }

}
