package org.regionaltc.iati;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Which codelist applies where, read from the official {@code mapping.xml}: a tree of element names from
 * {@code iati-activity} down, whose nodes hold the attribute (or text) checks, so the streaming pass finds the checks
 * of an element with one map look-up. Conditions in the mapping are all of the form
 * {@code @vocabulary = 'X'} or {@code @vocabulary = 'X' or not(@vocabulary)}; any other form refuses to load.
 */
final class CodelistRules {

    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final Pattern CONDITION =
        Pattern.compile("@vocabulary\\s*=\\s*'([^']*)'(\\s+or\\s+not\\(@vocabulary\\))?");

    record Codelist(String name, boolean complete, Map<String, String> statusByCode) {
    }

    /** A check of one attribute (or of the element's text when {@code attribute} is null). */
    record Check(@Nullable String attribute, Codelist codelist, @Nullable String vocabulary, boolean whenNoVocabulary) {

        boolean applies(@Nullable String vocabularyValue) {
            if (vocabulary == null) {
                return true;
            }
            return vocabularyValue == null ? whenNoVocabulary : vocabulary.equals(vocabularyValue);
        }
    }

    static final class Node {
        final Map<String, Node> children = new HashMap<>();
        final List<Check> checks = new ArrayList<>();

        @Nullable Node child(String name) {
            return children.get(name);
        }
    }

    private static volatile @Nullable CodelistRules loaded;

    /** Top-level elements a path may start from ({@code //iati-activity/...}). */
    final Node roots = new Node();
    /** {@code //@xml:lang}: checked on every element. */
    final Codelist language;

    private CodelistRules(Codelist language) {
        this.language = language;
    }

    static CodelistRules get() {
        CodelistRules rules = loaded;
        if (rules == null) {
            synchronized (CodelistRules.class) {
                rules = loaded;
                if (rules == null) {
                    rules = load();
                    loaded = rules;
                }
            }
        }
        return rules;
    }

    private static CodelistRules load() {
        Map<String, Codelist> codelists = new HashMap<>();
        try {
            CodelistRules rules = new CodelistRules(codelist("Language", codelists));
            for (String[] mapping : readMapping()) {
                rules.add(mapping[0], codelist(mapping[1], codelists), mapping[2]);
            }
            return rules;
        } catch (IOException | XMLStreamException e) {
            throw new IllegalStateException("the IATI codelists do not load", e);
        }
    }

    private void add(String path, Codelist codelist, @Nullable String condition) {
        if (!path.startsWith("//") || path.equals("//@xml:lang")) {
            return;
        }
        String[] steps = path.substring(2).split("/");
        Node node = roots;
        for (int i = 0; i < steps.length - 1; i++) {
            node = node.children.computeIfAbsent(steps[i], s -> new Node());
        }
        String last = steps[steps.length - 1];
        String vocabulary = null;
        boolean whenNone = true;
        if (condition != null) {
            Matcher m = CONDITION.matcher(condition.trim());
            if (!m.matches()) {
                throw new IllegalStateException("unsupported condition in mapping.xml: " + condition);
            }
            vocabulary = m.group(1);
            whenNone = m.group(2) != null;
        }
        if (last.equals("text()")) {
            node.checks.add(new Check(null, codelist, vocabulary, whenNone));
        } else if (last.startsWith("@")) {
            node.checks.add(new Check(last.substring(1), codelist, vocabulary, whenNone));
        } else {
            throw new IllegalStateException("unsupported path in mapping.xml: " + path);
        }
    }

    private static List<String[]> readMapping() throws IOException, XMLStreamException {
        List<String[]> mappings = new ArrayList<>();
        try (InputStream in = resource("iati/codelists/mapping.xml")) {
            XMLStreamReader xml = IatiXml.inputFactory().createXMLStreamReader(in);
            String path = null;
            String ref = null;
            String condition = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "mapping" -> { path = null; ref = null; condition = null; }
                        case "path" -> path = xml.getElementText().trim();
                        case "condition" -> condition = xml.getElementText().trim();
                        case "codelist" -> ref = xml.getAttributeValue(null, "ref");
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("mapping")) {
                    mappings.add(new String[] {Objects.requireNonNull(path), Objects.requireNonNull(ref), condition});
                }
            }
        }
        return mappings;
    }

    private static Codelist codelist(String name, Map<String, Codelist> cache) throws IOException, XMLStreamException {
        Codelist known = cache.get(name);
        if (known != null) {
            return known;
        }
        Map<String, String> codes = new HashMap<>();
        boolean complete;
        try (InputStream in = resource("iati/codelists/" + name + ".xml")) {
            XMLStreamReader xml = IatiXml.inputFactory().createXMLStreamReader(in);
            xml.nextTag();
            complete = !"0".equals(xml.getAttributeValue(null, "complete"));
            String status = "active";
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("codelist-item")) {
                    String s = xml.getAttributeValue(null, "status");
                    status = s == null ? "active" : s;
                } else if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("code")) {
                    codes.put(xml.getElementText().trim(), status);
                }
            }
        }
        Codelist codelist = new Codelist(name, complete, Map.copyOf(codes));
        cache.put(name, codelist);
        return codelist;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = CodelistRules.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing resource " + name);
        }
        return in;
    }

    /** The codes of a codelist, for the export's own checks. */
    static Set<String> codes(String codelist) {
        try {
            return codelist(codelist, new HashMap<>()).statusByCode().keySet();
        } catch (IOException | XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }
}
