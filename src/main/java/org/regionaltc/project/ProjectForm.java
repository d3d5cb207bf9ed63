package org.regionaltc.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.InvalidInput.FieldError;
import org.regionaltc.system.Text;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The project page's form. Countries and sectors are chosen row by row, each with its percentage ({@code countries[i]}
 * goes with {@code countryShares[i]}); a client that sends no shares may still type them as text, e.g.
 * {@code PE 60, BO 40}. The yearly budget is typed as {@code 2025 120000, 2026 80000}; one counterpart, partner or
 * document ({@code title | https://…}) per line. It works without JavaScript.
 */
record ProjectForm(@Nullable String identifier, @Nullable String titleEn, @Nullable String titleEs,
        @Nullable String titleFr, @Nullable String titlePt, @Nullable String descriptionEn,
        @Nullable String descriptionEs, @Nullable ProjectScope scope, @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate plannedStart,
        @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate plannedEnd,
        @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate actualStart,
        @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate actualEnd,
        @Nullable String currency, @Nullable String totalBudget, @Nullable String budgetByYear,
        @Nullable List<String> countries, @Nullable List<String> countryShares, @Nullable List<String> sectors,
        @Nullable List<String> sectorShares, @Nullable List<String> themes,
        @Nullable String unidoUnit, @Nullable String counterparts, @Nullable String partners,
        @Nullable String documents, @Nullable String internalNotes, @Nullable Integer version) {

    static ProjectForm blank() {
        return new ProjectForm("XM-DAC-41123-PROJECT-", "", "", "", "", "", "", ProjectScope.NATIONAL, null, null,
            null, null, "USD", "0", "", List.of(), List.of(), List.of(), List.of(), List.of(), "", "", "", "", "", 0);
    }

    /** A country or sector row of the form, with its percentage as typed. */
    public record Row(String code, String share) {
    }

    /** What was chosen, then blank rows to choose more without JavaScript (which adds rows on demand). */
    public List<Row> countryRows() {
        return rows(countries, countryShares);
    }

    public List<Row> sectorRows() {
        return rows(sectors, sectorShares);
    }

    private static List<Row> rows(@Nullable List<String> codes, @Nullable List<String> shares) {
        List<Row> rows = new ArrayList<>();
        int n = codes == null ? 0 : codes.size();
        for (int i = 0; i < n; i++) {
            String share = shares != null && i < shares.size() ? nz(shares.get(i)) : "";
            if (!nz(codes.get(i)).isBlank() || !share.isBlank()) {
                rows.add(new Row(nz(codes.get(i)).strip(), share.strip()));
            }
        }
        for (int blank = rows.size() < 2 ? 3 - rows.size() : 2; blank > 0; blank--) {
            rows.add(new Row("", ""));
        }
        return rows;
    }

    static ProjectForm of(TcProject p) {
        return new ProjectForm(p.identifier(), p.texts().titleEn(), p.texts().titleEs(), p.texts().titleFr(),
            p.texts().titlePt(), p.texts().descriptionEn(), p.texts().descriptionEs(), p.scope(), p.plannedStart(),
            p.plannedEnd(), p.actualStart(), p.actualEnd(), p.currency(), p.totalBudget().toPlainString(),
            p.budgetByYear().entrySet().stream().map(e -> e.getKey() + " " + e.getValue().toPlainString())
                .collect(Collectors.joining(", ")),
            codes(p.countries()), percentages(p.countries()), codes(p.sectors()), percentages(p.sectors()), p.themes(), p.unidoUnit(), String.join("\n", p.counterparts()),
            String.join("\n", p.partners()),
            p.documents().stream().map(d -> d.title() + " | " + d.url()).collect(Collectors.joining("\n")),
            p.internalNotes(), p.version());
    }

    /** Reads the text fields; every field that cannot be read is named in one {@link InvalidInput}. */
    ProjectRequest toRequest() {
        List<FieldError> errors = new ArrayList<>();
        BigDecimal total = amount("totalBudget", nz(totalBudget), errors);
        Map<String, BigDecimal> countryMap = shares("countries", countries, countryShares, errors);
        Map<String, BigDecimal> sectorMap = shares("sectors", sectors, sectorShares, errors);
        Map<Integer, BigDecimal> years = new LinkedHashMap<>();
        pairs("budgetByYear", nz(budgetByYear), errors).forEach((year, amount) -> {
            try {
                years.put(Integer.parseInt(year), amount);
            } catch (NumberFormatException e) {
                errors.add(new FieldError("budgetByYear", "error.project.notAYear", year));
            }
        });
        List<TcProject.Document> docs = new ArrayList<>();
        for (String line : lines(documents)) {
            String[] parts = line.split("\\|", 2);
            if (parts.length != 2) {
                errors.add(new FieldError("documents", "error.project.documentFormat"));
            } else {
                docs.add(new TcProject.Document(parts[0].strip(), parts[1].strip()));
            }
        }
        if (scope == null) {
            errors.add(new FieldError("scope", "error.project.scope"));
        }
        if (nz(currency).isBlank()) {
            errors.add(new FieldError("currency", "error.required"));
        }
        if (nz(identifier).isBlank()) {
            errors.add(new FieldError("identifier", "error.required"));
        }
        if (nz(titleEn).isBlank()) {
            errors.add(new FieldError("titleEn", "error.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new ProjectRequest(nz(identifier).strip(), nz(titleEn).strip(), Text.blankToNull(titleEs), Text.blankToNull(titleFr), Text.blankToNull(titlePt),
            Text.blankToNull(descriptionEn), Text.blankToNull(descriptionEs), scope, plannedStart, plannedEnd, actualStart, actualEnd,
            nz(currency).strip(), total, years, countryMap, sectorMap, themes == null ? List.of() : themes,
            Text.blankToNull(unidoUnit), lines(counterparts), lines(partners), docs, Text.blankToNull(internalNotes), version);
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static List<String> codes(List<TcProject.Share> shares) {
        return shares.stream().map(TcProject.Share::code).toList();
    }

    private static List<String> percentages(List<TcProject.Share> shares) {
        return shares.stream().map(s -> s.percentage().stripTrailingZeros().toPlainString()).toList();
    }

    private static Map<String, BigDecimal> shares(String field, @Nullable List<String> codes,
            @Nullable List<String> shares, List<FieldError> errors) {
        if (shares == null || shares.isEmpty()) {
            return pairs(field, codes == null ? "" : String.join(",", codes), errors);
        }
        Map<String, BigDecimal> chosen = new LinkedHashMap<>();
        for (Row row : rows(codes, shares)) {
            if (row.code().isBlank() && row.share().isBlank()) {
                continue;
            }
            if (row.code().isBlank()) {
                errors.add(new FieldError(field, "error.share.noCode", row.share()));
            } else if (row.share().isBlank()) {
                errors.add(new FieldError(field, "error.share.noPercentage", row.code()));
            } else if (chosen.put(row.code().toUpperCase(java.util.Locale.ROOT), amount(field, row.share(), errors)) != null) {
                errors.add(new FieldError(field, "error.share.twice", row.code()));
            }
        }
        return chosen;
    }

    private static Map<String, BigDecimal> pairs(String field, String text, List<FieldError> errors) {
        Map<String, BigDecimal> pairs = new LinkedHashMap<>();
        for (String item : text.split("[,;\\n]")) {
            if (item.isBlank()) {
                continue;
            }
            String[] parts = item.strip().split("[\\s:=]+");
            if (parts.length != 2) {
                errors.add(new FieldError(field, "error.share.form", item.strip()));
                continue;
            }
            BigDecimal value = amount(field, parts[1], errors);
            if (pairs.put(parts[0].toUpperCase(java.util.Locale.ROOT), value) != null) {
                errors.add(new FieldError(field, "error.share.twice", parts[0]));
            }
        }
        return pairs;
    }

    private static BigDecimal amount(String field, String text, List<FieldError> errors) {
        try {
            return new BigDecimal(text.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "error.number.unreadable", text.strip()));
            return BigDecimal.ZERO;
        }
    }

    private static List<String> lines(@Nullable String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

}
