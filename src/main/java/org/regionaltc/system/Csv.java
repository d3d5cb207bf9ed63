package org.regionaltc.system;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4180 CSV through Apache Commons CSV: a header row, then records whose quoted fields may hold commas, quotes
 * and line breaks; this class adds the decoding, the line numbers of errors and the formula guard.
 */
public final class Csv {

    /** One record, its values keyed by header, with the line it starts on for error messages. */
    public record Row(int line, Map<String, String> values) {

        public String get(String column) {
            return values.getOrDefault(column, "");
        }
    }

    /**
     * A file that cannot be read as CSV: bytes that are not text in its encoding, or a quoted field that never
     * closes. The line is where the problem starts; code and arguments word it in the reader's language.
     */
    public static final class Unreadable extends InvalidInput {

        private final int line;
        private final String code;
        private final List<Object> arguments;

        Unreadable(int line, String code, Object... arguments) {
            super(List.of(new FieldError("file", code, lineFirst(line, arguments))));
            this.line = line;
            this.code = code;
            this.arguments = List.of(arguments);
        }

        public int line() {
            return line;
        }

        /** A message key; its arguments start with the line. */
        public String code() {
            return code;
        }

        private static List<Object> lineFirst(int line, Object... arguments) {
            List<Object> all = new ArrayList<>();
            all.add(String.valueOf(line));
            all.addAll(List.of(arguments));
            return all;
        }

        public Object[] arguments() {
            List<Object> all = new ArrayList<>();
            all.add(String.valueOf(line));
            all.addAll(arguments);
            return all.toArray();
        }
    }

    /** RFC 4180 as spreadsheets write it: spaces around a quoted field and text after its closing quote are allowed. */
    private static final CSVFormat READING = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false)
        .setIgnoreSurroundingSpaces(true).setTrailingData(true).get();
    private static final CSVFormat WRITING = CSVFormat.RFC4180;
    private static final Pattern STARTLINE = Pattern.compile("\\(startline ([^)]+)\\)");

    private Csv() {
    }

    /**
     * The text of a file's bytes. A byte-order mark decides the encoding (UTF-8, UTF-16 BE or LE); without one the
     * bytes must be valid in the given encoding. Spreadsheets save "CSV" in the computer's legacy encoding
     * (Windows-1252 in the region), which would otherwise turn "Niño" into "Ni�o" without a word.
     */
    public static String decode(byte[] bytes, Charset withoutMark) {
        Charset charset = withoutMark;
        int skip = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        String text = strictly(charset, ByteBuffer.wrap(bytes, skip, bytes.length - skip));
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new Unreadable(lineAt(text, nul), "csv.nul");
        }
        return text;
    }

    private static String strictly(Charset charset, ByteBuffer in) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate((int) (in.remaining() * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            out.flip();
            int line = lineAt(out, out.length());
            String bytes = hex(in, result.length());
            if (charset.equals(StandardCharsets.UTF_8)) {
                throw new Unreadable(line, "csv.notUtf8", bytes);
            }
            throw new Unreadable(line, "csv.notInCharset", bytes, charset.name());
        }
        out.flip();
        return out.toString();
    }

    private static boolean startsWith(byte[] bytes, int... mark) {
        if (bytes.length < mark.length) {
            return false;
        }
        for (int i = 0; i < mark.length; i++) {
            if ((bytes[i] & 0xFF) != mark[i]) {
                return false;
            }
        }
        return true;
    }

    private static int lineAt(CharSequence text, int end) {
        int line = 1;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String hex(ByteBuffer in, int length) {
        StringBuilder bytes = new StringBuilder();
        for (int i = 0; i < Math.max(1, length) && in.position() + i < in.limit(); i++) {
            bytes.append(bytes.isEmpty() ? "" : " ").append(String.format("%02X", in.get(in.position() + i) & 0xFF));
        }
        return bytes.toString();
    }

    /**
     * A value as a field of a CSV file: quoted when it holds a comma, a quote or a line break, and led by a ' when
     * a spreadsheet would run it as a formula (it starts with =, +, -, @, a tab or a carriage return).
     */
    public static String cell(@Nullable String value) {
        return value == null || value.isEmpty() ? "" : WRITING.format(defused(value));
    }

    /**
     * A table as CSV: the header row, then one record per row, each line ended by CR LF. Text is defused as
     * {@link #cell} says; numbers are written as they are (a negative amount is no formula), null as an empty field.
     */
    public static <T> String write(List<String> header, List<T> rows, Function<T, List<?>> fields) {
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(csv, WRITING)) {
            printer.printRecord(header);
            for (T row : rows) {
                printer.printRecord(fields.apply(row).stream().map(Csv::field).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString();
    }

    private static @Nullable String field(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case String text when text.isEmpty() -> null;
            case BigDecimal number -> number.toPlainString();
            case Number number -> number.toString();
            default -> defused(value.toString());
        };
    }

    private static String defused(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    public static List<Row> read(Reader source) {
        try (CSVParser parser = READING.parse(source)) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> header = new ArrayList<>();
            List<Row> rows = new ArrayList<>();
            for (boolean first = true; ; first = false) {
                // The parser counts line breaks, those inside quoted fields too, so the count before a record is
                // read gives the physical line it starts on.
                int line = (int) parser.getCurrentLineNumber() + 1;
                CSVRecord record = next(records, line);
                if (record == null) {
                    return rows;
                }
                if (first) {
                    record.forEach(h -> header.add(h.strip().replace("\uFEFF", "")));
                } else if (record.size() > 1 || !record.get(0).isBlank()) {
                    Map<String, String> values = new LinkedHashMap<>();
                    for (int c = 0; c < header.size(); c++) {
                        values.put(header.get(c), c < record.size() ? record.get(c).strip() : "");
                    }
                    rows.add(new Row(line, values));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next record, or null at the end; Commons CSV reports a quote that never closes as an I/O error. */
    private static @Nullable CSVRecord next(Iterator<CSVRecord> records, int line) {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CSVException && String.valueOf(e.getCause().getMessage()).contains("EOF reached")) {
                throw new Unreadable(startLine(e.getCause().getMessage(), line), "csv.openQuote");
            }
            throw e;
        }
    }

    /** The line Commons CSV names in "(startline 1,234) EOF reached…", else the line the record starts on. */
    private static int startLine(String message, int recordLine) {
        Matcher startline = STARTLINE.matcher(message);
        return startline.find() ? Integer.parseInt(startline.group(1).replaceAll("\\D", "")) : recordLine;
    }
}
