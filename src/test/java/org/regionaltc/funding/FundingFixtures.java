package org.regionaltc.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Rows for resource-mobilization tests, written with SQL; every project gets a unique identifier. */
public final class FundingFixtures {

    private FundingFixtures() {
    }

    /** A DONOR account bound to a financing body, with {@link AccountFixtures#PASSWORD}. */
    public static String aDonorOf(AccountAdministration administration, String body) {
        String username = "donor-" + UUID.randomUUID().toString().substring(0, 8);
        administration.create(username, AccountFixtures.PASSWORD, "Test donor", null, "DONOR", List.of(), body);
        return username;
    }

    /** A national project in one country (100%), in USD, with the given approved budget and scope. */
    public static long aProject(JdbcClient jdbc, String country, String budget) {
        return aProject(jdbc, "NATIONAL", "USD", budget, Map.of(country, "100"));
    }

    public static long aProject(JdbcClient jdbc, String scope, String currency, String budget,
            Map<String, String> countryPercentages) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO tc_project (identifier, title_en, scope, status, currency, total_budget)
                VALUES (:identifier, :title, :scope, 'APPROVED', :currency, :budget)
                """)
            .param("identifier", "TEST-" + UUID.randomUUID())
            .param("title", "Test project")
            .param("scope", scope).param("currency", currency).param("budget", new BigDecimal(budget))
            .update(key, "id");
        long id = Objects.requireNonNull(key.getKey()).longValue();
        countryPercentages.forEach((country, percentage) -> jdbc.sql(
                "INSERT INTO project_country (project_id, country_code, percentage) VALUES (:id, :c, :p)")
            .param("id", id).param("c", country).param("p", new BigDecimal(percentage)).update());
        return id;
    }

    public static String identifierOf(JdbcClient jdbc, long projectId) {
        return jdbc.sql("SELECT identifier FROM tc_project WHERE id = :id").param("id", projectId).query(String.class)
            .single();
    }

    public static void withTheme(JdbcClient jdbc, long projectId, String theme) {
        jdbc.sql("INSERT INTO project_theme (project_id, thematic_area_code) VALUES (:id, :t)")
            .param("id", projectId).param("t", theme).update();
    }

    public static long aWindow(JdbcClient jdbc, String body, String currency, String amount) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO funding_window (body_code, name, period_start, period_end, currency, amount, deadline)
                VALUES (:body, :name, :start, :end, :currency, :amount, :deadline)
                """)
            .param("body", body).param("name", "Test window " + UUID.randomUUID())
            .param("start", LocalDate.now().minusYears(1)).param("end", LocalDate.now().plusYears(1))
            .param("currency", currency).param("amount", new BigDecimal(amount))
            .param("deadline", LocalDate.now().plusDays(10))
            .update(key, "id");
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /** A ledger entry in USD (rate 1), written directly. */
    public static long anEntry(JdbcClient jdbc, String type, String body, Long projectId, Long windowId, String usd) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO ledger_entry (entry_type, body_code, project_id, window_id, entry_date, currency, amount,
                    usd_rate, amount_usd, created_at)
                VALUES (:type, :body, :project, :window, :date, 'USD', :amount, 1, :amount, :now)
                """)
            .param("type", type).param("body", body).param("project", projectId).param("window", windowId)
            .param("date", LocalDate.now()).param("amount", new BigDecimal(usd))
            .param("now", OffsetDateTime.now(ZoneOffset.UTC))
            .update(key, "id");
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    public static long aProposal(JdbcClient jdbc, long projectId, String body) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO proposal (project_id, body_code, stage, currency, amount_requested, next_action_date)
                VALUES (:project, :body, 'IDENTIFIED', 'USD', 1000, :date)
                """)
            .param("project", projectId).param("body", body).param("date", LocalDate.now().plusDays(5))
            .update(key, "id");
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    public static long aRule(JdbcClient jdbc, String body) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO eligibility_rule (body_code, name, period_start) VALUES (:body, :name, :start)")
            .param("body", body).param("name", "Test rule " + UUID.randomUUID())
            .param("start", LocalDate.of(2000, 1, 1))
            .update(key, "id");
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    public static long aContact(JdbcClient jdbc, String body) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO financing_body_contact (body_code, name) VALUES (:body, 'Test contact')")
            .param("body", body).update(key, "id");
        return Objects.requireNonNull(key.getKey()).longValue();
    }
}
