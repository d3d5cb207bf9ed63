package org.regionaltc.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** What the caches rely on when they keep results on H2 (on PostgreSQL the triggers' counters are used instead). */
@SpringBootTest
class H2ModificationsIntegrationTests {

    @Autowired
    H2Modifications h2;
    @Autowired
    DataSource dataSource;

    @BeforeEach
    void onH2() {
        assumeTrue(h2.available(), "H2 only");
    }

    @Test
    void aCommittedChangeMovesItsTablesNumberAndNotTheOthers() throws Exception {
        long meetings = h2.of(List.of("meeting"));
        long countries = h2.of(List.of("meeting_country"));
        long others = h2.ofAllExcept(List.of("meeting"));
        try (Connection writer = dataSource.getConnection(); Statement sql = writer.createStatement()) {
            writer.setAutoCommit(false);
            sql.executeUpdate("INSERT INTO meeting (title, kind, held_on) VALUES ('Numbers', 'CONSULTATION', CURRENT_DATE)");
            assertThat(h2.anyUncommitted()).isTrue();
            writer.commit();
        }
        assertThat(h2.anyUncommitted()).isFalse();
        assertThat(h2.of(List.of("meeting"))).isGreaterThan(meetings);
        assertThat(h2.of(List.of("meeting_country"))).as("a table the change did not touch").isEqualTo(countries);
        assertThat(h2.ofAllExcept(List.of("priority"))).isGreaterThan(others);
    }

    @Test
    void anAutoCommittedDeleteMovesTheNumberToo() throws Exception {
        long before;
        try (Connection writer = dataSource.getConnection(); Statement sql = writer.createStatement()) {
            sql.executeUpdate("INSERT INTO meeting (title, kind, held_on) VALUES ('Gone', 'CONSULTATION', CURRENT_DATE)");
            before = h2.of(List.of("meeting"));
            sql.executeUpdate("DELETE FROM meeting WHERE title = 'Gone'");
        }
        assertThat(h2.of(List.of("meeting"))).isGreaterThan(before);
    }
}
