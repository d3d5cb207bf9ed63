package org.regionaltc.reference;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/** Reads an IATI codelist XML file (codelist.xsd) with a parser that refuses DTDs and external entities. */
final class CodelistFile {

    record Parsed(String name, @Nullable String description, List<Codelists.Item> items) {
    }

    private CodelistFile() {
    }

    static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }

    static Parsed parse(InputStream in) throws XMLStreamException {
        XMLStreamReader xml = secureFactory().createXMLStreamReader(in);
        String name = null;
        String description = null;
        List<Codelists.Item> items = new ArrayList<>();
        ItemBuilder item = null;
        Deque path = new Deque();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new XMLStreamException("document type declarations and entities are not allowed",
                    xml.getLocation());
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String local = xml.getLocalName();
                path.push(local);
                switch (local) {
                    case "codelist" -> name = xml.getAttributeValue(null, "name");
                    case "codelist-item" -> {
                        item = new ItemBuilder();
                        String status = xml.getAttributeValue(null, "status");
                        item.status = status == null ? "active" : status;
                    }
                    case "narrative" -> {
                        String lang = xml.getAttributeValue("http://www.w3.org/XML/1998/namespace", "lang");
                        String text = xml.getElementText().strip();
                        path.pop();
                        String parent = path.peek();
                        boolean english = lang == null || lang.equals("en");
                        if (item == null && "description".equals(parent) && english && description == null) {
                            description = text.replaceAll("\\s+", " ");
                        } else if (item != null && "name".equals(parent)) {
                            if (english) {
                                item.nameEn = text;
                            } else if (lang.equals("fr")) {
                                item.nameFr = text;
                            }
                        } else if (item != null && "description".equals(parent) && english) {
                            item.description = text;
                        }
                    }
                    case "code" -> {
                        if (item != null) {
                            item.code = xml.getElementText().strip();
                            path.pop();
                        }
                    }
                    case "category" -> {
                        if (item != null) {
                            item.category = xml.getElementText().strip();
                            path.pop();
                        }
                    }
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                path.pop();
                if (xml.getLocalName().equals("codelist-item") && item != null) {
                    items.add(item.build());
                    item = null;
                }
            }
        }
        if (name == null) {
            throw new XMLStreamException("not an IATI codelist: no <codelist name=…>");
        }
        return new Parsed(name, description, items);
    }

    private static final class ItemBuilder {
        String code = "";
        String nameEn = "";
        @Nullable String nameFr;
        @Nullable String description;
        @Nullable String category;
        String status = "active";

        Codelists.Item build() {
            return new Codelists.Item(code, nameEn.isEmpty() ? code : nameEn, nameFr, description, category, status);
        }
    }

    private static final class Deque {
        private final java.util.ArrayDeque<String> names = new java.util.ArrayDeque<>();

        void push(String name) {
            names.push(name);
        }

        void pop() {
            names.poll();
        }

        @Nullable String peek() {
            return names.peek();
        }
    }
}
