package org.regionaltc.iati;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.net.URL;
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

    private static XMLValidationSchema load(String resource) {
        URL url = Objects.requireNonNull(IatiXml.class.getClassLoader().getResource(resource), resource);
        try {
            return XMLValidationSchemaFactory.newInstance(XMLValidationSchema.SCHEMA_ID_W3C_SCHEMA).createSchema(url);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the IATI schema " + resource + " does not load", e);
        }
    }
}
