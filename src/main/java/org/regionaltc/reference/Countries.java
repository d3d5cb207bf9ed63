package org.regionaltc.reference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.regionaltc.audit.AuditTrail;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The GRULAC member states. */
@Repository
public class Countries {

    private static final String SELECT = """
            SELECT code, iso3, name_en, name_es, name_fr, name_pt, industrial_policy_title, industrial_policy_url,
                   industrial_policy_year, profile_notes, profile_is_sample, version
            FROM country
            """;

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    Countries(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<Country> findAll() {
        return jdbc.sql(SELECT + " ORDER BY name_en").query(Countries::toCountry).list();
    }

    public Optional<Country> findByCode(String code) {
        return jdbc.sql(SELECT + " WHERE code = :code").param("code", code.toUpperCase(java.util.Locale.ROOT))
            .query(Countries::toCountry).optional();
    }

    public Country get(String code) {
        return findByCode(code).orElseThrow(() -> new NotFound("Country", code));
    }

    public boolean exists(String code) {
        return findByCode(code).isPresent();
    }

    @Transactional
    public Country updateProfile(String code, int version, Country.Profile profile) {
        Country before = get(code);
        int updated = jdbc.sql("""
                UPDATE country
                SET industrial_policy_title = :title, industrial_policy_url = :url, industrial_policy_year = :year,
                    profile_notes = :notes, profile_is_sample = FALSE, version = version + 1
                WHERE code = :code AND version = :version
                """)
            .param("title", profile.industrialPolicyTitle())
            .param("url", profile.industrialPolicyUrl())
            .param("year", profile.industrialPolicyYear())
            .param("notes", profile.profileNotes())
            .param("code", before.code())
            .param("version", version)
            .update();
        if (updated == 0) {
            throw new Conflict(new org.regionaltc.system.InvalidInput.FieldError("", "conflict.country.changed",
                before.name().en(), version, before.version()));
        }
        Country after = get(code);
        audit.updated("Country", code, before.profile(), after.profile());
        return after;
    }

    static Country toCountry(ResultSet rs, int row) throws SQLException {
        return new Country(rs.getString("code"), rs.getString("iso3"),
            new LocalizedName(rs.getString("name_en"), rs.getString("name_es"), rs.getString("name_fr"),
                rs.getString("name_pt")),
            rs.getString("industrial_policy_title"), rs.getString("industrial_policy_url"),
            (Integer) rs.getObject("industrial_policy_year"), rs.getString("profile_notes"),
            rs.getBoolean("profile_is_sample"), rs.getInt("version"));
    }
}
