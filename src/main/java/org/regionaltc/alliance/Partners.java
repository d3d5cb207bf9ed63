package org.regionaltc.alliance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.regionaltc.audit.AuditTrail;
import org.regionaltc.reference.Countries;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.NotFound;
import org.regionaltc.system.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Partner organisations and the agreements signed with them; every change is audited. */
@Repository
public class Partners {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Countries countries;

    Partners(JdbcClient jdbc, AuditTrail audit, Countries countries) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.countries = countries;
    }

    public List<Partner> findAll() {
        return jdbc.sql("""
                SELECT id, name, acronym, kind, country_code, website, description, is_sample, version
                FROM partner ORDER BY COALESCE(acronym, name)
                """).query(Partners::toPartner).list();
    }

    public Partner get(long id) {
        return jdbc.sql("""
                SELECT id, name, acronym, kind, country_code, website, description, is_sample, version
                FROM partner WHERE id = :id
                """).param("id", id).query(Partners::toPartner).optional().orElseThrow(() -> new NotFound("Partner", id));
    }

    public List<Agreement> agreements() {
        Map<Long, List<Long>> parties = new HashMap<>();
        jdbc.sql("SELECT agreement_id, partner_id FROM agreement_party ORDER BY partner_id")
            .query((rs, n) -> parties.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2))).list();
        return jdbc.sql("""
                SELECT id, title, kind, status, signed_on, ends_on, renewal_on, notes, is_sample, version
                FROM agreement ORDER BY COALESCE(renewal_on, ends_on), id
                """)
            .query((rs, n) -> toAgreement(rs, parties.getOrDefault(rs.getLong("id"), List.of()))).list();
    }

    public Agreement agreement(long id) {
        return agreements().stream().filter(a -> a.id() == id).findFirst()
            .orElseThrow(() -> new NotFound("Agreement", id));
    }

    /** ACTIVE agreements due for renewal (or ending) from today to {@link Agreement#REMINDER_DAYS} days on. */
    public List<Agreement> dueWithin(LocalDate today) {
        return agreements().stream().filter(a -> a.dueWithin(today, Agreement.REMINDER_DAYS)).toList();
    }

    @Transactional
    Partner create(AllianceForms.PartnerForm form, boolean sample) {
        String country = Text.codeOrNull(form.countryCode());
        if (country != null && !countries.exists(country)) {
            throw new InvalidInput("countryCode", "error.country.notGrulac", country);
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO partner (name, acronym, kind, country_code, website, description, is_sample)
                VALUES (:name, :acronym, :kind, :country, :website, :description, :sample)
                """)
            .param("name", String.valueOf(form.name()).strip()).param("acronym", Text.blankToNull(form.acronym()))
            .param("kind", Objects.requireNonNull(form.kind()).name()).param("country", country)
            .param("website", Text.blankToNull(form.website())).param("description", Text.blankToNull(form.description()))
            .param("sample", sample)
            .update(key, "id");
        Partner created = get(key.getKeyAs(Number.class).longValue());
        audit.created("Partner", created.id(), created);
        return created;
    }

    @Transactional
    Agreement createAgreement(AllianceForms.AgreementForm form, boolean sample) {
        List<Long> parties = form.partnerIds() == null ? List.of()
            : form.partnerIds().stream().filter(Objects::nonNull).distinct().toList();
        if (parties.isEmpty()) {
            throw new InvalidInput("partnerIds", "alliance.agreement.error.noPartner");
        }
        List<Long> known = findAll().stream().map(Partner::id).toList();
        List<Long> unknown = parties.stream().filter(p -> !known.contains(p)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInput("partnerIds", "alliance.agreement.error.unknownPartner", unknown.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")));
        }
        if (form.signedOn() != null && form.endsOn() != null && form.endsOn().isBefore(form.signedOn())) {
            throw new InvalidInput("endsOn", "alliance.agreement.error.endsOn");
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO agreement (title, kind, status, signed_on, ends_on, renewal_on, notes, is_sample)
                VALUES (:title, :kind, :status, :signed, :ends, :renewal, :notes, :sample)
                """)
            .param("title", String.valueOf(form.title()).strip()).param("kind", Objects.requireNonNull(form.kind()).name())
            .param("status", Objects.requireNonNull(form.status()).name()).param("signed", form.signedOn())
            .param("ends", form.endsOn()).param("renewal", form.renewalOn()).param("notes", Text.blankToNull(form.notes()))
            .param("sample", sample)
            .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        parties.forEach(p -> jdbc.sql("INSERT INTO agreement_party (agreement_id, partner_id) VALUES (:a, :p)")
            .param("a", id).param("p", p).update());
        Agreement created = agreement(id);
        audit.created("Agreement", id, created);
        return created;
    }

    @Transactional
    Partner update(long id, AllianceForms.PartnerForm form) {
        Partner before = get(id);
        String country = Text.codeOrNull(form.countryCode());
        if (country != null && !countries.exists(country)) {
            throw new InvalidInput("countryCode", "alliance.edit.country.unknown", country);
        }
        int updated = jdbc.sql("""
                UPDATE partner SET name = :name, acronym = :acronym, kind = :kind, country_code = :country,
                    website = :website, description = :description, is_sample = FALSE, version = version + 1
                WHERE id = :id AND version = :version
                """)
            .param("name", String.valueOf(form.name()).strip()).param("acronym", Text.blankToNull(form.acronym()))
            .param("kind", Objects.requireNonNull(form.kind()).name()).param("country", country)
            .param("website", Text.blankToNull(form.website())).param("description", Text.blankToNull(form.description()))
            .param("id", id).param("version", versionOf(form.version())).update();
        if (updated == 0) {
            throw changed("alliance.edit.partner.changed", before.label(), form.version(), before.version());
        }
        Partner after = get(id);
        audit.updated("Partner", id, before, after);
        return after;
    }

    /** Changes an agreement: its status, dates (the renewal date above all), parties and notes. */
    @Transactional
    Agreement updateAgreement(long id, AllianceForms.AgreementForm form) {
        Agreement before = agreement(id);
        List<Long> parties = checkedParties(form);
        int updated = jdbc.sql("""
                UPDATE agreement SET title = :title, kind = :kind, status = :status, signed_on = :signed, ends_on = :ends,
                    renewal_on = :renewal, notes = :notes, is_sample = FALSE, version = version + 1
                WHERE id = :id AND version = :version
                """)
            .param("title", String.valueOf(form.title()).strip()).param("kind", Objects.requireNonNull(form.kind()).name())
            .param("status", Objects.requireNonNull(form.status()).name()).param("signed", form.signedOn())
            .param("ends", form.endsOn()).param("renewal", form.renewalOn()).param("notes", Text.blankToNull(form.notes()))
            .param("id", id).param("version", versionOf(form.version())).update();
        if (updated == 0) {
            throw changed("alliance.edit.agreement.changed", before.title(), form.version(), before.version());
        }
        jdbc.sql("DELETE FROM agreement_party WHERE agreement_id = :a").param("a", id).update();
        parties.forEach(p -> jdbc.sql("INSERT INTO agreement_party (agreement_id, partner_id) VALUES (:a, :p)")
            .param("a", id).param("p", p).update());
        Agreement after = agreement(id);
        audit.updated("Agreement", id, before, after);
        return after;
    }

    /** The parties of an edited agreement, each a known partner, and dates in order; every fault named at once. */
    private List<Long> checkedParties(AllianceForms.AgreementForm form) {
        List<Long> parties = form.partnerIds() == null ? List.of()
            : form.partnerIds().stream().filter(Objects::nonNull).distinct().toList();
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        if (parties.isEmpty()) {
            errors.add(new InvalidInput.FieldError("partnerIds", "alliance.edit.parties.none"));
        }
        List<Long> known = findAll().stream().map(Partner::id).toList();
        List<Long> unknown = parties.stream().filter(p -> !known.contains(p)).toList();
        if (!unknown.isEmpty()) {
            errors.add(new InvalidInput.FieldError("partnerIds", "alliance.edit.parties.unknown", unknown.toString()));
        }
        if (form.signedOn() != null && form.endsOn() != null && form.endsOn().isBefore(form.signedOn())) {
            errors.add(new InvalidInput.FieldError("endsOn", "alliance.edit.endsBeforeSignature"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return parties;
    }

    static int versionOf(@Nullable Integer version) {
        if (version == null) {
            throw new InvalidInput("version", "error.version.required");
        }
        return version;
    }

    static Conflict changed(String code, String name, @Nullable Integer sent, int now) {
        return new Conflict(new InvalidInput.FieldError("", code, name, String.valueOf(sent), String.valueOf(now)));
    }

    private static Partner toPartner(ResultSet rs, int n) throws SQLException {
        String country = rs.getString("country_code");
        return new Partner(rs.getLong("id"), rs.getString("name"), rs.getString("acronym"),
            Partner.Kind.valueOf(rs.getString("kind")), country == null ? null : country.strip(), rs.getString("website"),
            rs.getString("description"), rs.getBoolean("is_sample"), rs.getInt("version"));
    }

    private static Agreement toAgreement(ResultSet rs, List<Long> parties) throws SQLException {
        return new Agreement(rs.getLong("id"), rs.getString("title"), Agreement.Kind.valueOf(rs.getString("kind")),
            Agreement.Status.valueOf(rs.getString("status")), rs.getObject("signed_on", LocalDate.class),
            rs.getObject("ends_on", LocalDate.class), rs.getObject("renewal_on", LocalDate.class), rs.getString("notes"),
            parties, rs.getBoolean("is_sample"), rs.getInt("version"));
    }

}
