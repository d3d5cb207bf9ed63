package org.regionaltc.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message code the code base passes (to an {@link InvalidInput}, a {@code FieldError}, a constraint's
 * {@code message}, the words of an argument) is a key of the bundles in the four languages: a code missing from
 * a bundle would show as the code itself. Reads the sources, so that a new error is checked without being listed.
 */
class MessageCodesTests {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern RAISED = Pattern.compile("new (?:InvalidInput\\.)?(?:FieldError|InvalidInput)\\(");
    private static final Pattern WORDS = Pattern.compile("FieldError\\.words\\(\\s*\"([^\"]+)\"");
    private static final Pattern CONSTRAINT_MESSAGE = Pattern.compile("message\\s*=\\s*\"\\{([^}\"]+)}\"");
    private static final Pattern CODE_LITERAL = Pattern.compile("\"((?:error|input|csv)\\.[A-Za-z0-9.]+)\"");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void everyCodeTheCodePassesIsInEveryBundle() throws IOException {
        Map<String, String> codes = codesInSources();
        assertThat(codes).as("message codes found in the sources").hasSizeGreaterThan(100);
        for (String lang : List.of("", "_es", "_fr", "_pt")) {
            Set<String> keys = keys(lang);
            Map<String, String> missing = new TreeMap<>(codes);
            missing.keySet().removeAll(keys);
            assertThat(missing).as("codes missing from the bundles%s (code -> a source using it)", lang).isEmpty();
        }
    }

    @Test
    void noErrorIsRaisedWithEnglishTextForACode() throws IOException {
        Map<String, String> worded = new TreeMap<>();
        for (Path file : sources()) {
            String text = Files.readString(file);
            Matcher m = RAISED.matcher(text);
            while (m.find()) {
                List<String> arguments = arguments(text, m.end());
                if (arguments.size() >= 2) {
                    Matcher literal = LITERAL.matcher(arguments.get(1).strip());
                    if (literal.matches() && literal.group(1).contains(" ")) {
                        worded.put(literal.group(1), file.toString());
                    }
                }
            }
        }
        assertThat(worded).as("errors raised with words rather than a message code").isEmpty();
    }

    private static Map<String, String> codesInSources() throws IOException {
        Map<String, String> codes = new TreeMap<>();
        for (Path file : sources()) {
            String text = Files.readString(file);
            for (Pattern p : List.of(WORDS, CONSTRAINT_MESSAGE, CODE_LITERAL)) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        codes.putIfAbsent(m.group(1), file.toString());
                    }
                }
            }
            Matcher m = RAISED.matcher(text);
            while (m.find()) {
                List<String> arguments = arguments(text, m.end());
                if (arguments.size() >= 2) {
                    Matcher literal = LITERAL.matcher(arguments.get(1).strip());
                    if (literal.matches()) {
                        codes.putIfAbsent(literal.group(1), file.toString());
                    }
                }
            }
        }
        return codes;
    }

    /** The top-level arguments of a call whose opening parenthesis ends at {@code from}. */
    private static List<String> arguments(String text, int from) {
        List<String> arguments = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != '"') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                current.append(text, i, Math.min(end + 1, text.length()));
                i = end;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    arguments.add(current.toString());
                    return arguments;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                arguments.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        return arguments;
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    private static Set<String> keys(String lang) {
        Set<String> keys = new TreeSet<>();
        for (String basename : MessageBundleTests.BASENAMES) {
            String name = "/" + basename + lang + ".properties";
            try (Reader in = new InputStreamReader(MessageCodesTests.class.getResourceAsStream(name),
                    StandardCharsets.UTF_8)) {
                Properties p = new Properties();
                p.load(in);
                keys.addAll(p.stringPropertyNames());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return keys;
    }
}
