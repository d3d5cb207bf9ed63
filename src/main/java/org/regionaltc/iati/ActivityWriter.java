package org.regionaltc.iati;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.regionaltc.funding.Cofinancing;
import org.regionaltc.funding.LedgerEntry;
import org.regionaltc.project.ProjectScope;
import org.regionaltc.project.TcProject;
import org.regionaltc.reference.FinancingBody;
import org.regionaltc.results.Outcome;
import org.regionaltc.system.Pure;

/**
 * Writes one project as an IATI 2.03 {@code iati-activity}, its elements in the order the schema's sequence fixes.
 * The ledger maps as decided in issue 12: PLEDGE 13, COMMITMENT 11, RECEIPT 1, ALLOTMENT 2, EXPENDITURE 4, and
 * co-financing as incoming funds (1) from its source.
 */
@Pure
final class ActivityWriter {

    static final String UNIDO_REF = "XM-DAC-41123";
    static final String UNIDO_NAME = "United Nations Industrial Development Organization";
    private static final Set<String> SOUTH_AMERICA = Set.of("AR", "BO", "BR", "CL", "CO", "EC", "GY", "PY", "PE", "SR",
        "UY", "VE");
    private static final Set<String> CENTRAL_AMERICA_CARIBBEAN = Set.of("AG", "BS", "BB", "CU", "DM", "DO", "GD", "HT",
        "JM", "KN", "LC", "VC", "TT", "BZ", "CR", "SV", "GT", "HN", "MX", "NI", "PA");

    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

    /** The activity's identifier: the project's, prefixed with UNIDO's organisation identifier when it is not. */
    static String identifier(TcProject project) {
        return project.identifier().startsWith(UNIDO_REF) ? project.identifier() : UNIDO_REF + "-" + project.identifier();
    }

