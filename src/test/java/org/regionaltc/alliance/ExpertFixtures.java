package org.regionaltc.alliance;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Experts for tests of other features (the authorization matrix), written straight to the database. */
public final class ExpertFixtures {

    private ExpertFixtures() {
    }

    public static long anExpert(JdbcClient jdbc) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO expert (name, email) VALUES ('Fixture Expert', 'fixture@example.org')").update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }
}
