package org.regionaltc.reference;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The IATI 2.03 codelists the programme uses (Sector, Currency, …), as loaded from the official files. */
@Repository
public class Codelists {

    public record Codelist(String name, @Nullable String description, int itemCount) {
    }

    public record Item(String code, String nameEn, @Nullable String nameFr, @Nullable String description,
            @Nullable String category, String status) {

        public boolean active() {
            return "active".equals(status);
        }

        /** The IATI codelists name items in English and French only; other languages read the English name. */
        public String nameIn(java.util.Locale locale) {
            return "fr".equals(locale.getLanguage()) && nameFr != null ? nameFr : nameEn;
        }
    }

    private final JdbcClient jdbc;

    Codelists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Codelist> findAll() {
        return jdbc.sql("SELECT name, description, item_count FROM codelist ORDER BY name")
            .query((rs, n) -> new Codelist(rs.getString("name"), rs.getString("description"), rs.getInt("item_count")))
            .list();
    }

    public Codelist get(String name) {
        return jdbc.sql("SELECT name, description, item_count FROM codelist WHERE name = :name")
            .param("name", name)
            .query((rs, n) -> new Codelist(rs.getString("name"), rs.getString("description"), rs.getInt("item_count")))
            .optional().orElseThrow(() -> new NotFound("Codelist", name));
    }

    /** Items of a codelist whose code or name contains {@code text} (all when it is blank). */
    public List<Item> items(String codelist, @Nullable String text) {
        String like = text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(java.util.Locale.ROOT) + "%";
        return jdbc.sql("""
                SELECT code, name_en, name_fr, description_en, category, status
                FROM codelist_item
                WHERE codelist = :codelist
                  AND (CAST(:like AS VARCHAR) IS NULL OR LOWER(code) LIKE CAST(:like AS VARCHAR)
                       OR LOWER(name_en) LIKE CAST(:like AS VARCHAR))
                ORDER BY code
                """)
            .param("codelist", codelist)
            .param("like", like)
            .query((rs, n) -> new Item(rs.getString("code"), rs.getString("name_en"), rs.getString("name_fr"),
                rs.getString("description_en"), rs.getString("category"), rs.getString("status")))
            .list();
    }

    public Optional<Item> findItem(String codelist, String code) {
        return items(codelist, null).stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** Whether {@code code} is a current (not withdrawn) entry of the codelist. */
    public boolean isActive(String codelist, String code) {
        return jdbc.sql("SELECT COUNT(*) FROM codelist_item WHERE codelist = :c AND code = :code AND status = 'active'")
            .param("c", codelist).param("code", code).query(Integer.class).single() > 0;
    }
}
