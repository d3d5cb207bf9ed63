package org.regionaltc.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.regionaltc.system.Csv;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the reference data shipped in {@code src/main/resources/reference} (see its README for sources and
 * licences). A versioned migration, so it runs once per database, inside Flyway's transaction.
 */
@Component
class V008__Load_reference_data extends BaseJavaMigration {

    static final List<String> CODELISTS = List.of("Country", "Region", "Currency", "Sector", "SectorCategory",
        "OrganisationType", "OrganisationRole", "TransactionType", "ActivityStatus", "FinanceType", "AidType",
        "FlowType", "Language");

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        loadCountries(c);
        loadGroupings(c);
        loadThemes(c);
        loadFinancingBodies(c);
        for (String codelist : CODELISTS) {
            loadCodelist(c, codelist);
        }
    }

    private static void loadCountries(Connection c) throws SQLException, IOException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO country (code, iso3, name_en, name_es, name_fr, name_pt) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Csv.Row row : csv("countries.csv")) {
                set(insert, row, "code", "iso3", "name_en", "name_es", "name_fr", "name_pt");
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void loadGroupings(Connection c) throws SQLException, IOException {
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO country_grouping (code, name_en, name_es, name_fr, name_pt, sub_region, sort_order)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            for (Csv.Row row : csv("groupings.csv")) {
                set(insert, row, "code", "name_en", "name_es", "name_fr", "name_pt", "sub_region");
                insert.setInt(7, Integer.parseInt(row.get("sort_order")));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO grouping_member (grouping_code, country_code, joined_year, left_year, note)
                VALUES (?, ?, ?, ?, ?)""")) {
            for (Csv.Row row : csv("grouping-members.csv")) {
                set(insert, row, "grouping_code", "country_code");
                setInteger(insert, 3, row.get("joined_year"));
                setInteger(insert, 4, row.get("left_year"));
                insert.setString(5, row.get("note").isEmpty() ? null : row.get("note"));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void loadThemes(Connection c) throws SQLException, IOException {
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO framework_period (code, title, start_year, end_year) VALUES (?, ?, ?, ?)""")) {
            insert.setString(1, "MTPF-2008-2011");
            insert.setString(2, "UNIDO medium-term programme framework 2008–2011");
            insert.setInt(3, 2008);
            insert.setInt(4, 2011);
            insert.executeUpdate();
        }
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO thematic_area (code, period_code, parent_code, name_en, name_es, name_fr, name_pt,
                                           cross_cutting, sort_order)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Csv.Row row : csv("thematic-areas.csv")) {
                set(insert, row, "code", "period_code", "parent_code", "name_en", "name_es", "name_fr", "name_pt");
                insert.setBoolean(8, Boolean.parseBoolean(row.get("cross_cutting")));
                insert.setInt(9, Integer.parseInt(row.get("sort_order")));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void loadFinancingBodies(Connection c) throws SQLException, IOException {
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO financing_body (code, name, body_type, iati_org_ref, country_code, website, notes)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            for (Csv.Row row : csv("financing-bodies.csv")) {
                set(insert, row, "code", "name", "body_type", "iati_org_ref", "country_code", "website", "notes");
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void loadCodelist(Connection c, String name) throws Exception {
        CodelistFile.Parsed parsed;
        try (InputStream in = new ClassPathResource("reference/iati/" + name + ".xml").getInputStream()) {
            parsed = CodelistFile.parse(in);
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO codelist (name, description, item_count) VALUES (?, ?, ?)")) {
            insert.setString(1, parsed.name());
            insert.setString(2, parsed.description());
            insert.setInt(3, parsed.items().size());
            insert.executeUpdate();
        }
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO codelist_item (codelist, code, name_en, name_fr, description_en, category, status)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            for (Codelists.Item item : parsed.items()) {
                insert.setString(1, parsed.name());
                insert.setString(2, item.code());
                insert.setString(3, item.nameEn());
                insert.setString(4, item.nameFr());
                insert.setString(5, item.description());
                insert.setString(6, item.category());
                insert.setString(7, item.status());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static List<Csv.Row> csv(String file) throws IOException {
        try (InputStream in = new ClassPathResource("reference/" + file).getInputStream()) {
            return Csv.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    private static void set(PreparedStatement insert, Csv.Row row, String... columns) throws SQLException {
        for (int i = 0; i < columns.length; i++) {
            String value = row.get(columns[i]);
            insert.setString(i + 1, value.isEmpty() ? null : value);
        }
    }

    private static void setInteger(PreparedStatement insert, int index, String value) throws SQLException {
        if (value.isEmpty()) {
            insert.setNull(index, Types.INTEGER);
        } else {
            insert.setInt(index, Integer.parseInt(value));
        }
    }
}
