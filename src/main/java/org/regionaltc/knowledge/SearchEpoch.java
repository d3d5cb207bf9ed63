package org.regionaltc.knowledge;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Names the database a search index was built from. A new or restored database has another epoch (or none yet),
 * and a node whose index names another epoch rebuilds it. Should two nodes create one at once, the smallest wins
 * and the other node rebuilds once more at its next start.
 */
@Component
class SearchEpoch {

    private final JdbcClient jdbc;

    SearchEpoch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String current() {
        String epoch = jdbc.sql("SELECT MIN(epoch) FROM search_epoch").query(String.class).optional().orElse(null);
        if (epoch == null) {
            jdbc.sql("INSERT INTO search_epoch (epoch) VALUES (:epoch)").param("epoch", UUID.randomUUID().toString()).update();
            epoch = jdbc.sql("SELECT MIN(epoch) FROM search_epoch").query(String.class).single();
        }
        return epoch;
    }
}
