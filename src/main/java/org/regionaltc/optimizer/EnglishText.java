package org.regionaltc.optimizer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.regionaltc.system.Pure;

/**
 * The English wording of the engine's message codes, read from the same bundle the pages use
 * ({@code i18n/optimizer.properties}, key {@code optimizer.<code>}), so that the result file and the CLI need no
 * Spring context to carry a text beside each code.
 */
@Pure
final class EnglishText {

    private static final Properties BUNDLE = load();

    private EnglishText() {
    }

    static String of(String code, List<String> args) {
        String pattern = BUNDLE.getProperty("optimizer." + code);
        if (pattern == null) {
            return code + " " + String.join(", ", args);
        }
        return new MessageFormat(pattern, Locale.ENGLISH).format(args.toArray());
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = EnglishText.class.getResourceAsStream("/i18n/optimizer.properties")) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
