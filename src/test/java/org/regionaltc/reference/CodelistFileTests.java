package org.regionaltc.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

class CodelistFileTests {

    @Test
    void readsCodesNamesInEnglishAndFrenchCategoriesAndStatus() throws Exception {
        String xml = """
            <codelist name="Sector" xml:lang="en">
              <metadata><description><narrative>DAC 5 digit</narrative></description></metadata>
              <codelist-items>
                <codelist-item status="withdrawn"><code>11110</code>
                  <name><narrative>Education policy</narrative><narrative xml:lang="fr">Politique de l'éducation</narrative></name>
                  <category>111</category></codelist-item>
                <codelist-item><code>23110</code><name><narrative>Energy policy</narrative></name></codelist-item>
              </codelist-items>
            </codelist>""";
        CodelistFile.Parsed parsed = CodelistFile.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(parsed.name()).isEqualTo("Sector");
        assertThat(parsed.description()).isEqualTo("DAC 5 digit");
        assertThat(parsed.items()).hasSize(2);
        assertThat(parsed.items().getFirst()).isEqualTo(new Codelists.Item("11110", "Education policy",
            "Politique de l'éducation", null, "111", "withdrawn"));
        assertThat(parsed.items().get(1).status()).isEqualTo("active");
    }

    @Test
    void refusesDocumentTypeDeclarationsSoNoEntityIsEverExpanded() {
        String xml = """
            <?xml version="1.0"?>
            <!DOCTYPE codelist [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <codelist name="Evil"><codelist-items><codelist-item><code>&secret;</code></codelist-item></codelist-items></codelist>""";
        assertThatThrownBy(() -> CodelistFile.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))
            .isInstanceOf(XMLStreamException.class);
    }
}
