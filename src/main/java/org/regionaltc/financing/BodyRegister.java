package org.regionaltc.financing;

import java.util.Locale;
import java.util.Optional;
import org.regionaltc.audit.AuditTrail;
import org.regionaltc.reference.Codelists;
import org.regionaltc.reference.FinancingBody;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.regionaltc.system.Text;

/** Adds financing bodies and keeps their type, IATI identifier and notes up to date. */
@Repository
class BodyRegister {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Codelists codelists;

    BodyRegister(JdbcClient jdbc, AuditTrail audit, Codelists codelists) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.codelists = codelists;
    }

    Optional<BodyDetails> find(String code) {
        return jdbc.sql("""
                SELECT code, name, name_es, name_fr, name_pt, body_type, iati_org_ref, country_code, website, notes, version
                FROM financing_body WHERE code = :code
                """).param("code", code)
            .query((rs, n) -> new BodyDetails(rs.getString("code"), rs.getString("name"),
                rs.getString("name_es"), rs.getString("name_fr"), rs.getString("name_pt"),
                FinancingBody.Type.valueOf(rs.getString("body_type")), rs.getString("iati_org_ref"),
                rs.getString("country_code"), rs.getString("website"), rs.getString("notes"), rs.getInt("version")))
            .optional();
    }

    BodyDetails get(String code) {
        return find(code).orElseThrow(() -> new NotFound("Financing body", code));
    }

    @Transactional
    BodyDetails create(BodyDetails details) {
        checkCountry(details);
        String code = details.code().toUpperCase(Locale.ROOT);
        if (find(code).isPresent()) {
            throw new Conflict(new org.regionaltc.system.InvalidInput.FieldError("code", "conflict.body.exists", code));
        }
        jdbc.sql("""
                INSERT INTO financing_body (code, name, name_es, name_fr, name_pt, body_type, iati_org_ref, country_code,
                    website, notes)
                VALUES (:code, :name, :nameEs, :nameFr, :namePt, :type, :iati, :country, :website, :notes)
                """)
            .param("code", code).param("name", details.name().strip()).param("nameEs", Text.blankToNull(details.nameEs()))
            .param("nameFr", Text.blankToNull(details.nameFr())).param("namePt", Text.blankToNull(details.namePt()))
            .param("type", details.type().name())
            .param("iati", Text.blankToNull(details.iatiOrgRef())).param("country", Text.blankToNull(details.countryCode()))
            .param("website", Text.blankToNull(details.website())).param("notes", Text.blankToNull(details.notes()))
            .update();
        BodyDetails created = get(code);
        audit.created("FinancingBody", code, created);
        return created;
    }

    @Transactional
    BodyDetails update(String code, BodyDetails details) {
        BodyDetails before = get(code);
        checkCountry(details);
        if (details.version() == null) {
            throw new InvalidInput("version", "error.version.required");
        }
        int updated = jdbc.sql("""
                UPDATE financing_body SET name = :name, name_es = :nameEs, name_fr = :nameFr, name_pt = :namePt,
                    body_type = :type, iati_org_ref = :iati, country_code = :country,
                    website = :website, notes = :notes, version = version + 1
                WHERE code = :code AND version = :version
                """)
            .param("name", details.name().strip()).param("nameEs", Text.blankToNull(details.nameEs()))
            .param("nameFr", Text.blankToNull(details.nameFr())).param("namePt", Text.blankToNull(details.namePt()))
            .param("type", details.type().name())
            .param("iati", Text.blankToNull(details.iatiOrgRef())).param("country", Text.blankToNull(details.countryCode()))
            .param("website", Text.blankToNull(details.website())).param("notes", Text.blankToNull(details.notes()))
            .param("code", before.code()).param("version", details.version())
            .update();
        if (updated == 0) {
            throw new Conflict(new org.regionaltc.system.InvalidInput.FieldError("", "conflict.body.changed", before.name(),
                details.version(), before.version()));
        }
        BodyDetails after = get(code);
        audit.updated("FinancingBody", code, before, after);
        return after;
    }

    private void checkCountry(BodyDetails details) {
        String country = Text.blankToNull(details.countryCode());
        if (country != null && !codelists.isActive("Country", country)) {
            throw new InvalidInput("countryCode", "error.country.unknownAny", country);
        }
    }

}
