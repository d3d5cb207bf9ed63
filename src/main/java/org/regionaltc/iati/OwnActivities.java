package org.regionaltc.iati;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.regionaltc.financing.Visibility;
import org.regionaltc.funding.Cofinancing;
import org.regionaltc.funding.Cofinancings;
import org.regionaltc.funding.LedgerEntries;
import org.regionaltc.funding.LedgerEntry;
import org.regionaltc.project.ProjectImports;
import org.regionaltc.reference.Countries;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.InputErrors;
import org.regionaltc.system.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * UNIDO's own activities ({@code XM-DAC-41123}) with a GRULAC recipient country: they create or update projects
 * through the project module's published write API, and their transactions are compared with the ledger, the
 * differences reported and never written (the ledger is the system's record; the file is UNIDO's publication of it).
 */
@Component
class OwnActivities {

    record Stored(ExternalActivities.Outcome outcome, @Nullable String statusKept,
            List<IatiImport.LedgerDifference> differences) {
    }

    private final ProjectImports projects;
    private final Countries countries;
    private final LedgerEntries ledger;
    private final Cofinancings cofinancings;
    private final MessageSource messages;

    OwnActivities(ProjectImports projects, Countries countries, LedgerEntries ledger, Cofinancings cofinancings,
            MessageSource messageSource) {
        this.projects = projects;
        this.countries = countries;
        this.ledger = ledger;
        this.cofinancings = cofinancings;
        this.messages = messageSource;
    }

    boolean isProject(ParsedActivity a) {
        return ActivityWriter.UNIDO_REF.equals(a.reportingRef())
            && a.countries().stream().anyMatch(c -> countries.exists(c.code()));
    }

    Stored upsert(ParsedActivity a) {
        String identifier = java.util.Objects.requireNonNull(a.identifier()).strip();
        String prefix = ActivityWriter.UNIDO_REF + "-";
        String currency = a.defaultCurrency() != null ? a.defaultCurrency()
            : a.budgets().stream().map(ParsedActivity.Budget::currency).filter(java.util.Objects::nonNull).findFirst()
                .orElse("USD");
        Map<Integer, BigDecimal> years = new TreeMap<>();
        for (ParsedActivity.Budget b : a.budgets()) {
            if (b.start() != null && b.value() != null && (b.currency() == null || b.currency().equals(currency))) {
                years.merge(b.start().getYear(), b.value(), BigDecimal::add);
            }
        }
        // Only GRULAC countries are projects' countries; a region is written at 0 % beside them and is not one.
        Map<String, BigDecimal> places = new TreeMap<>();
        a.countries().stream().filter(c -> countries.exists(c.code()))
            .forEach(c -> places.put(c.code().toUpperCase(Locale.ROOT),
                c.percentage() == null ? new BigDecimal(100) : c.percentage()));
        Map<String, BigDecimal> sectors = new TreeMap<>();
        a.sectors().stream().filter(s -> s.vocabulary().equals("1") || s.vocabulary().equals("2"))
            .forEach(s -> sectors.put(s.code(), s.percentage() == null ? new BigDecimal(100) : s.percentage()));
        ParsedActivity.Dates d = a.dates();
        ProjectImports.Result result = projects.upsert(new ProjectImports.Imported(identifier,
            identifier.startsWith(prefix) ? identifier.substring(prefix.length()) : null,
            a.title() == null || a.title().isBlank() ? identifier : a.title(), d.plannedStart(), d.plannedEnd(),
            d.actualStart(), d.actualEnd(), currency, years, places, sectors, a.status()));
        ExternalActivities.Outcome outcome = switch (result.outcome()) {
            case CREATED -> ExternalActivities.Outcome.CREATED;
            case UPDATED -> ExternalActivities.Outcome.UPDATED;
            case UNCHANGED -> ExternalActivities.Outcome.UNCHANGED;
        };
        return new Stored(outcome, result.statusKept(), compare(identifier, result, a.transactions()));
    }

    /** Sums per IATI transaction type and currency, the file's against the ledger's as the export would write it. */
    private List<IatiImport.LedgerDifference> compare(String activity, ProjectImports.Result project,
            List<ParsedActivity.Transaction> transactions) {
        Map<String, BigDecimal> inFile = new TreeMap<>();
        for (ParsedActivity.Transaction t : transactions) {
            if (t.type() != null && t.value() != null && t.currency() != null) {
                inFile.merge(t.type() + " " + t.currency(), t.value(), BigDecimal::add);
            }
        }
        Map<String, BigDecimal> inLedger = new TreeMap<>();
        for (LedgerEntry e : ledger.findVisible(Visibility.everything(), null, project.projectId())) {
            inLedger.merge(ActivityWriter.transactionType(e.type().name()) + " " + e.currency(), e.amount(),
                BigDecimal::add);
        }
        for (Cofinancing c : cofinancings.findVisible(Visibility.everything(), project.projectId())) {
            inLedger.merge("1 " + c.currency(), c.amount(), BigDecimal::add);
        }
        List<IatiImport.LedgerDifference> differences = new ArrayList<>();
        for (String key : java.util.stream.Stream.concat(inFile.keySet().stream(), inLedger.keySet().stream())
                .collect(Collectors.toCollection(java.util.TreeSet::new))) {
            BigDecimal file = inFile.getOrDefault(key, BigDecimal.ZERO);
            BigDecimal held = inLedger.getOrDefault(key, BigDecimal.ZERO);
            if (file.compareTo(held) != 0) {
                String[] typeAndCurrency = key.split(" ");
                differences.add(new IatiImport.LedgerDifference(activity, project.identifier(), typeAndCurrency[0],
                    typeAndCurrency[1], file, held));
            }
        }
        return differences;
    }

    /** A refusal of the project's rules in English, for the import's report (the CLI's language). */
    String describe(RuntimeException e) {
        List<InvalidInput.FieldError> errors = e instanceof InvalidInput invalid ? invalid.errors()
            : e instanceof Conflict conflict && conflict.reason() != null ? List.of(conflict.reason()) : List.of();
        if (errors.isEmpty()) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return errors.stream().map(f -> (f.field().isEmpty() ? "" : f.field() + ": ")
            + InputErrors.message(f, messages, Locale.ENGLISH)).collect(Collectors.joining("; "));
    }
}
