package org.regionaltc.iati;

import com.ctc.wstx.exc.WstxLazyException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.validation.XMLValidationProblem;
import org.jspecify.annotations.Nullable;
import org.regionaltc.iati.Finding.Kind;
import org.regionaltc.iati.Finding.Severity;

/**
 * Validates an IATI activity file in one streaming pass: the official 2.03 schema (every 2.0x file is checked
 * against it, the upgrades being backwards compatible), the codelists where {@code mapping.xml} applies them, and
 * the standard's rules of {@link ActivityChecks}. Memory holds one activity's findings and the identifiers seen (for
 * duplicates), whatever the file's size. Uses no Spring, so that {@code iati validate} starts like any Java program.
 */
public final class IatiValidator {

    public static final Set<String> SUPPORTED_VERSIONS = Set.of("2.01", "2.02", "2.03");
    /** Findings kept per file; past it they are counted, so that a broken file still has a bounded report. */
    static final int MAX_FINDINGS = 10_000;

    private final XMLInputFactory factory = IatiXml.inputFactory();
    private final CodelistRules codelists = CodelistRules.get();

    public FileReport validate(Path file, String name, @Nullable LongConsumer progress) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return validate(in, name, progress);
        }
    }

    public FileReport validate(InputStream in, String name, @Nullable LongConsumer progress) {
        return validate(in, name, progress, null);
    }

    /** Validates and hands each activity, with what it holds and its findings, to {@code activities} at its end. */
    public FileReport validate(InputStream in, String name, @Nullable LongConsumer progress,
            @Nullable Consumer<ParsedActivity> activities) {
        return new Pass(name, activities).run(progress == null ? in : new Counting(in, progress));
    }

    /** Schema findings of an IATI organisation file (the export writes one; nothing else reads them). */
    public List<Finding> validateOrganisationFile(InputStream in) {
        List<Finding> problems = new ArrayList<>();
        try {
            XMLStreamReader2 xml = (XMLStreamReader2) factory.createXMLStreamReader(in);
            xml.setValidationProblemHandler(p -> problems.add(new Finding(null,
                p.getLocation() == null ? 0 : p.getLocation().getLineNumber(),
                p.getLocation() == null ? 0 : p.getLocation().getColumnNumber(), Severity.ERROR, Kind.SCHEMA, "schema",
                p.getMessage())));
            xml.validateAgainst(IatiXml.organisationsSchema());
            while (xml.hasNext()) {
                xml.next();
            }
        } catch (XMLStreamException e) {
            problems.add(new Finding(null, 0, 0, Severity.ERROR, Kind.SCHEMA, "not-well-formed", e.getMessage()));
        }
        return problems;
    }

    /** The state of one file's pass. */
    private final class Pass {
        private final String file;
        private final List<Finding> findings = new ArrayList<>();
        private long omitted;
        private boolean valid = true;
        private @Nullable String version;
        private int activities;
        private final Set<String> identifiers = new HashSet<>();

        private final CodelistRules.Node[] nodes = new CodelistRules.Node[IatiXml.MAX_DEPTH + 2];
        private int depth;
        private @Nullable XMLStreamReader2 xml;
        private @Nullable ActivityChecks activity;
        private final List<Finding> pending = new ArrayList<>();
        private @Nullable StringBuilder text;
        private CodelistRules.@Nullable Check textCheck;
        private @Nullable String textVocabulary;
        private boolean inIdentifier;
        private boolean inWebsite;
        private @Nullable String budgetStart;
        private @Nullable String budgetEnd;
        private int budgetLine;
        private int budgetColumn;

        private final @Nullable Consumer<ParsedActivity> consumer;
        private final String[] names = new String[IatiXml.MAX_DEPTH + 2];
        private @Nullable ActivityExtract extract;
        private @Nullable StringBuilder extractText;

        Pass(String file, @Nullable Consumer<ParsedActivity> consumer) {
            this.file = file;
            this.consumer = consumer;
        }

        FileReport run(InputStream in) {
            try {
                xml = (XMLStreamReader2) factory.createXMLStreamReader(new BufferedInputStream(in, 64 * 1024));
                xml.setValidationProblemHandler(this::schemaProblem);
                xml.validateAgainst(IatiXml.activitiesSchema());
                read(xml);
                xml.close();
            } catch (XMLStreamException e) {
                fatal(e.getLocation(), e.getMessage());
            } catch (WstxLazyException e) {
                XMLStreamException cause = (XMLStreamException) e.getCause();
                fatal(cause.getLocation(), cause.getMessage());
            } catch (Stop stop) {
                // the file's root is not an activity file: reported, nothing more to learn from it
            }
            return new FileReport(file, version, valid, activities, List.copyOf(findings), omitted);
        }

        private void read(XMLStreamReader2 xml) throws XMLStreamException {
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> start(xml);
                    case XMLStreamConstants.END_ELEMENT -> end(xml);
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (text != null) {
                            text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                        }
                        if (extractText != null) {
                            extractText.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                        }
                    }
                    case XMLStreamConstants.DTD -> {
                        fatal(xml.getLocation(), "a document type declaration (DTD) is not allowed in an IATI file");
                        throw new Stop();
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> {
                        fatal(xml.getLocation(), "the entity reference &" + xml.getLocalName()
                            + "; is not allowed in an IATI file");
                        throw new Stop();
                    }
                    default -> { }
                }
            }
        }

        private void start(XMLStreamReader2 xml) {
            String name = xml.getLocalName();
            depth++;
            if (depth == 1) {
                root(xml, name);
            }
            CodelistRules.Node parent = nodes[depth - 1];
            CodelistRules.Node node = parent == null ? null : parent.child(name);
            if (node == null) {
                node = codelists.roots.child(name);
            }
            nodes[depth] = node;
            if (xml.getAttributeCount() > 0) {
                checkUris(xml);
                String lang = xml.getAttributeValue(CodelistRules.XML_NS, "lang");
                if (lang != null) {
                    checkCode(xml, codelists.language, lang, "xml:lang");
                }
                if (node != null && !node.checks.isEmpty()) {
                    checkAttributes(xml, node);
                }
            } else if (node != null && !node.checks.isEmpty()) {
                checkAttributes(xml, node);
            }
            if (name.equals("website")) {
                inWebsite = true;
                text = new StringBuilder();
            }
            names[depth] = name;
            if (depth == 2 && name.equals("iati-activity")) {
                beginActivity(xml);
            }
            if (extract != null && depth >= 3 && extract.start(xml, name, names[depth - 1], depth)) {
                extractText = new StringBuilder();
            } else if (activity != null && depth == 3) {
                activityChild(xml, name, activity);
            } else if (activity != null && depth == 4 && budgetLine > 0) {
                if (name.equals("period-start")) {
                    budgetStart = xml.getAttributeValue(null, "iso-date");
                } else if (name.equals("period-end")) {
                    budgetEnd = xml.getAttributeValue(null, "iso-date");
                }
            }
        }

        private void root(XMLStreamReader2 xml, String name) {
            String namespace = xml.getNamespaceURI();
            if (!name.equals("iati-activities") || (namespace != null && !namespace.isEmpty())) {
                String found = namespace == null || namespace.isEmpty() ? name : "{" + namespace + "}" + name;
                Location at = xml.getLocation();
                findings.clear(); // the schema's own complaint about this root says less
                add(new Finding(null, at.getLineNumber(), at.getColumnNumber(), Severity.ERROR, Kind.SCHEMA,
                    "wrong-root", "the root element must be iati-activities without a namespace, not " + found,
                    "wrong-root", List.of(found)));
                valid = false;
                throw new Stop();
            }
            version = xml.getAttributeValue(null, "version");
            if (version == null || !SUPPORTED_VERSIONS.contains(version)) {
                Location at = xml.getLocation();
                add(new Finding(null, at.getLineNumber(), at.getColumnNumber(), Severity.ERROR, Kind.RULE,
                    "unsupported-version", "the declared version " + version
                        + " is not one this system reads (2.01, 2.02 or 2.03)", "unsupported-version",
                    List.of(String.valueOf(version))));
            }
        }

        private void beginActivity(XMLStreamReader2 xml) {
            activities++;
            activity = new ActivityChecks();
            Location at = xml.getLocation();
            activity.at(at.getLineNumber(), at.getColumnNumber());
            if (consumer != null) {
                extract = new ActivityExtract(at.getLineNumber(), xml.getAttributeValue(null, "default-currency"));
            }
        }

        private void activityChild(XMLStreamReader2 xml, String name, ActivityChecks activity) {
            switch (name) {
                case "iati-identifier" -> {
                    inIdentifier = true;
                    text = new StringBuilder();
                }
                case "reporting-org" -> activity.reportingOrg(xml.getAttributeValue(null, "ref"));
                case "other-identifier" -> {
                    String ref = xml.getAttributeValue(null, "ref");
                    if ("B1".equals(xml.getAttributeValue(null, "type")) && ref != null) {
                        activity.previousReportingOrg(ref);
                    }
                }
                case "recipient-country", "recipient-region" -> {
                    Location at = xml.getLocation();
                    activity.place(xml.getAttributeValue(null, "percentage"), at.getLineNumber(),
                        at.getColumnNumber());
                }
                case "sector" -> {
                    Location at = xml.getLocation();
                    activity.sector(xml.getAttributeValue(null, "vocabulary"),
                        xml.getAttributeValue(null, "percentage"), at.getLineNumber(), at.getColumnNumber());
                }
                case "activity-date" -> activity.date(xml.getAttributeValue(null, "type"),
                    xml.getAttributeValue(null, "iso-date"));
                case "budget" -> {
                    Location at = xml.getLocation();
                    budgetLine = at.getLineNumber();
                    budgetColumn = at.getColumnNumber();
                    budgetStart = null;
                    budgetEnd = null;
                }
                default -> { }
            }
        }

        private void checkUris(XMLStreamReader2 xml) {
            for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
                String name = xml.getAttributeLocalName(i);
                if (IatiXml.isUriAttribute(name) && !IatiXml.isUri(xml.getAttributeValue(i))) {
                    Location at = xml.getLocation();
                    valid = false;
                    add(new Finding(null, at.getLineNumber(), at.getColumnNumber(), Severity.ERROR, Kind.SCHEMA,
                        "schema", "the attribute " + name + " of " + xml.getLocalName() + " is not a URI (xsd:anyURI): "
                            + xml.getAttributeValue(i)));
                }
            }
        }

        private void checkAttributes(XMLStreamReader2 xml, CodelistRules.Node node) {
            String vocabulary = null;
            boolean vocabularyRead = false;
            for (CodelistRules.Check check : node.checks) {
                if (!vocabularyRead && check.vocabulary() != null) {
                    vocabulary = xml.getAttributeValue(null, "vocabulary");
                    vocabularyRead = true;
                }
                if (!check.applies(vocabulary)) {
                    continue;
                }
                if (check.attribute() == null) {
                    textCheck = check;
                    textVocabulary = vocabulary;
                    text = new StringBuilder();
                    continue;
                }
                String value = xml.getAttributeValue(null, check.attribute());
                if (value != null) {
                    checkCode(xml, check.codelist(), value, "@" + check.attribute());
                }
            }
        }

        private void checkCode(XMLStreamReader2 xml, CodelistRules.Codelist codelist, String value, String where) {
            String status = codelist.statusByCode().get(value.trim());
            if (status == null) {
                Location at = xml.getLocation();
                add(new Finding(null, at.getLineNumber(), at.getColumnNumber(),
                    codelist.complete() ? Severity.ERROR : Severity.WARNING, Kind.CODELIST, "code-not-in-codelist",
                    xml.getLocalName() + "/" + where + ": the code '" + value + "' is not in the codelist "
                        + codelist.name(), "code-not-in-codelist",
                    List.of(xml.getLocalName() + "/" + where, value, codelist.name())));
            } else if (status.equals("withdrawn")) {
                Location at = xml.getLocation();
                add(new Finding(null, at.getLineNumber(), at.getColumnNumber(), Severity.WARNING, Kind.CODELIST,
                    "withdrawn-code", xml.getLocalName() + "/" + where + ": the code '" + value
                        + "' is withdrawn from the codelist " + codelist.name(), "withdrawn-code",
                    List.of(xml.getLocalName() + "/" + where, value, codelist.name())));
            }
        }

        private void end(XMLStreamReader2 xml) {
            if (extract != null) {
                if (extractText != null) {
                    extract.text(extractText.toString());
                    extractText = null;
                }
                extract.end(xml.getLocalName(), depth);
            }
            if (text != null) {
                if (inIdentifier && activity != null) {
                    activity.identifier(text.toString().trim());
                    inIdentifier = false;
                } else if (inWebsite) {
                    inWebsite = false;
                    if (!IatiXml.isUri(text.toString())) {
                        Location at = xml.getLocation();
                        valid = false;
                        add(new Finding(null, at.getLineNumber(), at.getColumnNumber(), Severity.ERROR, Kind.SCHEMA,
                            "schema", "website is not a URI (xsd:anyURI): " + text.toString().trim()));
                    }
                } else if (textCheck != null && textCheck.applies(textVocabulary)) {
                    checkCode(xml, textCheck.codelist(), text.toString().trim(), "text()");
                }
                text = null;
                textCheck = null;
            }
            if (activity != null && depth == 3 && budgetLine > 0 && xml.getLocalName().equals("budget")) {
                activity.period(budgetStart, budgetEnd, "budget", budgetLine, budgetColumn);
                budgetLine = 0;
            }
            if (depth == 2 && activity != null) {
                endActivity(activity);
            }
            nodes[depth] = null;
            depth--;
        }

        private void endActivity(ActivityChecks checks) {
            String identifier = checks.identifier();
            for (ActivityChecks.Problem p : checks.judge()) {
                pending.add(new Finding(null, p.line(), p.column(), Severity.ERROR, Kind.RULE, p.code(), p.message(),
                    p.key(), p.args()));
            }
            if (identifier != null && !identifier.isEmpty() && !identifiers.add(identifier)) {
                pending.add(new Finding(null, 0, 0, Severity.ERROR, Kind.RULE, "duplicate-identifier",
                    "the identifier " + identifier + " is used by an earlier activity of this file",
                    "duplicate-identifier", List.of(identifier)));
            }
            List<Finding> named = flush(identifier, checks);
            if (consumer != null && extract != null) {
                consumer.accept(extract.finish(identifier, named));
            }
            extract = null;
            activity = null;
        }

        private List<Finding> flush(@Nullable String identifier, @Nullable ActivityChecks checks) {
            List<Finding> named = new ArrayList<>(pending.size());
            for (Finding f : pending) {
                // rules about the whole activity (line 0) point at its start tag
                boolean whole = f.line() == 0 && checks != null;
                Finding withName = f.named(identifier, whole ? checks.line() : f.line(),
                    whole ? checks.column() : f.column());
                keep(withName);
                named.add(withName);
            }
            pending.clear();
            return named;
        }

        private void schemaProblem(XMLValidationProblem problem) {
            if (problem.getSeverity() >= XMLValidationProblem.SEVERITY_ERROR) {
                valid = false;
            }
            Location at = problem.getLocation();
            add(new Finding(null, at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber(),
                problem.getSeverity() >= XMLValidationProblem.SEVERITY_ERROR ? Severity.ERROR : Severity.WARNING,
                Kind.SCHEMA, "schema", problem.getMessage(), "schema", List.of(String.valueOf(problem.getMessage()))));
        }

        private void fatal(@Nullable Location where, @Nullable String message) {
            valid = false;
            Location at = where != null && where.getLineNumber() > 0 ? where : xml == null ? null : xml.getLocation();
            String text = message == null ? "the file is not well-formed XML" : clean(message);
            String limit = limit(text);
            add(new Finding(null, at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber(),
                Severity.ERROR, Kind.SCHEMA, limit == null ? "not-well-formed" : "limit-exceeded",
                limit == null ? text : limit, "schema", List.of(limit == null ? text : limit)));
            flush(activity == null ? null : activity.identifier(), null);
        }

        /** The bounds of {@link IatiXml}, said so that a publisher understands why the file was refused. */
        private static @Nullable String limit(String woodstox) {
            if (woodstox.contains("Text size limit")) {
                return "an element holds a text of more than " + IatiXml.MAX_TEXT_LENGTH
                    + " characters, which no IATI element needs: the file is refused";
            }
            if (woodstox.contains("Element Depth")) {
                return "elements are nested more than " + IatiXml.MAX_DEPTH
                    + " deep, which no IATI file needs: the file is refused";
            }
            if (woodstox.toLowerCase(java.util.Locale.ROOT).contains("attribute") && woodstox.contains("limit")) {
                return "an attribute holds more than " + IatiXml.MAX_ATTRIBUTE_SIZE
                    + " characters, or an element has too many attributes: the file is refused";
            }
            return null;
        }

        /** Woodstox puts the location on a second line of its message: the finding has its own. */
        private static String clean(String message) {
            String first = message.startsWith("ParseError at") && message.contains("Message: ")
                ? message.substring(message.indexOf("Message: ") + 9) : message;
            int newline = first.indexOf('\n');
            return (newline < 0 ? first : first.substring(0, newline)).trim();
        }

        private void add(Finding finding) {
            if (activity != null) {
                if (pending.size() < MAX_FINDINGS) {
                    pending.add(finding);
                } else {
                    omitted++;
                }
            } else {
                keep(finding);
            }
        }

        private void keep(Finding finding) {
            if (findings.size() < MAX_FINDINGS) {
                findings.add(finding);
            } else {
                omitted++;
            }
        }
    }

    /** Ends a pass that has reported why it cannot go on. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    /** Tells how many bytes have been read, every megabyte. */
    private static final class Counting extends java.io.FilterInputStream {
        private final LongConsumer progress;
        private long count;
        private long reported;

        Counting(InputStream in, LongConsumer progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                advance(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                advance(n);
            }
            return n;
        }

        private void advance(int n) {
            count += n;
            if (count - reported >= 1 << 20) {
                reported = count;
                progress.accept(count);
            }
        }
    }
}
