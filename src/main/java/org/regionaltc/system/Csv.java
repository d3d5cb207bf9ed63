package org.regionaltc.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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

    /**
     * A file that cannot be read as CSV: bytes that are not text in its encoding, or a quoted field that never
     * closes. The line is where the problem starts; code and arguments word it in the reader's language.
     */
    public static final class Unreadable extends InvalidInput {

        private final int line;
        private final String code;
        private final List<Object> arguments;

        Unreadable(int line, String code, String english, Object... arguments) {
            super("file", "line " + line + ": " + english);
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

        public Object[] arguments() {
            List<Object> all = new ArrayList<>();
            all.add(String.valueOf(line));
            all.addAll(arguments);
            return all.toArray();
        }
    }

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
            throw new Unreadable(lineAt(text, nul), "csv.nul", "holds NUL characters: the file is probably UTF-16 "
                + "without a byte-order mark; save it as CSV UTF-8");
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
                throw new Unreadable(line, "csv.notUtf8", "is not UTF-8 (bytes " + bytes + "); save the file as "
                    + "CSV UTF-8, or choose the encoding it was saved in (windows-1252)", bytes);
            }
            throw new Unreadable(line, "csv.notInCharset", "is not " + charset.name() + " (bytes " + bytes
                + "); save the file as CSV UTF-8", bytes, charset.name());
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
        int quoteLine = 1;
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
                quoteLine = line;
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
        if (quoted) {
            throw new Unreadable(quoteLine, "csv.openQuote", "a quoted field opens here and never closes: add the "
                + "closing quote (a quote inside a quoted field is written twice: \"\")");
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
            lines.add(recordLine);
        }
    }
}
