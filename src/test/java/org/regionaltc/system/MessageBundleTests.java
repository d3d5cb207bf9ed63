package org.regionaltc.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MessageBundleTests {

    /** spring.messages.basename; the base files are English. */
    static final List<String> BASENAMES = List.of("messages", "i18n/dialogue", "i18n/project", "i18n/funding",
        "i18n/optimizer");

    static final List<String> TRANSLATIONS = List.of("es", "fr", "pt");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+(?:,[^}]*)?}");

    // {2} of eligFail.COUNTRY is the English verb "is" or "are" for {1}: other languages word it without it.
    private static final Map<String, Set<String>> ENGLISH_ONLY_PLACEHOLDERS = Map.of("eligFail.COUNTRY", Set.of("{2}"));

    static Stream<Arguments> translations() {
        return BASENAMES.stream().flatMap(basename -> TRANSLATIONS.stream().map(lang -> Arguments.of(basename, lang)));
    }

    static Stream<String> files() {
        return BASENAMES.stream().flatMap(basename -> Stream.concat(Stream.of(basename),
            TRANSLATIONS.stream().map(lang -> basename + "_" + lang)));
    }

    @ParameterizedTest(name = "{0}_{1}")
    @MethodSource("translations")
    void aTranslationHasEveryKeyOfTheEnglishFileAndNoOther(String basename, String lang) {
        Set<String> english = load(basename).stringPropertyNames();
        Set<String> translated = load(basename + "_" + lang).stringPropertyNames();

        Set<String> missing = new TreeSet<>(english);
        missing.removeAll(translated);
        Set<String> extra = new TreeSet<>(translated);
        extra.removeAll(english);

        assertThat(missing).as("keys of %s.properties missing from %s_%s.properties", basename, basename, lang).isEmpty();
        assertThat(extra).as("keys of %s_%s.properties that %s.properties lacks", basename, lang, basename).isEmpty();
    }

    @ParameterizedTest(name = "{0}_{1}")
    @MethodSource("translations")
    void aTranslationKeepsThePlaceholdersOfTheEnglishText(String basename, String lang) {
        Properties english = load(basename);
        Properties translated = load(basename + "_" + lang);

        Map<String, String> mismatches = new TreeMap<>();
        for (String key : english.stringPropertyNames()) {
            String value = translated.getProperty(key);
            if (value == null) {
                continue;
            }
            Set<String> expected = placeholders(english.getProperty(key));
            expected.removeAll(ENGLISH_ONLY_PLACEHOLDERS.getOrDefault(key, Set.of()));
            Set<String> actual = placeholders(value);
            if (!actual.equals(expected)) {
                mismatches.put(key, "expected " + expected + " but was " + actual);
            }
        }
        assertThat(mismatches).as("placeholders of %s_%s.properties", basename, lang).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void noValueIsEmpty(String file) {
        Properties messages = load(file);

        Set<String> empty = new TreeSet<>();
        for (String key : messages.stringPropertyNames()) {
            if (messages.getProperty(key).isBlank()) {
                empty.add(key);
            }
        }
        assertThat(empty).as("empty values in %s.properties", file).isEmpty();
    }

    // Spring formats a message with MessageFormat only when it is given arguments (alwaysUseMessageFormat is false),
    // so a quote is doubled there and only there: a single one would swallow the text after it, a doubled one
    // elsewhere would show twice.
    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void singleQuotesAreDoubledExactlyInMessagesWithArguments(String file) {
        Properties messages = load(file);

        Map<String, String> wrong = new TreeMap<>();
        for (String key : messages.stringPropertyNames()) {
            String value = messages.getProperty(key);
            boolean hasArguments = PLACEHOLDER.matcher(value).find();
            String withoutDoubled = value.replace("''", "");
            if (hasArguments && withoutDoubled.contains("'")) {
                wrong.put(key, "single ' in a message with arguments: " + value);
            } else if (!hasArguments && value.contains("''")) {
                wrong.put(key, "doubled '' in a message without arguments: " + value);
            }
        }
        assertThat(wrong).as("quotes in %s.properties", file).isEmpty();
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    // The bundles are read as UTF-8, Spring Boot's default spring.messages.encoding.
    private static Properties load(String file) {
        String resource = file + ".properties";
        try (InputStream in = MessageBundleTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("%s on the classpath", resource).isNotNull();
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
