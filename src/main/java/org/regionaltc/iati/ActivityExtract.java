package org.regionaltc.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.codehaus.stax2.XMLStreamReader2;
import org.jspecify.annotations.Nullable;

/** Collects the fields the import stores while the validating pass walks one activity; holds that activity only. */
final class ActivityExtract {

    private final int line;
    private final @Nullable String defaultCurrency;
    private @Nullable String reportingRef;
    private @Nullable String reportingName;
    private @Nullable String title;
    private boolean titleInEnglish;
    private @Nullable String status;
    private @Nullable LocalDate plannedStart;
    private @Nullable LocalDate actualStart;
    private @Nullable LocalDate plannedEnd;
    private @Nullable LocalDate actualEnd;
    private final List<ParsedActivity.Place> countries = new ArrayList<>();
    private final List<ParsedActivity.Sector> sectors = new ArrayList<>();
    private final List<ParsedActivity.Budget> budgets = new ArrayList<>();
    private final List<ParsedActivity.Transaction> transactions = new ArrayList<>();

    private @Nullable LocalDate periodStart;
    private @Nullable LocalDate periodEnd;
    private @Nullable String valueCurrency;
    private @Nullable String txType;
    private @Nullable LocalDate txDate;
    private @Nullable String providerRef;
    private @Nullable String providerName;
    private @Nullable String captured;
    private @Nullable String capturing;
    private @Nullable String narrativeLang;

    ActivityExtract(int line, @Nullable String defaultCurrency) {
        this.line = line;
        this.defaultCurrency = defaultCurrency;
    }

    /** Whether the element just started has text the extract wants. */
    boolean start(XMLStreamReader2 xml, String name, String parent, int depth) {
        if (depth == 3) {
            switch (name) {
                case "reporting-org" -> reportingRef = xml.getAttributeValue(null, "ref");
                case "activity-status" -> status = xml.getAttributeValue(null, "code");
                case "activity-date" -> date(xml.getAttributeValue(null, "type"), date(xml, "iso-date"));
                case "recipient-country" -> {
                    String code = xml.getAttributeValue(null, "code");
                    if (code != null) {
                        countries.add(new ParsedActivity.Place(code.trim(), decimal(xml.getAttributeValue(null,
                            "percentage"))));
                    }
                }
                case "sector" -> {
                    String code = xml.getAttributeValue(null, "code");
                    String vocabulary = xml.getAttributeValue(null, "vocabulary");
                    if (code != null) {
                        sectors.add(new ParsedActivity.Sector(vocabulary == null ? "1" : vocabulary, code.trim(),
                            decimal(xml.getAttributeValue(null, "percentage"))));
                    }
                }
                case "budget", "transaction" -> {
                    periodStart = null;
                    periodEnd = null;
                    valueCurrency = null;
                    captured = null;
                    txType = null;
                    txDate = null;
                    providerRef = null;
                    providerName = null;
                }
                default -> { }
            }
            return false;
        }
        if (depth == 4) {
            switch (parent + "/" + name) {
                case "reporting-org/narrative", "title/narrative" -> {
                    narrativeLang = xml.getAttributeValue(CodelistRules.XML_NS, "lang");
                    capturing = parent;
                    return true;
                }
                case "budget/period-start" -> periodStart = date(xml, "iso-date");
                case "budget/period-end" -> periodEnd = date(xml, "iso-date");
                case "budget/value", "transaction/value" -> {
                    valueCurrency = xml.getAttributeValue(null, "currency");
                    capturing = "value";
                    return true;
                }
                case "transaction/transaction-type" -> txType = xml.getAttributeValue(null, "code");
                case "transaction/transaction-date" -> txDate = date(xml, "iso-date");
                case "transaction/provider-org" -> providerRef = xml.getAttributeValue(null, "ref");
                default -> { }
            }
            return false;
        }
        if (depth == 5 && parent.equals("provider-org") && name.equals("narrative") && providerName == null) {
            capturing = "provider-org";
            return true;
        }
        return false;
    }

    void text(String text) {
        String t = text.trim();
        switch (capturing == null ? "" : capturing) {
            case "reporting-org" -> {
                if (reportingName == null) {
                    reportingName = t;
                }
            }
            case "title" -> {
                boolean english = narrativeLang == null || narrativeLang.equals("en");
                if (title == null || (english && !titleInEnglish)) {
                    title = t;
                    titleInEnglish = english;
                }
            }
            case "value" -> captured = t;
            case "provider-org" -> providerName = t;
            default -> { }
        }
        capturing = null;
    }

    void end(String name, int depth) {
        if (depth != 3) {
            return;
        }
        String currency = valueCurrency == null ? defaultCurrency : valueCurrency;
        if (name.equals("budget")) {
            budgets.add(new ParsedActivity.Budget(periodStart, periodEnd, currency, decimal(captured)));
        } else if (name.equals("transaction")) {
            transactions.add(new ParsedActivity.Transaction(txType, txDate, currency, decimal(captured), providerRef,
                providerName));
        }
    }

    ParsedActivity finish(@Nullable String identifier, List<Finding> findings) {
        return new ParsedActivity(identifier, line, reportingRef, reportingName, title, status,
            actualStart != null ? actualStart : plannedStart, actualEnd != null ? actualEnd : plannedEnd,
            defaultCurrency, List.copyOf(countries), List.copyOf(sectors), List.copyOf(budgets),
            List.copyOf(transactions), List.copyOf(findings),
            new ParsedActivity.Dates(plannedStart, plannedEnd, actualStart, actualEnd));
    }

    private void date(@Nullable String type, @Nullable LocalDate date) {
        if (type == null || date == null) {
            return;
        }
        switch (type) {
            case "1" -> plannedStart = date;
            case "2" -> actualStart = date;
            case "3" -> plannedEnd = date;
            case "4" -> actualEnd = date;
            default -> { }
        }
    }

    private static @Nullable LocalDate date(XMLStreamReader2 xml, String attribute) {
        String value = xml.getAttributeValue(null, attribute);
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable BigDecimal decimal(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
