package org.regionaltc.system;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How typed text is read everywhere: surrounding spaces do not count, and an empty field means no value. */
public final class Text {

    private Text() {
    }

    public static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A code typed in any case (country, grouping, theme), or null when the field was left empty. */
    public static @Nullable String codeOrNull(@Nullable String s) {
        String text = blankToNull(s);
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }
}
