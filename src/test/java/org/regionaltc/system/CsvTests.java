package org.regionaltc.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTests {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaksAndKeepsLineNumbers() {
        List<Csv.Row> rows = Csv.read(new StringReader("""
            code,name,notes
            GEF,Global Environment Facility,"Focal areas: biodiversity, climate"
            MLF,"Fund \"\"MLF\"\"","two
            lines"
            IDF,Industrial Development Fund,
            """));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("notes")).isEqualTo("Focal areas: biodiversity, climate");
        assertThat(rows.get(1).get("name")).isEqualTo("Fund \"MLF\"");
        assertThat(rows.get(1).get("notes")).isEqualTo("two\nlines");
        assertThat(rows.get(2).line()).isEqualTo(5);
        assertThat(rows.get(2).get("notes")).isEmpty();
        assertThat(rows.get(2).get("missing")).isEmpty();
    }

    @Test
    void ignoresAByteOrderMarkAndBlankLines() {
        List<Csv.Row> rows = Csv.read(new StringReader("\uFEFFcode,amount\r\nA,1\r\n\r\nB,2\r\n"));
        assertThat(rows).extracting(r -> r.get("code")).containsExactly("A", "B");
    }

    @Test
    void writesCellsQuotedWhenTheyHoldCommasQuotesOrLineBreaks() {
        assertThat(Csv.cell("plain")).isEqualTo("plain");
        assertThat(Csv.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(Csv.cell("say \"yes\"")).isEqualTo("\"say \"\"yes\"\"\"");
        assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.cell("three\nshort\nlines")).isEqualTo("\"three\nshort\nlines\"");
        assertThat(Csv.cell(null)).isEmpty();
    }

    @Test
    void defusesTextASpreadsheetWouldRunAsAFormula() {
        assertThat(Csv.cell("=HYPERLINK(\"x\")")).startsWith("\"'=HYPERLINK");
        assertThat(Csv.cell("+1")).isEqualTo("'+1");
        assertThat(Csv.cell("\tcmd")).isEqualTo("'\tcmd");
    }

    @Test
    void decodesByTheByteOrderMarkAndRefusesBytesThatAreNotUtf8WithTheirLine() {
        assertThat(Csv.decode(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'a', 0, (byte) 0xF1}, StandardCharsets.UTF_8))
            .isEqualTo("añ");
        assertThat(Csv.decode(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0, (byte) 0xF1, 0}, StandardCharsets.UTF_8))
            .isEqualTo("añ");
        assertThat(Csv.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'}, StandardCharsets.UTF_8))
            .isEqualTo("a");
        byte[] legacy = "a\nb\nNiño\n".getBytes(Charset.forName("windows-1252"));
        assertThatThrownBy(() -> Csv.decode(legacy, StandardCharsets.UTF_8))
            .isInstanceOfSatisfying(Csv.Unreadable.class, e -> {
                assertThat(e.line()).isEqualTo(3);
                assertThat(e.code()).isEqualTo("csv.notUtf8");
                assertThat(e.getMessage()).contains("F1");
            });
        assertThat(Csv.decode(legacy, Charset.forName("windows-1252"))).isEqualTo("a\nb\nNiño\n");
    }

    @Test
    void refusesUtf16WithoutAByteOrderMark() {
        assertThatThrownBy(() -> Csv.decode("a,b\n".getBytes(StandardCharsets.UTF_16LE), StandardCharsets.UTF_8))
            .isInstanceOfSatisfying(Csv.Unreadable.class, e -> assertThat(e.code()).isEqualTo("csv.nul"));
    }

    @Test
    void refusesAQuotedFieldThatNeverClosesNamingTheLineItOpensOn() {
        assertThatThrownBy(() -> Csv.read(new StringReader("a,b\n1,2\n3,\"four\n5,6\n")))
            .isInstanceOfSatisfying(Csv.Unreadable.class, e -> {
                assertThat(e.line()).isEqualTo(3);
                assertThat(e.code()).isEqualTo("csv.openQuote");
            });
    }

    @Test
    void namesTheLineAQuoteOpensOnAfterAFieldThatSpansLines() {
        assertThatThrownBy(() -> Csv.read(new StringReader("a,b,c\n1,\"two\nlines\",\"open\n5,6\n")))
            .isInstanceOfSatisfying(Csv.Unreadable.class, e -> {
                assertThat(e.line()).isEqualTo(3);
                assertThat(e.code()).isEqualTo("csv.openQuote");
                assertThat(e.line()).isEqualTo(3);
            });
    }

    @Test
    void readsSpacesAroundAQuotedFieldAsSpreadsheetsWriteThem() {
        List<Csv.Row> rows = Csv.read(new StringReader("name,code\n \"Fund, global\" ,GEF\n"));
        assertThat(rows.getFirst().get("name")).isEqualTo("Fund, global");
        assertThat(rows.getFirst().get("code")).isEqualTo("GEF");
    }

    @Test
    void writesATableWithNumbersAsTheyAreAndTextDefused() {
        String csv = Csv.write(List.of("id", "title", "amount", "note"), List.of(7L),
            id -> java.util.Arrays.asList(id, "-1 plus, a comma", new java.math.BigDecimal("-1.5E+3"), null));
        assertThat(csv).isEqualTo("id,title,amount,note\r\n7,\"'-1 plus, a comma\",-1500,\r\n");
        assertThat(Csv.read(new StringReader(csv)).getFirst().values())
            .containsExactly(java.util.Map.entry("id", "7"), java.util.Map.entry("title", "'-1 plus, a comma"),
                java.util.Map.entry("amount", "-1500"), java.util.Map.entry("note", ""));
    }
}
