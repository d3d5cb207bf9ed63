package org.regionaltc.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionaltc.audit.AuditTrail;
import org.regionaltc.reference.Countries;
import org.regionaltc.reference.FinancingBodies;
import org.regionaltc.system.AccountChanged;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.NotFound;
import org.regionaltc.system.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** User accounts, their country bindings, and every change to them recorded in the audit trail. */
@Repository
public class Accounts {

    /** The fields of an account that are set on creation or changed by an administrator. */
    record Details(String displayName, @Nullable String email, Role role, Set<String> countries,
            @Nullable String financingBody, boolean enabled) {
    }

    private static final String SELECT = """
            SELECT id, username, display_name, email, password_hash, role, financing_body_code, enabled, created_at,
                   version
            FROM app_user
            """;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Countries countries;
    private final FinancingBodies financingBodies;
    private final ApplicationEventPublisher events;

    Accounts(JdbcClient jdbc, AuditTrail audit, Countries countries, FinancingBodies financingBodies,
            ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.audit = audit;
        this.countries = countries;
        this.financingBodies = financingBodies;
    }

    List<Account> findAll() {
        Map<Long, Set<String>> bindings = new HashMap<>();
        jdbc.sql("SELECT user_id, country_code FROM app_user_country")
            .query((rs, n) -> bindings.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2)))
            .list();
        return jdbc.sql(SELECT + " ORDER BY username").query((rs, n) -> toAccount(rs, bindings)).list();
    }

    // The countries are read before the account's row, not from inside its row mapper: a query there needs a
    // second connection while the first is held, and under load (every pooled connection held by a sign-in waiting
    // for another) the pool deadlocked until its timeout.

    Optional<Account> findByUsername(String username) {
        String key = username.strip().toLowerCase(Locale.ROOT);
        Map<Long, Set<String>> bindings = new HashMap<>();
        jdbc.sql("""
                SELECT c.user_id, c.country_code FROM app_user_country c JOIN app_user u ON u.id = c.user_id
                WHERE LOWER(u.username) = :username""")
            .param("username", key)
            .query((rs, n) -> bindings.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2)))
            .list();
        return jdbc.sql(SELECT + " WHERE LOWER(username) = :username").param("username", key)
            .query((rs, n) -> toAccount(rs, bindings))
            .optional();
    }

    Optional<Account> findById(long id) {
        Map<Long, Set<String>> bindings = Map.of(id, countriesOf(id));
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id)
            .query((rs, n) -> toAccount(rs, bindings))
            .optional();
    }

    Account get(long id) {
        return findById(id).orElseThrow(() -> new NotFound("User account", id));
    }

    public boolean anyAdmin() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE role = 'ADMIN' AND enabled").query(Integer.class).single() > 0;
    }

    @Transactional
    long create(String username, String passwordHash, Details details) {
        String name = username.strip();
        if (!name.matches("[A-Za-z0-9._@-]{3,60}")) {
            throw new InvalidInput("username", "error.account.username");
        }
        if (findByUsername(name).isPresent()) {
            throw new Conflict(new InvalidInput.FieldError("username", "conflict.account.taken", name));
        }
        check(details);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO app_user (username, display_name, email, password_hash, role, financing_body_code,
                                      enabled, created_at, version)
                VALUES (:username, :displayName, :email, :hash, :role, :body, :enabled, :createdAt, 0)
                """)
            .param("username", name)
            .param("displayName", details.displayName())
            .param("email", details.email())
            .param("hash", passwordHash)
            .param("role", details.role().name())
            .param("body", details.financingBody())
            .param("enabled", details.enabled())
            .param("createdAt", OffsetDateTime.now(ZoneOffset.UTC))
            .update(key, "id");
        long id = key.getKeyAs(Long.class);
        bindCountries(id, details.countries());
        audit.created("UserAccount", id, get(id).audited());
        return id;
    }

    @Transactional
    void update(long id, int version, Details details) {
        Account before = get(id);
        check(details);
        boolean removesAnAdmin = before.role() == Role.ADMIN && before.enabled()
            && (details.role() != Role.ADMIN || !details.enabled());
        if (removesAnAdmin && otherEnabledAdmins(id) == 0) {
            throw new Conflict(new InvalidInput.FieldError("", "conflict.account.lastAdmin", before.username()));
        }
        int updated = jdbc.sql("""
                UPDATE app_user
                SET display_name = :displayName, email = :email, role = :role, financing_body_code = :body,
                    enabled = :enabled, version = version + 1
                WHERE id = :id AND version = :version
                """)
            .param("displayName", details.displayName())
            .param("email", details.email())
            .param("role", details.role().name())
            .param("body", details.financingBody())
            .param("enabled", details.enabled())
            .param("id", id)
            .param("version", version)
            .update();
        if (updated == 0) {
            throw new Conflict(new InvalidInput.FieldError("", "conflict.account.changed", before.username()));
        }
        jdbc.sql("DELETE FROM app_user_country WHERE user_id = :id").param("id", id).update();
        bindCountries(id, details.countries());
        audit.updated("UserAccount", id, before.audited(), get(id).audited());
        events.publishEvent(new AccountChanged(before.username(), null));
    }

    /** Locks the enabled administrators, in id order, so two admins demoting each other cannot both succeed. */
    private int otherEnabledAdmins(long id) {
        return (int) jdbc.sql("SELECT id FROM app_user WHERE role = 'ADMIN' AND enabled ORDER BY id FOR UPDATE")
            .query(Long.class).list().stream().filter(admin -> admin != id).count();
    }

    @Transactional
    void changePassword(long id, String passwordHash) {
        Account before = get(id);
        jdbc.sql("UPDATE app_user SET password_hash = :hash, version = version + 1 WHERE id = :id")
            .param("hash", passwordHash).param("id", id).update();
        audit.updated("UserAccount", id, before.audited(), get(id).audited());
        events.publishEvent(new AccountChanged(before.username(), currentSessionId()));
    }

    /** The session of the request making the change, if any: someone changing their own password stays signed in. */
    private static @Nullable String currentSessionId() {
        var attributes = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        return attributes == null ? null : attributes.getSessionId();
    }

    private void check(Details details) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        if (details.displayName().isBlank()) {
            errors.add(new InvalidInput.FieldError("displayName", "error.required"));
        }
        for (String code : details.countries()) {
            if (!countries.exists(code)) {
                errors.add(new InvalidInput.FieldError("countries", "error.country.unknown", code));
            }
        }
        if (details.financingBody() != null && financingBodies.findByCode(details.financingBody()).isEmpty()) {
            errors.add(new InvalidInput.FieldError("financingBody", "error.body.unknown", details.financingBody()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Account.checkBindings(details.role(), details.countries(), details.financingBody());
    }

    private void bindCountries(long id, Set<String> codes) {
        for (String code : codes) {
            jdbc.sql("INSERT INTO app_user_country (user_id, country_code) VALUES (:id, :code)")
                .param("id", id).param("code", code.toUpperCase(Locale.ROOT)).update();
        }
    }

    private Set<String> countriesOf(long id) {
        return new HashSet<>(jdbc.sql("SELECT country_code FROM app_user_country WHERE user_id = :id")
            .param("id", id).query(String.class).list());
    }

    private static Account toAccount(ResultSet rs, Map<Long, Set<String>> bindings) throws SQLException {
        long id = rs.getLong("id");
        return new Account(id, rs.getString("username"), rs.getString("display_name"), rs.getString("email"),
            rs.getString("password_hash"), Role.valueOf(rs.getString("role")), bindings.getOrDefault(id, Set.of()),
            rs.getString("financing_body_code"), rs.getBoolean("enabled"),
            rs.getObject("created_at", OffsetDateTime.class), rs.getInt("version"));
    }
}
