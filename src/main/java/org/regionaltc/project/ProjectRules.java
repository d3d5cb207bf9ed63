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
            errors.add(new FieldError("identifier", "error.project.identifier"));
        }
        if (request.countries().isEmpty()) {
            errors.add(new FieldError("countries", "error.project.noCountry"));
        }
        request.countries().keySet().stream().filter(c -> !countries.exists(c))
            .forEach(c -> errors.add(new FieldError("countries", "error.country.unknown", c)));
        checkShares("countries", request.countries(), errors);
        if (request.sectors().isEmpty()) {
            errors.add(new FieldError("sectors", "error.project.noSector"));
        }
        request.sectors().keySet().stream().filter(s -> !codelists.isActive("Sector", s))
            .forEach(s -> errors.add(new FieldError("sectors", "error.project.sector", s)));
        checkShares("sectors", request.sectors(), errors);
        request.themesOrEmpty().stream().filter(t -> themes.findByCode(t).isEmpty())
            .forEach(t -> errors.add(new FieldError("themes", "error.theme.unknown", t)));
        String currency = request.currency().toUpperCase(Locale.ROOT);
        boolean knownCurrency = Money.isCurrency(currency);
        if (!knownCurrency) {
            errors.add(Money.unknownCurrency("currency", request.currency()));
        }
        Money.check("totalBudget", currency, request.totalBudget(), true).ifPresent(errors::add);
        checkYears(request, currency, errors);
        if (request.plannedStart() != null && request.plannedEnd() != null
                && request.plannedEnd().isBefore(request.plannedStart())) {
            errors.add(new FieldError("plannedEnd", "error.project.plannedEnd"));
        }
        if (request.actualStart() != null && request.actualEnd() != null
                && request.actualEnd().isBefore(request.actualStart())) {
            errors.add(new FieldError("actualEnd", "error.project.actualEnd"));
        }
        for (TcProject.Document d : request.documentsOrEmpty()) {
            if (d == null || d.title() == null || d.title().isBlank() || d.url() == null) {
                errors.add(new FieldError("documents", "error.project.documentIncomplete"));
            } else if (!d.url().matches("https?://\\S+") || d.url().length() > 500 || d.title().length() > 300) {
                errors.add(new FieldError("documents", "error.project.documentLink", d.url()));
            }
        }
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
                errors.add(new FieldError(field, "error.tooLong", limit));
            }
        });
        for (String text : java.util.stream.Stream.of(r.descriptionEn(), r.descriptionEs()).toList()) {
            if (text != null && text.length() > 8000) {
                errors.add(new FieldError(text == r.descriptionEn() ? "descriptionEn" : "descriptionEs",
                    "error.tooLong", 8000));
            }
        }
        if (r.internalNotes() != null && r.internalNotes().length() > 4000) {
            errors.add(new FieldError("internalNotes", "error.tooLong", 4000));
        }
        java.util.stream.Stream.concat(r.counterpartsOrEmpty().stream(), r.partnersOrEmpty().stream())
            .filter(name -> name != null && name.length() > 300).findFirst()
            .ifPresent(name -> errors.add(new FieldError("counterparts", "error.project.nameTooLong", 300)));
    }

    private static void checkShares(String field, Map<String, BigDecimal> shares, List<FieldError> errors) {
        if (shares.values().stream().anyMatch(p -> p == null || p.signum() <= 0 || p.compareTo(HUNDRED) > 0)) {
            errors.add(new FieldError(field, "error.share.range"));
            return;
        }
        BigDecimal sum = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!shares.isEmpty() && sum.compareTo(HUNDRED) != 0) {
            errors.add(new FieldError(field, "error.share.sum", sum.stripTrailingZeros()));
        }
    }

    /** An amount in the project's currency, or as it is when the currency is not one. */
    private static Object amountIn(String currency, BigDecimal amount) {
        return Money.isCurrency(currency) ? Money.amount(currency, amount) : amount.toPlainString();
    }

    private static void checkYears(ProjectRequest request, String currency, List<FieldError> errors) {
        Map<Integer, BigDecimal> years = request.budgetByYearOrEmpty();
        if (years.values().stream().anyMatch(a -> a == null)) {
            errors.add(new FieldError("budgetByYear", "error.project.yearly", FieldError.words("error.required")));
            return;
        }
        var broken = years.values().stream()
            .flatMap(a -> Money.check("budgetByYear", currency, a, true).stream()).findFirst();
        if (broken.isPresent()) {
            errors.add(new FieldError("budgetByYear", "error.project.yearly",
                FieldError.words(broken.get().code(), broken.get().arguments().toArray())));
            return;
        }
        if (years.keySet().stream().anyMatch(y -> y < 1990 || y > 2100)) {
            errors.add(new FieldError("budgetByYear", "error.project.years"));
        }
        BigDecimal sum = years.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!years.isEmpty() && sum.compareTo(request.totalBudget()) != 0) {
            errors.add(new FieldError("budgetByYear", "error.project.yearlySum", amountIn(currency, sum),
                amountIn(currency, request.totalBudget())));
        }
    }
}
