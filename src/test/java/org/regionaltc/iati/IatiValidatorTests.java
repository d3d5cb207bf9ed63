package org.regionaltc.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.regionaltc.iati.Finding.Kind;
import org.regionaltc.iati.Finding.Severity;

/** The one-pass validation: schema, codelists, the standard's rules, and files built to hurt. */
class IatiValidatorTests {

    static final String ACTIVITY = """
         <iati-activity default-currency="USD" last-updated-datetime="2026-11-29T00:00:00Z" xml:lang="en">
          <iati-identifier>XM-DAC-41123-TEST-1</iati-identifier>
          <reporting-org ref="XM-DAC-41123" type="40"><narrative>UNIDO</narrative></reporting-org>
          <title><narrative>Clean industry</narrative><narrative xml:lang="es">Industria limpia</narrative></title>
          <description type="1"><narrative>A project.</narrative></description>
          <participating-org role="1" ref="XM-DAC-41123" type="40"><narrative>UNIDO</narrative></participating-org>
          <activity-status code="2"/>
          <activity-date type="1" iso-date="2024-01-01"/>
          <activity-date type="3" iso-date="2026-12-31"/>
          <recipient-country code="PE" percentage="60"/>
          <recipient-country code="CO" percentage="40"/>
          <sector vocabulary="1" code="32110" percentage="100"/>
          <budget type="1" status="2">
           <period-start iso-date="2024-01-01"/>
           <period-end iso-date="2024-12-31"/>
           <value currency="USD" value-date="2024-01-01">100000</value>
          </budget>
          <document-link format="text/html" url="https://example.org/doc"><title><narrative>Doc</narrative></title><category code="A01"/></document-link>
         </iati-activity>
        """;

    private final IatiValidator validator = new IatiValidator();

