package org.regionaltc.iati;

import org.jspecify.annotations.Nullable;

/**
 * One problem found in an IATI file: {@code activity} is the identifier of the activity it is in, or null before the
 * first activity; {@code code} names the problem for programs and message bundles ({@code iati.finding.<code>}).
 */
public record Finding(@Nullable String activity, int line, int column, Severity severity, Kind kind, String code,
        String message) {

    public enum Severity { ERROR, WARNING }

    public enum Kind { SCHEMA, CODELIST, RULE }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
