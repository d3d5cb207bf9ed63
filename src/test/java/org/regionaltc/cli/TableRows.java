package org.regionaltc.cli;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every row of every table of a database's public schema, as text, sorted: what a restore must give back. */
final class TableRows {

    private TableRows() {
    }

    static Map<String, List<String>> of(Connection connection) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        List<String> names = new ArrayList<>();
        try (Statement sql = connection.createStatement(); ResultSet rs = sql.executeQuery("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = 'public' AND table_type IN ('BASE TABLE', 'TABLE') ORDER BY table_name""")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        for (String table : names) {
            List<String> rows = new ArrayList<>();
            try (Statement sql = connection.createStatement(); ResultSet rs = sql.executeQuery("SELECT * FROM " + table)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int c = 1; c <= columns; c++) {
                        row.append(c > 1 ? " | " : "").append(rs.getMetaData().getColumnName(c)).append('=')
                            .append(rs.getString(c));
                    }
                    rows.add(row.toString());
                }
            }
            rows.sort(null);
            tables.put(table, rows);
        }
        return tables;
    }
}
