package org.regionaltc.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.Csv;

/** Writes a sheet as RFC 4180 CSV, row by row as it is read, with the formula guard of {@link Csv#cell}. */
final class CsvFile {

    private CsvFile() {
    }

    static void write(Sheet sheet, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(line(List.copyOf(sheet.columns())));
        try {
            sheet.rows().each(values -> {
                try {
                    writer.write(line(values));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }

    private static String line(List<@Nullable Object> values) {
        return values.stream().map(CsvFile::field).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String field(@Nullable Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal number -> number.toPlainString();
            case Number number -> number.toString();
            default -> Csv.cell(value.toString());
        };
    }
}
