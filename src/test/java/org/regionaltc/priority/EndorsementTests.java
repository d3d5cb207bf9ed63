package org.regionaltc.priority;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EndorsementTests {

    @Test
    void onlyHttpAndHttpsAddressesOfTheDocumentsAreLinks() {
        Endorsement endorsement = new Endorsement(1, 1, "GRULAC", LocalDate.of(2026, 11, 20), "Endorsed.",
            "https://example.org/a.pdf\n\n  HTTP://example.org/b  \njavascript:alert(1)\nftp://example.org/c\n"
                + "see https://example.org/d\nPrinted copy at the secretariat", "officer", false);

        assertThat(endorsement.documentLines()).containsExactly(
            new Endorsement.Document("https://example.org/a.pdf", "https://example.org/a.pdf"),
            new Endorsement.Document("HTTP://example.org/b", "HTTP://example.org/b"),
            new Endorsement.Document("javascript:alert(1)", null),
            new Endorsement.Document("ftp://example.org/c", null),
            new Endorsement.Document("see https://example.org/d", null),
            new Endorsement.Document("Printed copy at the secretariat", null));
    }
}