    byte[] write(ExportedProject exported, String lastUpdated) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(buffer, "UTF-8");
            new Activity(xml, exported).write(lastUpdated);
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        buffer.write('\n');
        return buffer.toByteArray();
    }

    /**
     * The DAC region of a regional or sub-regional project: the narrowest that holds all its countries. Issue 12 also
     * names 380 West Indies, but the 2.03 Region codelist marks it withdrawn: Caribbean projects take 389.
     */
    static String region(List<String> countries) {
        if (CENTRAL_AMERICA_CARIBBEAN.containsAll(countries)) {
            return "389";
        }
        if (SOUTH_AMERICA.containsAll(countries)) {
            return "489";
        }
        return "498";
    }

    static String activityStatus(String status) {
        return org.regionaltc.project.ProjectStatus.valueOf(status).iatiCode();
    }

    static String transactionType(String entryType) {
        return switch (entryType) {
            case "PLEDGE" -> "13";
            case "COMMITMENT" -> "11";
            case "RECEIPT" -> "1";
            case "ALLOTMENT" -> "2";
            default -> "4";
        };
    }

    static String organisationType(FinancingBody.Type type) {
        return switch (type) {
            case BILATERAL, RECIPIENT_GOVERNMENT -> "10";
            case PRIVATE_SECTOR -> "70";
            case MULTILATERAL, VERTICAL_FUND, UNIDO_FUND, EU, DEVELOPMENT_BANK -> "40";
        };
    }

    private static final class Activity {
        private final XMLStreamWriter xml;
        private final ExportedProject exported;
        private final TcProject p;

        Activity(XMLStreamWriter xml, ExportedProject exported) {
            this.xml = xml;
            this.exported = exported;
            this.p = exported.project();
        }

        void write(String lastUpdated) throws XMLStreamException {
            xml.writeStartElement("iati-activity");
            xml.writeAttribute("last-updated-datetime", lastUpdated);
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "en");
            xml.writeAttribute("default-currency", p.currency());
            text("iati-identifier", identifier(p));
            reportingOrg();
            xml.writeStartElement("title");
            narrative(p.texts().titleEn(), null);
            narrative(p.texts().titleEs(), "es");
            narrative(p.texts().titleFr(), "fr");
            narrative(p.texts().titlePt(), "pt");
            xml.writeEndElement();
            // The schema requires a description: a project without one is described by its title.
            xml.writeStartElement("description");
            xml.writeAttribute("type", "1");
            if (p.texts().descriptionEn() != null || p.texts().descriptionEs() != null) {
                narrative(p.texts().descriptionEn() == null ? p.texts().titleEn() : p.texts().descriptionEn(), null);
                narrative(p.texts().descriptionEs(), "es");
            } else {
                narrative(p.texts().titleEn(), null);
                narrative(p.texts().titleEs(), "es");
                narrative(p.texts().titleFr(), "fr");
                narrative(p.texts().titlePt(), "pt");
            }
            xml.writeEndElement();
            participatingOrgs();
            code("activity-status", activityStatus(p.status().name()));
            date("1", p.plannedStart());
            date("2", p.actualStart());
            date("3", p.plannedEnd());
            date("4", p.actualEnd());
            code("activity-scope", switch (p.scope()) {
                case NATIONAL -> "4";
                case SUB_REGIONAL, REGIONAL -> "2";
                case INTERREGIONAL -> "3";
            });
            places();
            for (TcProject.Share sector : p.sectors()) {
                xml.writeEmptyElement("sector");
                xml.writeAttribute("vocabulary", sector.code().length() == 3 ? "2" : "1");
                xml.writeAttribute("code", sector.code());
                xml.writeAttribute("percentage", plain(sector.percentage()));
            }
            budgets();
            transactions();
            documents();
            results();
            xml.writeEndElement();
        }

        private void reportingOrg() throws XMLStreamException {
            xml.writeStartElement("reporting-org");
            xml.writeAttribute("ref", UNIDO_REF);
            xml.writeAttribute("type", "40");
            narrative(UNIDO_NAME, null);
            xml.writeEndElement();
        }

        private void participatingOrgs() throws XMLStreamException {
            Set<String> funders = new LinkedHashSet<>();
            exported.ledger().forEach(e -> funders.add(e.bodyCode()));
            for (String code : funders) {
                FinancingBody body = exported.bodies().get(code);
                org("participating-org", "1", body == null ? null : body.iatiOrgRef(),
                    body == null ? null : organisationType(body.type()), body == null ? code : body.name());
            }
            org("participating-org", "3", UNIDO_REF, "40", UNIDO_NAME);
            for (String counterpart : p.counterparts()) {
                org("participating-org", "4", null, "10", counterpart);
            }
            for (String partner : p.partners()) {
                org("participating-org", "4", null, null, partner);
            }
        }

        private void org(String element, @Nullable String role, @Nullable String ref, @Nullable String type,
                String name) throws XMLStreamException {
            xml.writeStartElement(element);
            if (ref != null && !ref.isBlank()) {
                xml.writeAttribute("ref", ref);
            }
            if (role != null) {
                xml.writeAttribute("role", role);
            }
            if (type != null) {
                xml.writeAttribute("type", type);
            }
            narrative(name, null);
            xml.writeEndElement();
        }

        /**
         * Countries keep their shares; a regional or sub-regional project also names its DAC region, at 0 %, so
         * that countries and regions still sum to 100 as the standard requires and nothing is counted twice.
         */
        private void places() throws XMLStreamException {
            for (TcProject.Share country : p.countries()) {
                xml.writeEmptyElement("recipient-country");
                xml.writeAttribute("code", country.code());
                xml.writeAttribute("percentage", plain(country.percentage()));
            }
            if ((p.scope() == ProjectScope.REGIONAL || p.scope() == ProjectScope.SUB_REGIONAL)
                    && !p.countries().isEmpty()) {
                xml.writeEmptyElement("recipient-region");
                xml.writeAttribute("code", region(p.countryCodes()));
                xml.writeAttribute("vocabulary", "1");
                xml.writeAttribute("percentage", "0");
            }
        }

        private void budgets() throws XMLStreamException {
            for (Map.Entry<Integer, BigDecimal> year : new java.util.TreeMap<>(p.budgetByYear()).entrySet()) {
                xml.writeStartElement("budget");
                xml.writeAttribute("type", "1");
                xml.writeAttribute("status", "2");
                date("period-start", LocalDate.of(year.getKey(), 1, 1));
                date("period-end", LocalDate.of(year.getKey(), 12, 31));
                value(p.currency(), year.getValue(), LocalDate.of(year.getKey(), 1, 1));
                xml.writeEndElement();
            }
        }

        private void transactions() throws XMLStreamException {
            for (LedgerEntry e : exported.ledger().stream()
                    .sorted(java.util.Comparator.comparing(LedgerEntry::date).thenComparing(LedgerEntry::id)).toList()) {
                String type = transactionType(e.type().name());
                FinancingBody body = exported.bodies().get(e.bodyCode());
                transaction(type, e.date(), e.currency(), e.amount(), e.reference(), e.notes(), body, e.bodyCode(),
                    null);
            }
            for (Cofinancing c : exported.cofinancing().stream()
                    .sorted(java.util.Comparator.comparing(Cofinancing::date).thenComparing(Cofinancing::id)).toList()) {
                String type = c.sourceType() == Cofinancing.SourceType.GOVERNMENT ? "10"
                    : c.sourceType() == Cofinancing.SourceType.PRIVATE_SECTOR ? "70" : null;
                transaction("1", c.date(), c.currency(), c.amount(), null,
                    "Co-financing" + (c.kind() == Cofinancing.Kind.IN_KIND ? " in kind" : "")
                        + (c.countryCode() == null ? "" : " (" + c.countryCode() + ")"),
                    null, c.sourceName(), type);
            }
        }

        private void transaction(String type, LocalDate date, String currency, BigDecimal amount,
                @Nullable String ref, @Nullable String description, @Nullable FinancingBody body, String name,
                @Nullable String providerType) throws XMLStreamException {
            xml.writeStartElement("transaction");
            if (ref != null && !ref.isBlank()) {
                xml.writeAttribute("ref", ref);
            }
            code("transaction-type", type);
            date("transaction-date", date);
            value(currency, amount, date);
            if (description != null && !description.isBlank()) {
                xml.writeStartElement("description");
                narrative(description, null);
                xml.writeEndElement();
            }
            boolean incoming = type.equals("1") || type.equals("11") || type.equals("13");
            if (incoming) {
                org("provider-org", null, body == null ? null : body.iatiOrgRef(),
                    body == null ? providerType : organisationType(body.type()), body == null ? name : body.name());
                org("receiver-org", null, UNIDO_REF, "40", UNIDO_NAME);
            } else {
                org("provider-org", null, UNIDO_REF, "40", UNIDO_NAME);
            }
            xml.writeEndElement();
        }

        private void documents() throws XMLStreamException {
            for (TcProject.Document d : p.documents()) {
                boolean pdf = d.url().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
                xml.writeStartElement("document-link");
                xml.writeAttribute("format", pdf ? "application/pdf" : "text/html");
                xml.writeAttribute("url", d.url());
                xml.writeStartElement("title");
                narrative(d.title(), null);
                xml.writeEndElement();
                code("category", pdf ? "A02" : "A12");
                xml.writeEndElement();
            }
        }

        private void results() throws XMLStreamException {
            for (Outcome outcome : exported.outcomes()) {
                xml.writeStartElement("result");
                xml.writeAttribute("type", "2");
                xml.writeAttribute("aggregation-status", "0");
                xml.writeStartElement("title");
                narrative(outcome.title(), null);
                xml.writeEndElement();
                for (Outcome.Indicator indicator : outcome.indicators()) {
                    indicator(indicator);
                }
                xml.writeEndElement();
            }
        }

        private void indicator(Outcome.Indicator indicator) throws XMLStreamException {
            xml.writeStartElement("indicator");
            xml.writeAttribute("measure", "1");
            xml.writeAttribute("ascending", "1");
            xml.writeStartElement("title");
            narrative(indicator.name(), null);
            xml.writeEndElement();
            if (!indicator.unit().isBlank() || indicator.sourceOfVerification() != null) {
                xml.writeStartElement("description");
                narrative(indicator.unit() + (indicator.sourceOfVerification() == null ? ""
                    : " (" + indicator.sourceOfVerification() + ")"), null);
                xml.writeEndElement();
            }
            SortedSet<Integer> years = indicator.years();
            if (indicator.baseline() != null) {
                int year = years.isEmpty() ? (p.plannedStart() == null ? LocalDate.now().getYear()
                    : p.plannedStart().getYear()) : years.first();
                xml.writeEmptyElement("baseline");
                xml.writeAttribute("year", String.valueOf(year));
                xml.writeAttribute("value", plain(indicator.baseline()));
            }
            for (int year : years) {
                xml.writeStartElement("period");
                date("period-start", LocalDate.of(year, 1, 1));
                date("period-end", LocalDate.of(year, 12, 31));
                BigDecimal target = indicator.targets().get(year);
                if (target != null) {
                    xml.writeEmptyElement("target");
                    xml.writeAttribute("value", plain(target));
                }
                BigDecimal actual = indicator.actuals().get(year);
                if (actual != null) {
                    xml.writeEmptyElement("actual");
                    xml.writeAttribute("value", plain(actual));
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }

        private void value(String currency, BigDecimal amount, LocalDate valueDate) throws XMLStreamException {
            xml.writeStartElement("value");
            xml.writeAttribute("currency", currency);
            xml.writeAttribute("value-date", valueDate.toString());
            xml.writeCharacters(plain(amount));
            xml.writeEndElement();
        }

        private void date(String typeOrElement, @Nullable LocalDate date) throws XMLStreamException {
            if (date == null) {
                return;
            }
            if (Character.isDigit(typeOrElement.charAt(0))) {
                xml.writeEmptyElement("activity-date");
                xml.writeAttribute("type", typeOrElement);
            } else {
                xml.writeEmptyElement(typeOrElement);
            }
            xml.writeAttribute("iso-date", date.toString());
        }

        private void code(String element, String code) throws XMLStreamException {
            xml.writeEmptyElement(element);
            xml.writeAttribute("code", code);
        }

        private void text(String element, String text) throws XMLStreamException {
            xml.writeStartElement(element);
            xml.writeCharacters(text);
            xml.writeEndElement();
        }

        private void narrative(@Nullable String text, @Nullable String lang) throws XMLStreamException {
            if (text == null || text.isBlank()) {
                return;
            }
            xml.writeStartElement("narrative");
            if (lang != null) {
                xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", lang);
            }
            xml.writeCharacters(text);
            xml.writeEndElement();
        }
    }

    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
