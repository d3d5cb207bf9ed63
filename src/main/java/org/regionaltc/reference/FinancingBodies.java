package org.regionaltc.reference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.regionaltc.system.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The financing bodies the programme mobilizes resources from. */
@Repository
public class FinancingBodies {

    private static final String SELECT = """
            SELECT code, name, body_type, iati_org_ref, country_code, website, notes, name_es, name_fr, name_pt
            FROM financing_body
            """;

    private final JdbcClient jdbc;

    FinancingBodies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<FinancingBody> findAll() {
        return jdbc.sql(SELECT + " ORDER BY body_type, name").query(FinancingBodies::toBody).list();
    }

    public Optional<FinancingBody> findByCode(String code) {
        return jdbc.sql(SELECT + " WHERE code = :code").param("code", code).query(FinancingBodies::toBody).optional();
    }

    public FinancingBody get(String code) {
        return findByCode(code).orElseThrow(() -> new NotFound("Financing body", code));
    }

    private static FinancingBody toBody(ResultSet rs, int row) throws SQLException {
        return new FinancingBody(rs.getString("code"), rs.getString("name"),
            FinancingBody.Type.valueOf(rs.getString("body_type")), rs.getString("iati_org_ref"),
            rs.getString("country_code"), rs.getString("website"), rs.getString("notes"), rs.getString("name_es"),
            rs.getString("name_fr"), rs.getString("name_pt"));
    }
}
