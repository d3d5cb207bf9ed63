package org.regionaltc.iati;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One problem found in an IATI file: {@code activity} is the identifier of the activity it is in, or null before the
 * first activity; {@code code} names the problem for programs and message bundles ({@code iati.finding.<code>}).
 */
public record Finding(@Nullable String activity, int line, int column, Severity severity, Kind kind, String code,
        String message, String key, List<Object> args) {

    /**
     * A finding whose message has no bundle entry of its own (the page shows {@code message} as it is). {@code key}
     * and {@code args} otherwise word it in the page's language ({@code iati.finding.<key>}); the CLI and the JSON keep
     * the English {@code message}.
     */
    public Finding(@Nullable String activity, int line, int column, Severity severity, Kind kind, String code,
            String message) {
        this(activity, line, column, severity, kind, code, message, code, List.of());
    }

    Finding named(@Nullable String identifier, int atLine, int atColumn) {
        return new Finding(identifier, atLine, atColumn, severity, kind, code, message, key, args);
    }

    /** The bundle key of the message shown on the page. */
    public String messageKey() {
        return "iati.finding." + key;
    }

    public Object[] messageArgs() {
        return args.toArray();
    }

    public enum Severity { ERROR, WARNING }

    public enum Kind { SCHEMA, CODELIST, RULE }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
