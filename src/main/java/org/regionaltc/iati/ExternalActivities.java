package org.regionaltc.iati;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Other publishers' activities: upserted by identifier, unchanged when the same content comes again. */
@Repository
class ExternalActivities {

    enum Outcome { CREATED, UPDATED, UNCHANGED }

    private static final int TITLE_LENGTH = 4000;

    private final JdbcClient jdbc;

    ExternalActivities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Outcome upsert(ParsedActivity a) {
        String hash = hash(a);
        Optional<Existing> existing = jdbc.sql("SELECT id, content_hash FROM external_activity WHERE identifier = :i")
            .param("i", a.identifier()).query((rs, n) -> new Existing(rs.getLong(1), rs.getString(2))).optional();
        if (existing.isPresent() && existing.get().hash().equals(hash)) {
            return Outcome.UNCHANGED;
        }
        long id;
        if (existing.isPresent()) {
            id = existing.get().id();
            jdbc.sql("""
                    UPDATE external_activity SET publisher_ref = :ref, publisher_name = :name, title = :title,
                        status_code = :status, start_date = :start, end_date = :end, currency = :currency,
                        warnings = :warnings, content_hash = :hash, imported_at = :now WHERE id = :id""")
                .params(fields(a, hash)).param("id", id).update();
            for (String table : List.of("external_activity_country", "external_activity_sector",
                    "external_activity_budget", "external_activity_transaction")) {
                jdbc.sql("DELETE FROM " + table + " WHERE activity_id = :id").param("id", id).update();
            }
        } else {
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO external_activity (identifier, publisher_ref, publisher_name, title, status_code,
                        start_date, end_date, currency, warnings, content_hash, imported_at)
                    VALUES (:identifier, :ref, :name, :title, :status, :start, :end, :currency, :warnings, :hash, :now)
                    """)
                .params(fields(a, hash)).param("identifier", a.identifier()).update(key, "id");
            id = key.getKeyAs(Long.class);
        }
        parts(id, a);
        return existing.isPresent() ? Outcome.UPDATED : Outcome.CREATED;
    }

    private void parts(long id, ParsedActivity a) {
        for (int i = 0; i < a.countries().size(); i++) {
            ParsedActivity.Place c = a.countries().get(i);
            jdbc.sql("""
                    INSERT INTO external_activity_country (activity_id, position, country_code, percentage)
                    VALUES (:id, :pos, :code, :pct)""")
                .param("id", id).param("pos", i).param("code", c.code()).param("pct", c.percentage()).update();
        }
        for (int i = 0; i < a.sectors().size(); i++) {
            ParsedActivity.Sector s = a.sectors().get(i);
            jdbc.sql("""
                    INSERT INTO external_activity_sector (activity_id, position, vocabulary, code, percentage)
                    VALUES (:id, :pos, :vocabulary, :code, :pct)""")
                .param("id", id).param("pos", i).param("vocabulary", s.vocabulary()).param("code", s.code())
                .param("pct", s.percentage()).update();
        }
        for (int i = 0; i < a.budgets().size(); i++) {
            ParsedActivity.Budget b = a.budgets().get(i);
            jdbc.sql("""
                    INSERT INTO external_activity_budget (activity_id, position, period_start, period_end, currency,
                        amount) VALUES (:id, :pos, :start, :end, :currency, :amount)""")
                .param("id", id).param("pos", i).param("start", b.start()).param("end", b.end())
                .param("currency", b.currency()).param("amount", b.value()).update();
        }
        for (int i = 0; i < a.transactions().size(); i++) {
            ParsedActivity.Transaction t = a.transactions().get(i);
            jdbc.sql("""
                    INSERT INTO external_activity_transaction (activity_id, position, type_code, tx_date, currency,
                        amount, provider_ref, provider_name)
                    VALUES (:id, :pos, :type, :date, :currency, :amount, :ref, :name)""")
                .param("id", id).param("pos", i).param("type", t.type()).param("date", t.date())
                .param("currency", t.currency()).param("amount", t.value()).param("ref", t.providerRef())
                .param("name", t.providerName()).update();
        }
    }

    private static java.util.Map<String, Object> fields(ParsedActivity a, String hash) {
        java.util.Map<String, Object> fields = new java.util.HashMap<>();
        fields.put("ref", a.reportingRef());
        fields.put("name", a.reportingName());
        String title = a.title() == null ? "" : a.title();
        fields.put("title", title.length() > TITLE_LENGTH ? title.substring(0, TITLE_LENGTH) : title);
        fields.put("status", a.status());
        fields.put("start", a.start());
        fields.put("end", a.end());
        fields.put("currency", a.defaultCurrency());
        fields.put("warnings", a.findings().size());
        fields.put("hash", hash);
        fields.put("now", OffsetDateTime.now(ZoneOffset.UTC));
        return fields;
    }

    /** The content that matters, line numbers and findings aside: the same activity moved in its file is unchanged. */
    static String hash(ParsedActivity a) {
        ParsedActivity content = new ParsedActivity(a.identifier(), 0, a.reportingRef(), a.reportingName(), a.title(),
            a.status(), a.start(), a.end(), a.defaultCurrency(), a.countries(), a.sectors(), a.budgets(),
            a.transactions(), List.of(), new ParsedActivity.Dates(null, null, null, null));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Existing(long id, String hash) {
    }
}
