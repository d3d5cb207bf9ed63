package org.regionaltc.iati;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What validating one file found. {@code valid} means no schema error (the decision of issue 12); {@code omitted}
 * counts findings past the report's cap, so that a file with millions of problems still gets a bounded report.
 */
public record FileReport(String file, @Nullable String version, boolean valid, int activities, List<Finding> findings,
        long omitted) {

    public boolean hasErrors() {
        return !valid || findings.stream().anyMatch(Finding::isError);
    }
}
