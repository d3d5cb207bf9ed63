package org.regionaltc.iati;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The validation reports as text for people and as JSON for programs (field names fixed by issue 12). */
final class ReportFormat {

    private ReportFormat() {
    }

    static void text(List<FileReport> reports, PrintWriter out) {
        for (FileReport r : reports) {
            out.printf("%s: version %s, %d activities, %s%n", r.file(), r.version() == null ? "?" : r.version(),
                r.activities(), r.valid() ? "valid against the schema" : "NOT valid against the schema");
            for (Finding f : r.findings()) {
                out.printf("  %d:%d %s %s %s%s: %s%n", f.line(), f.column(), f.severity().name().toLowerCase(Locale.ROOT),
                    f.kind().name().toLowerCase(Locale.ROOT), f.code(),
                    f.activity() == null ? "" : " [" + f.activity() + "]", f.message());
            }
            if (r.omitted() > 0) {
                out.printf("  ... and %d more findings%n", r.omitted());
            }
            long errors = r.findings().stream().filter(Finding::isError).count();
            out.printf("  %d error(s), %d warning(s)%n", errors + (r.omitted() > 0 ? r.omitted() : 0),
                r.findings().size() - errors);
        }
        out.flush();
    }

    static void json(List<FileReport> reports, PrintWriter out) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < reports.size(); i++) {
            FileReport r = reports.get(i);
            json.append(i == 0 ? "\n" : ",\n").append("  {\"file\": ").append(string(r.file()))
                .append(", \"version\": ").append(string(r.version()))
                .append(", \"valid\": ").append(r.valid())
                .append(", \"activities\": ").append(r.activities())
                .append(", \"omitted\": ").append(r.omitted())
                .append(", \"errors\": [");
            List<Finding> findings = r.findings();
            for (int j = 0; j < findings.size(); j++) {
                Finding f = findings.get(j);
                json.append(j == 0 ? "\n" : ",\n").append("    {\"activity\": ").append(string(f.activity()))
                    .append(", \"line\": ").append(f.line())
                    .append(", \"column\": ").append(f.column())
                    .append(", \"severity\": ").append(string(f.severity().name().toLowerCase(Locale.ROOT)))
                    .append(", \"kind\": ").append(string(f.kind().name().toLowerCase(Locale.ROOT)))
                    .append(", \"code\": ").append(string(f.code()))
                    .append(", \"message\": ").append(string(f.message())).append('}');
            }
            json.append(findings.isEmpty() ? "]}" : "\n  ]}");
        }
        json.append(reports.isEmpty() ? "]" : "\n]");
        out.println(json);
        out.flush();
    }

    static String string(@Nullable String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder s = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    static void importText(List<IatiImport.Summary> summaries, PrintWriter out) {
        for (IatiImport.Summary s : summaries) {
            out.printf("%s: version %s, %d activities: %d created, %d updated, %d unchanged, %d rejected, "
                + "%d warnings%s%n", s.file(), s.version() == null ? "?" : s.version(), s.activities(), s.created(),
                s.updated(), s.unchanged(), s.rejected(), s.warnings(), s.written() ? "" : " (nothing written)");
            for (IatiImport.Rejection r : s.rejections()) {
                out.printf("  rejected %s (line %d): %s%n", r.activity() == null ? "-" : r.activity(), r.line(),
                    r.reason());
            }
            for (IatiImport.LedgerDifference d : s.ledgerDifferences()) {
                out.printf("  ledger differs for %s (project %s), transaction type %s in %s: %s in the file, %s in "
                    + "the ledger%n", d.activity(), d.project(), d.transactionType(), d.currency(),
                    d.inFile().toPlainString(), d.inLedger().toPlainString());
            }
        }
        out.flush();
    }

    static void importJson(List<IatiImport.Summary> summaries, PrintWriter out) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < summaries.size(); i++) {
            IatiImport.Summary s = summaries.get(i);
            json.append(i == 0 ? "\n" : ",\n").append("  {\"file\": ").append(string(s.file()))
                .append(", \"version\": ").append(string(s.version()))
                .append(", \"activities\": ").append(s.activities())
                .append(", \"created\": ").append(s.created())
                .append(", \"updated\": ").append(s.updated())
                .append(", \"unchanged\": ").append(s.unchanged())
                .append(", \"rejected\": ").append(s.rejected())
                .append(", \"warnings\": ").append(s.warnings())
                .append(", \"rejections\": [");
            for (int j = 0; j < s.rejections().size(); j++) {
                IatiImport.Rejection r = s.rejections().get(j);
                json.append(j == 0 ? "\n" : ",\n").append("    {\"activity\": ").append(string(r.activity()))
                    .append(", \"line\": ").append(r.line())
                    .append(", \"reason\": ").append(string(r.reason())).append('}');
            }
            json.append(s.rejections().isEmpty() ? "]" : "\n  ]");
            json.append(", \"projects\": ").append(s.projects()).append(", \"ledgerDifferences\": [");
            for (int j = 0; j < s.ledgerDifferences().size(); j++) {
                IatiImport.LedgerDifference d = s.ledgerDifferences().get(j);
                json.append(j == 0 ? "\n" : ",\n").append("    {\"activity\": ").append(string(d.activity()))
                    .append(", \"project\": ").append(string(d.project()))
                    .append(", \"transactionType\": ").append(string(d.transactionType()))
                    .append(", \"currency\": ").append(string(d.currency()))
                    .append(", \"inFile\": ").append(d.inFile().toPlainString())
                    .append(", \"inLedger\": ").append(d.inLedger().toPlainString()).append('}');
            }
            json.append(s.ledgerDifferences().isEmpty() ? "]}" : "\n  ]}");
        }
        json.append(summaries.isEmpty() ? "]" : "\n]");
        out.println(json);
        out.flush();
    }
}