    static String file(String... activities) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<iati-activities version=\"2.03\" generated-datetime=\"2026-11-29T00:00:00Z\">\n"
            + String.join("", activities) + "</iati-activities>\n";
    }

    private FileReport validate(String xml) {
        return validator.validate(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.xml", null);
    }

    @Test
    void acceptsAWellFormedActivityWithoutFindings() {
        FileReport report = validate(file(ACTIVITY));

        assertThat(report.valid()).isTrue();
        assertThat(report.version()).isEqualTo("2.03");
        assertThat(report.activities()).isEqualTo(1);
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void theOfficialExampleIsValidAgainstTheSchemaAndItsTwoStaleCodesAreNamed() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/iati/examples/activity-standard-example-annotated.xml")) {
            FileReport report = validator.validate(in, "example.xml", null);

            assertThat(report.valid()).isTrue();
            assertThat(report.activities()).isEqualTo(1);
            assertThat(report.findings()).extracting(Finding::activity, Finding::line, Finding::kind, Finding::message)
                .containsExactly(
                    org.assertj.core.groups.Tuple.tuple("AA-AAA-123456789-ABC123", 51, Kind.CODELIST,
                        "participating-org/@crs-channel-code: the code '000000' is not in the codelist CRSChannelCode"),
                    org.assertj.core.groups.Tuple.tuple("AA-AAA-123456789-ABC123", 282, Kind.CODELIST,
                        "recipient-region/@code: the code '616' is not in the codelist Region"));
        }
    }

    @Test
    void namesTheLineAndColumnOfASchemaError() {
        FileReport report = validate(file(ACTIVITY.replace("<activity-status code=\"2\"/>",
            "<activity-status code=\"2\"/><unknown-element/>")));

        assertThat(report.valid()).isFalse();
        assertThat(report.findings()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(Kind.SCHEMA);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.activity()).isEqualTo("XM-DAC-41123-TEST-1");
            assertThat(f.line()).isEqualTo(9);
            assertThat(f.message()).contains("unknown-element");
        });
    }

    @Test
    void refusesAValueThatIsNotAUri() {
        FileReport report = validate(file(ACTIVITY.replace("https://example.org/doc", "http://exa mple.org/[x]#a#b")));

        assertThat(report.valid()).isFalse();
        assertThat(report.findings()).singleElement().satisfies(f ->
            assertThat(f.message()).contains("url", "xsd:anyURI"));
    }

    @Test
    void namesTheCodeAndTheCodelistOfACodeThatIsNotInIt() {
        FileReport report = validate(file(ACTIVITY.replace("<activity-status code=\"2\"/>",
            "<activity-status code=\"9\"/>")));

        assertThat(report.valid()).isTrue();
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.CODELIST);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("'9'", "ActivityStatus");
        });
    }

    @Test
    void checksASectorAgainstTheCodelistItsVocabularyNames() {
        String dacCategory = ACTIVITY.replace("<sector vocabulary=\"1\" code=\"32110\" percentage=\"100\"/>",
            "<sector vocabulary=\"2\" code=\"321\" percentage=\"100\"/>");
        String categoryAsPurposeCode = ACTIVITY.replace("<sector vocabulary=\"1\" code=\"32110\" percentage=\"100\"/>",
            "<sector vocabulary=\"1\" code=\"321\" percentage=\"100\"/>");
        String ownVocabulary = ACTIVITY.replace("<sector vocabulary=\"1\" code=\"32110\" percentage=\"100\"/>",
            "<sector vocabulary=\"99\" code=\"ANYTHING\" percentage=\"100\"/>");

        assertThat(validate(file(dacCategory)).findings()).isEmpty();
        assertThat(validate(file(categoryAsPurposeCode)).findings()).singleElement()
            .satisfies(f -> assertThat(f.message()).contains("'321'", "codelist Sector"));
        assertThat(validate(file(ownVocabulary)).findings()).isEmpty();
    }

    @Test
    void recipientPercentagesMustSumToAHundred() {
        FileReport report = validate(file(ACTIVITY.replace("percentage=\"40\"", "percentage=\"30\"")));

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.RULE);
            assertThat(f.code()).isEqualTo("recipient-percentages");
            assertThat(f.message()).contains("sum to 90");
        });
    }

    @Test
    void sectorPercentagesMustSumToAHundredPerVocabulary() {
        String twoVocabularies = ACTIVITY.replace("<sector vocabulary=\"1\" code=\"32110\" percentage=\"100\"/>",
            "<sector vocabulary=\"1\" code=\"32110\" percentage=\"50\"/><sector vocabulary=\"1\" code=\"23110\" "
                + "percentage=\"50\"/><sector vocabulary=\"2\" code=\"321\" percentage=\"70\"/>");

        assertThat(validate(file(twoVocabularies)).findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("sector-percentages");
            assertThat(f.message()).contains("vocabulary 2", "sum to 70");
        });
    }

    @Test
    void anEndBeforeItsStartIsAnError() {
        FileReport report = validate(file(ACTIVITY.replace("2026-12-31", "2023-12-31")
            .replace("<period-end iso-date=\"2024-12-31\"/>", "<period-end iso-date=\"2023-06-30\"/>")));

        assertThat(report.findings()).extracting(Finding::code)
            .containsExactlyInAnyOrder("end-before-start", "period-end-before-start");
    }

    @Test
    void anIdentifierMustStartWithTheReportingOrganisationsRef() {
        FileReport report = validate(file(ACTIVITY.replace("<iati-identifier>XM-DAC-41123-TEST-1",
            "<iati-identifier>GB-1-TEST-1")));

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("identifier-prefix");
            assertThat(f.activity()).isEqualTo("GB-1-TEST-1");
            assertThat(f.line()).isEqualTo(3);
        });
    }

    @Test
    void aSecondActivityWithTheSameIdentifierIsAnError() {
        FileReport report = validate(file(ACTIVITY, ACTIVITY));

        assertThat(report.activities()).isEqualTo(2);
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("duplicate-identifier");
            assertThat(f.line()).isEqualTo(22);
        });
    }

    @Test
    void aVersionThisSystemDoesNotReadIsAnError() {
        FileReport report = validate(file(ACTIVITY).replace("version=\"2.03\"", "version=\"1.05\""));

        assertThat(report.version()).isEqualTo("1.05");
        assertThat(report.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("unsupported-version");
            assertThat(f.activity()).isNull();
        });
    }

    @Test
    void readsTheEncodingTheFileDeclaresOrItsByteOrderMarkImplies() {
        String accented = file(ACTIVITY.replace("Industria limpia", "Industria más limpia y ecológica"));
        for (Charset charset : new Charset[] {StandardCharsets.UTF_16, Charset.forName("UTF-32"),
                StandardCharsets.ISO_8859_1, Charset.forName("windows-1252")}) {
            String declared = accented.replace("encoding=\"UTF-8\"", "encoding=\"" + charset.name() + "\"");
            byte[] bytes = declared.getBytes(charset);
            FileReport report = validator.validate(new ByteArrayInputStream(bytes), charset.name(), null);
            assertThat(report.findings()).as(charset.name()).isEmpty();
            assertThat(report.valid()).as(charset.name()).isTrue();
        }
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = accented.getBytes(StandardCharsets.UTF_8);
        FileReport withBom = validator.validate(new SequenceInputStream(new ByteArrayInputStream(bom),
            new ByteArrayInputStream(body)), "bom.xml", null);
        assertThat(withBom.valid()).isTrue();
    }

    @Test
    void refusesADoctypeSoNoLocalFileIsRead() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE iati-activities [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
            + "<iati-activities version=\"2.03\"><iati-activity><iati-identifier>&x;</iati-identifier>"
            + "</iati-activity></iati-activities>";

        FileReport report = validate(xxe);

        assertThat(report.valid()).isFalse();
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("DTD").doesNotContain("root:");
            assertThat(f.line()).isEqualTo(2);
        });
    }

    @Test
    void refusesTheBillionLaughs() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                .append("\">");
        }
        dtd.append("]>\n<iati-activities version=\"2.03\">&lol9;</iati-activities>");

        FileReport report = validate(dtd.toString());

        assertThat(report.valid()).isFalse();
        assertThat(report.findings()).singleElement().satisfies(f -> assertThat(f.message()).contains("DTD"));
    }

    @Test
    void stopsAtATruncatedFileNamingWhere() {
        String whole = file(ACTIVITY);
        FileReport report = validate(whole.substring(0, whole.indexOf("<budget")));

        assertThat(report.valid()).isFalse();
        assertThat(report.findings()).last().satisfies(f -> {
            assertThat(f.code()).isEqualTo("not-well-formed");
            assertThat(f.activity()).isEqualTo("XM-DAC-41123-TEST-1");
            assertThat(f.message()).containsIgnoringCase("EOF");
        });
    }

    @Test
    void refusesAnotherRootOrANamespace() {
        FileReport organisation = validate("<iati-organisations version=\"2.03\"/>");
        FileReport namespaced = validate("<iati-activities xmlns=\"http://example.org/iati\" version=\"2.03\"/>");

        assertThat(organisation.valid()).isFalse();
        assertThat(organisation.findings()).singleElement().satisfies(f ->
            assertThat(f.message()).contains("must be iati-activities", "not iati-organisations"));
        assertThat(namespaced.findings()).singleElement().satisfies(f ->
            assertThat(f.message()).contains("{http://example.org/iati}iati-activities"));
    }

    @Test
    void refusesABinaryFile() {
        byte[] noise = new byte[100_000];
        new Random(12).nextBytes(noise);

        FileReport report = validator.validate(new ByteArrayInputStream(noise), "noise.bin", null);

        assertThat(report.valid()).isFalse();
        assertThat(report.findings()).singleElement().satisfies(f -> assertThat(f.code()).isEqualTo("not-well-formed"));
    }

    @Test
    void stopsAnEndlessNestingAtItsDepthLimit() {
        Endless in = new Endless("<iati-activities version=\"2.03\"><iati-activity>", "<a>");

        FileReport report = validator.validate(in, "deep.xml", null);

        assertThat(report.valid()).isFalse();
        assertThat(report.findings()).last().satisfies(f -> assertThat(f.message()).contains("nested more than 64 deep"));
        assertThat(in.served).isLessThan(1_000_000);
    }

    @Test
    void stopsAnEndlessAttributeAtItsSizeLimit() {
        Endless in = new Endless("<iati-activities version=\"2.03\"><iati-activity last-updated-datetime=\"", "x");

        FileReport report = validator.validate(in, "attribute.xml", null);

        assertThat(report.findings()).last().satisfies(f -> assertThat(f.code()).isEqualTo("limit-exceeded"));
        assertThat(in.served).isLessThan(10_000_000);
    }

    @Test
    void stopsATwoGigabyteTextNodeWithoutReadingIt() {
        Endless in = new Endless("<iati-activities version=\"2.03\"><iati-activity><iati-identifier>XM-DAC-41123-1"
            + "</iati-identifier><title><narrative>", "lorem ipsum ", 2L << 30);

        FileReport report = validator.validate(in, "text.xml", null);

        assertThat(report.valid()).isFalse();
        assertThat(report.findings()).last().satisfies(f -> {
            assertThat(f.code()).isEqualTo("limit-exceeded");
            assertThat(f.message()).contains("more than 4000000 characters");
        });
        assertThat(in.served).isLessThan(100_000_000);
    }

    /** A stream that repeats a fragment after a head, up to a size (a generator: nothing is written to disk). */
    static final class Endless extends InputStream {
        private final byte[] head;
        private final byte[] unit;
        private final long limit;
        long served;

        Endless(String head, String unit) {
            this(head, unit, Long.MAX_VALUE);
        }

        Endless(String head, String unit, long limit) {
            this.head = head.getBytes(StandardCharsets.UTF_8);
            this.unit = unit.getBytes(StandardCharsets.UTF_8);
            this.limit = limit;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (served >= limit) {
                return -1;
            }
            for (int i = 0; i < len; i++) {
                b[off + i] = served < head.length ? head[(int) served] : unit[(int) ((served - head.length) % unit.length)];
                served++;
            }
            return len;
        }
    }
}
