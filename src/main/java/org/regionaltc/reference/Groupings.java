package org.regionaltc.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regionaltc.system.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sub-regional groupings and their membership. */
@Repository
public class Groupings {

    private record Row(String code, LocalizedName name, String subRegion) {
    }

    private final JdbcClient jdbc;

    Groupings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Grouping> findAll() {
        Map<String, List<Grouping.Member>> members = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT m.grouping_code, m.country_code, c.name_en, c.name_es, c.name_fr, c.name_pt,
                       m.joined_year, m.left_year, m.note
                FROM grouping_member m JOIN country c ON c.code = m.country_code
                ORDER BY c.name_en
                """)
            .query((rs, n) -> members.computeIfAbsent(rs.getString("grouping_code"), k -> new java.util.ArrayList<>())
                .add(new Grouping.Member(rs.getString("country_code"),
                    new LocalizedName(rs.getString("name_en"), rs.getString("name_es"), rs.getString("name_fr"),
                        rs.getString("name_pt")),
                    (Integer) rs.getObject("joined_year"), (Integer) rs.getObject("left_year"), rs.getString("note"))))
            .list();
        return jdbc.sql("""
                SELECT code, name_en, name_es, name_fr, name_pt, sub_region
                FROM country_grouping ORDER BY sort_order
                """)
            .query((rs, n) -> new Row(rs.getString("code"), new LocalizedName(rs.getString("name_en"),
                rs.getString("name_es"), rs.getString("name_fr"), rs.getString("name_pt")), rs.getString("sub_region")))
            .list().stream()
            .map(r -> new Grouping(r.code(), r.name(), r.subRegion(), members.getOrDefault(r.code(), List.of())))
            .toList();
    }

    public Optional<Grouping> findByCode(String code) {
        return findAll().stream().filter(g -> g.code().equalsIgnoreCase(code)).findFirst();
    }

    public Grouping get(String code) {
        return findByCode(code).orElseThrow(() -> new NotFound("Grouping", code));
    }

    /** The groupings a country belongs to now. */
    public List<Grouping> ofCountry(String countryCode) {
        return findAll().stream().filter(g -> g.hasCurrentMember(countryCode)).toList();
    }
}
