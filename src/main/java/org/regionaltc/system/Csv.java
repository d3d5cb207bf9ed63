package org.regionaltc.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** RFC 4180 CSV: a header row, then records whose quoted fields may hold commas, quotes and line breaks. */
public final class Csv {

    /** One record, its values keyed by header, with the line it starts on for error messages. */
    public record Row(int line, Map<String, String> values) {

        public String get(String column) {
            return values.getOrDefault(column, "");
        }
    }

    private Csv() {
    }

    /**
     * A value as a field of a CSV file: quoted when it holds a comma, a quote or a line break, and led by a ' when
     * a spreadsheet would run it as a formula (it starts with =, +, -, @, a tab or a carriage return).
     */
    public static String cell(@Nullable String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return text.matches("(?s).*[\",\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    public static List<Row> read(Reader source) {
        try (BufferedReader in = new BufferedReader(source)) {
            List<List<String>> records = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            parse(in, records, lines);
            if (records.isEmpty()) {
                return List.of();
            }
            List<String> header = records.getFirst().stream().map(h -> h.strip().replace("\uFEFF", "")).toList();
            List<Row> rows = new ArrayList<>();
            for (int i = 1; i < records.size(); i++) {
                List<String> record = records.get(i);
                if (record.size() == 1 && record.getFirst().isBlank()) {
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    values.put(header.get(c), c < record.size() ? record.get(c).strip() : "");
                }
                rows.add(new Row(lines.get(i), values));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void parse(BufferedReader in, List<List<String>> records, List<Integer> lines) throws IOException {
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        int c;
        while ((c = in.read()) != -1) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            in.reset();
                        }
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                lines.add(recordLine);
                record = new ArrayList<>();
                line++;
                recordLine = line;
            } else if (ch != '\r') {
                field.append(ch);
            }
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
            lines.add(recordLine);
        }
    }
}
