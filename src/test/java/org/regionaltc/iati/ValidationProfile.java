package org.regionaltc.iati;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.codehaus.stax2.XMLStreamReader2;

/** Where the validation pass spends its time, warm, in one JVM: parse only, parse + schema, the whole pass. Run by hand:
 * java -cp target/test-classes:target/classes:CLASSPATH org.regionaltc.iati.ValidationProfile FILE */
public final class ValidationProfile {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime();
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 65536)) {
                XMLStreamReader2 xml = (XMLStreamReader2) IatiXml.inputFactory().createXMLStreamReader(in);
                while (xml.hasNext()) { xml.next(); }
            }
            long t1 = System.nanoTime();
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 65536)) {
                XMLStreamReader2 xml = (XMLStreamReader2) IatiXml.inputFactory().createXMLStreamReader(in);
                xml.setValidationProblemHandler(p -> { });
                xml.validateAgainst(IatiXml.activitiesSchema());
                while (xml.hasNext()) { xml.next(); }
            }
            long t2 = System.nanoTime();
            new IatiValidator().validate(file, "x", null);
            long t3 = System.nanoTime();
            System.out.printf("parse %d ms, parse+schema %d ms, whole pass %d ms%n", (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
        }
    }
}
