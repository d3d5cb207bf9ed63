package org.regionaltc.priority;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PriorityCsvTests {

    @Test
    void quotesCellsWithCommasQuotesAndLineBreaks() {
        assertThat(PriorityCsv.cell("plain")).isEqualTo("plain");
        assertThat(PriorityCsv.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(PriorityCsv.cell("say \"yes\"")).isEqualTo("\"say \"\"yes\"\"\"");
        assertThat(PriorityCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(PriorityCsv.cell(null)).isEmpty();
    }

    @Test
    void defusesTextASpreadsheetWouldRunAsAFormula() {
        assertThat(PriorityCsv.cell("=HYPERLINK(\"x\")")).startsWith("\"'=HYPERLINK");
        assertThat(PriorityCsv.cell("+1")).isEqualTo("'+1");
    }
}
