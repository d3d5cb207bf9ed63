package org.regionaltc.project;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.regionaltc.reference.Codelists;
import org.regionaltc.reference.Countries;
import org.regionaltc.reference.ThematicAreas;
import org.regionaltc.system.InputLimits;
import org.regionaltc.system.Money;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.InvalidInput.FieldError;
import org.springframework.stereotype.Component;

/** Checks a project request against the rules and the reference data, naming every field at fault at once. */
@Component
class ProjectRules {

    static final String IDENTIFIER_PATTERN = "[A-Z]{2}-[A-Z0-9]{1,10}-[A-Za-z0-9]+(-[A-Za-z0-9]+)*";
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final Countries countries;
    private final Codelists codelists;
    private final ThematicAreas themes;

    ProjectRules(Countries countries, Codelists codelists, ThematicAreas themes) {
        this.countries = countries;
        this.codelists = codelists;
        this.themes = themes;
    }

    void check(ProjectRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (!request.identifier().matches(IDENTIFIER_PATTERN)) {
            errors.add(new FieldError("identifier", "must look like XM-DAC-41123-PROJECT-150277"));
        }
        if (request.countries().isEmpty()) {
            errors.add(new FieldError("countries", "name at least one recipient country"));
        }
        request.countries().keySet().stream().filter(c -> !countries.exists(c))
            .forEach(c -> errors.add(new FieldError("countries", c + " is not a GRULAC country code")));
        checkShares("countries", request.countries(), errors);
        if (request.sectors().isEmpty()) {
            errors.add(new FieldError("sectors", "name at least one DAC sector"));
        }
        request.sectors().keySet().stream().filter(s -> !codelists.isActive("Sector", s))
            .forEach(s -> errors.add(new FieldError("sectors", s + " is not a current DAC 5-digit sector code")));
        checkShares("sectors", request.sectors(), errors);
        request.themesOrEmpty().stream().filter(t -> themes.findByCode(t).isEmpty())
            .forEach(t -> errors.add(new FieldError("themes", t + " is not a thematic area")));
        String currency = request.currency().toUpperCase(Locale.ROOT);
        boolean knownCurrency = Money.isCurrency(currency);
        if (!knownCurrency) {
            errors.add(new FieldError("currency", Money.unknownCurrencyMessage(request.currency())));
        }
        if (request.totalBudget().signum() < 0) {
            errors.add(new FieldError("totalBudget", "must not be negative"));
        } else if (knownCurrency && !Money.fitsMinorUnit(currency, request.totalBudget())) {
            errors.add(new FieldError("totalBudget", Money.minorUnitMessage(currency)));
        }
        if (knownCurrency && request.budgetByYearOrEmpty().values().stream()
                .anyMatch(a -> a != null && !Money.fitsMinorUnit(currency, a))) {
            errors.add(new FieldError("budgetByYear", "yearly amounts " + Money.minorUnitMessage(currency)));
        }
        checkYears(request, errors);
        if (request.plannedStart() != null && request.plannedEnd() != null
                && request.plannedEnd().isBefore(request.plannedStart())) {
            errors.add(new FieldError("plannedEnd", "must not be before the planned start"));
        }
        if (request.actualStart() != null && request.actualEnd() != null
                && request.actualEnd().isBefore(request.actualStart())) {
            errors.add(new FieldError("actualEnd", "must not be before the actual start"));
        }
        for (TcProject.Document d : request.documentsOrEmpty()) {
            if (d == null || d.title() == null || d.title().isBlank() || d.url() == null) {
                errors.add(new FieldError("documents", "each document needs a title and a link"));
            } else if (!d.url().matches("https?://\\S+") || d.url().length() > 500 || d.title().length() > 300) {
                errors.add(new FieldError("documents", d.url() + " is not an http(s) link of at most 500 characters"));
            }
        }
        InputLimits.checkAmount("totalBudget", request.totalBudget(), errors);
        InputLimits.checkDate("plannedStart", request.plannedStart(), errors);
        InputLimits.checkDate("plannedEnd", request.plannedEnd(), errors);
        InputLimits.checkDate("actualStart", request.actualStart(), errors);
        InputLimits.checkDate("actualEnd", request.actualEnd(), errors);
        checkLengths(request, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static void checkLengths(ProjectRequest r, List<FieldError> errors) {
        java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
        texts.put("identifier", r.identifier());
        texts.put("titleEn", r.titleEn());
        texts.put("titleEs", r.titleEs());
        texts.put("titleFr", r.titleFr());
        texts.put("titlePt", r.titlePt());
        texts.put("unidoUnit", r.unidoUnit());
        java.util.Map<String, Integer> limits = java.util.Map.of("identifier", 100, "unidoUnit", 200);
        texts.forEach((field, text) -> {
            int limit = limits.getOrDefault(field, 300);
            if (text != null && text.length() > limit) {
                errors.add(new FieldError(field, "must be at most " + limit + " characters"));
            }
        });
        for (String text : java.util.stream.Stream.of(r.descriptionEn(), r.descriptionEs()).toList()) {
            if (text != null && text.length() > 8000) {
                errors.add(new FieldError(text == r.descriptionEn() ? "descriptionEn" : "descriptionEs",
                    "must be at most 8000 characters"));
            }
        }
        if (r.internalNotes() != null && r.internalNotes().length() > 4000) {
            errors.add(new FieldError("internalNotes", "must be at most 4000 characters"));
        }
        java.util.stream.Stream.concat(r.counterpartsOrEmpty().stream(), r.partnersOrEmpty().stream())
            .filter(name -> name != null && name.length() > 300).findFirst()
            .ifPresent(name -> errors.add(new FieldError("counterparts", "each name must be at most 300 characters")));
    }

    private static void checkShares(String field, Map<String, BigDecimal> shares, List<FieldError> errors) {
        if (shares.values().stream().anyMatch(p -> p == null || p.signum() <= 0 || p.compareTo(HUNDRED) > 0)) {
            errors.add(new FieldError(field, "each percentage must be more than 0 and at most 100"));
            return;
        }
        BigDecimal sum = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!shares.isEmpty() && sum.compareTo(HUNDRED) != 0) {
            errors.add(new FieldError(field, "percentages add up to " + sum.stripTrailingZeros().toPlainString()
                + ", not 100"));
        }
    }

    private static void checkYears(ProjectRequest request, List<FieldError> errors) {
        Map<Integer, BigDecimal> years = request.budgetByYearOrEmpty();
        if (years.values().stream().anyMatch(a -> a == null || a.signum() < 0)) {
            errors.add(new FieldError("budgetByYear", "yearly amounts must not be negative"));
            return;
        }
        if (years.values().stream().anyMatch(a -> !InputLimits.fits(a))) {
            errors.add(new FieldError("budgetByYear", "yearly amounts " + InputLimits.AMOUNT_MESSAGE));
            return;
        }
        if (years.keySet().stream().anyMatch(y -> y < 1990 || y > 2100)) {
            errors.add(new FieldError("budgetByYear", "years must be between 1990 and 2100"));
        }
        BigDecimal sum = years.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!years.isEmpty() && sum.compareTo(request.totalBudget()) != 0) {
            errors.add(new FieldError("budgetByYear", "yearly amounts add up to " + sum.toPlainString()
                + ", not the total budget " + request.totalBudget().toPlainString()));
        }
    }
}
