package org.regionaltc.iati;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.validation.XMLValidationSchema;
import org.codehaus.stax2.validation.XMLValidationSchemaFactory;

/**
 * The parser every IATI file goes through: Woodstox with DTDs, external entities and entity expansion refused (XXE,
 * billion laughs), and bounds on what one element may hold, so that a hostile file fails fast with a message
 * instead of filling the heap. The schema is the official 2.03 XSD shipped in {@code iati/schema}.
 */
final class IatiXml {

    /** A narrative of a few pages is 100 k characters; four million is far above any real one and bounds the heap. */
    static final int MAX_TEXT_LENGTH = 4_000_000;
    static final int MAX_ATTRIBUTE_SIZE = 100_000;
    static final int MAX_DEPTH = 64;

    private static final List<String> SCHEMA_FILES = List.of("iati-activities-schema.xsd", "iati-common.xsd",
        "iati-organisations-schema.xsd", "xml.xsd");
    private static final Object LOCK = new Object();
    private static volatile XMLValidationSchema activitiesSchema;
    private static volatile XMLValidationSchema organisationsSchema;

    private IatiXml() {
    }

    static XMLInputFactory inputFactory() {
        WstxInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, MAX_TEXT_LENGTH);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, MAX_ATTRIBUTE_SIZE);
        factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_DEPTH);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 200);
        factory.setProperty(WstxInputProperties.P_INPUT_BUFFER_LENGTH, 64 * 1024);
        return factory;
    }

    static XMLValidationSchema activitiesSchema() {
        if (activitiesSchema == null) {
            synchronized (LOCK) {
                if (activitiesSchema == null) {
                    activitiesSchema = load("iati/schema/iati-activities-schema.xsd");
                }
            }
        }
        return activitiesSchema;
    }

    static XMLValidationSchema organisationsSchema() {
        if (organisationsSchema == null) {
            synchronized (LOCK) {
                if (organisationsSchema == null) {
                    organisationsSchema = load("iati/schema/iati-organisations-schema.xsd");
                }
            }
        }
        return organisationsSchema;
    }

    /**
     * Loads the official schema with one change: {@code xsd:anyURI} becomes {@code xsd:string}, and the streaming pass
     * checks those values itself ({@link #isUri}). MSV checks anyURI with a backtracking regular expression that took
     * 70% of the validation time on real files; the check here accepts and refuses the same values as xmllint.
     */
    private static XMLValidationSchema load(String resource) {
        try {
            Path folder = Files.createTempDirectory("iati-schema");
            for (String name : SCHEMA_FILES) {
                try (InputStream in = Objects.requireNonNull(
                        IatiXml.class.getClassLoader().getResourceAsStream("iati/schema/" + name), name)) {
                    String xsd = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .replace("\"xsd:anyURI\"", "\"xsd:string\"").replace("\"xs:anyURI\"", "\"xs:string\"");
                    Path copy = folder.resolve(name);
                    Files.writeString(copy, xsd, StandardCharsets.UTF_8);
                    copy.toFile().deleteOnExit();
                }
            }
            folder.toFile().deleteOnExit();
            URL url = folder.resolve(resource.substring(resource.lastIndexOf('/') + 1)).toUri().toURL();
            return XMLValidationSchemaFactory.newInstance(XMLValidationSchema.SCHEMA_ID_W3C_SCHEMA).createSchema(url);
        } catch (XMLStreamException | IOException e) {
            throw new IllegalStateException("the IATI schema " + resource + " does not load", e);
        }
    }

    /** Attributes the schema types {@code xsd:anyURI} (and the element contact-info/website). */
    static boolean isUriAttribute(String name) {
        return switch (name) {
            case "url", "linked-data-uri", "linked-data-default", "vocabulary-uri", "indicator-uri" -> true;
            default -> false;
        };
    }

    /**
     * Whether a value is an {@code xsd:anyURI}: after escaping the characters XML Schema says to escape (spaces,
     * non-ASCII and the like, as libxml2 does), a URI reference.
     */
    static boolean isUri(String value) {
        String v = value.trim();
        StringBuilder escaped = null;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            boolean plain = c > 0x20 && c < 0x7f && c != '<' && c != '>' && c != '"' && c != '{' && c != '}'
                && c != '|' && c != '\\' && c != '^' && c != '`';
            if (!plain && escaped == null) {
                escaped = new StringBuilder(v.length() + 16).append(v, 0, i);
            }
            if (escaped != null) {
                if (plain) {
                    escaped.append(c);
                } else {
                    for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                        escaped.append('%').append(Character.forDigit((b >> 4) & 0xf, 16))
                            .append(Character.forDigit(b & 0xf, 16));
                    }
                }
            }
        }
        try {
            new URI(escaped == null ? v : escaped.toString());
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
