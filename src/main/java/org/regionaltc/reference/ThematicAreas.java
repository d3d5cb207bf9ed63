package org.regionaltc.reference;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** UNIDO's framework periods and their thematic areas. */
@Repository
public class ThematicAreas {

    public record Period(String code, String title, int startYear, int endYear) {
    }

    private final JdbcClient jdbc;

    ThematicAreas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Period> periods() {
        return jdbc.sql("SELECT code, title, start_year, end_year FROM framework_period ORDER BY start_year")
            .query((rs, n) -> new Period(rs.getString("code"), rs.getString("title"), rs.getInt("start_year"),
                rs.getInt("end_year")))
            .list();
    }

    public List<ThematicArea> findAll() {
        return jdbc.sql("""
                SELECT code, period_code, parent_code, name_en, name_es, name_fr, name_pt, cross_cutting
                FROM thematic_area ORDER BY sort_order
                """)
            .query((rs, n) -> new ThematicArea(rs.getString("code"), rs.getString("period_code"),
                rs.getString("parent_code"), new LocalizedName(rs.getString("name_en"), rs.getString("name_es"),
                    rs.getString("name_fr"), rs.getString("name_pt")), rs.getBoolean("cross_cutting")))
            .list();
    }

    public Optional<ThematicArea> findByCode(String code) {
        return findAll().stream().filter(t -> t.code().equals(code)).findFirst();
    }
}
