package org.regionaltc.funding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionaltc.audit.AuditTrail;
import org.regionaltc.financing.ProjectFacts;
import org.regionaltc.financing.Visibility;
import org.regionaltc.system.DraftConstraints;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.Text;
import org.regionaltc.system.InvalidInput.FieldError;
import org.regionaltc.system.Money;
import org.regionaltc.system.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Co-financing contributions per project and country. */
@Repository
public class Cofinancings {

    private static final String SELECT = """
            SELECT id, project_id, country_code, source_type, source_name, kind, entry_date, currency, amount, usd_rate,
                   amount_usd, is_sample
            FROM cofinancing c
            """;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ExchangeRates rates;
    private final ProjectFacts projects;
    private final DraftConstraints constraints;

    Cofinancings(JdbcClient jdbc, AuditTrail audit, ExchangeRates rates, ProjectFacts projects,
            DraftConstraints constraints) {
        this.constraints = constraints;
        this.jdbc = jdbc;
        this.audit = audit;
        this.rates = rates;
        this.projects = projects;
    }

    /** Co-financing belongs to projects: the secretariat and the focal points of a project's countries see it. */
    public List<Cofinancing> findVisible(Visibility visibility, @Nullable Long projectId) {
        JdbcClient.StatementSpec statement = visibility.bind(jdbc.sql(SELECT + " WHERE "
            + Visibility.projectCondition("c.project_id") + (projectId == null ? "" : " AND c.project_id = :project")
            + " ORDER BY c.entry_date DESC, c.id DESC"), projects);
        if (projectId != null) {
            statement = statement.param("project", projectId);
        }
        return statement.query(Cofinancings::toCofinancing).list();
    }

    public Cofinancing get(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(Cofinancings::toCofinancing).optional()
            .orElseThrow(() -> new NotFound("Co-financing", id));
    }

    @Transactional
    public Cofinancing create(Cofinancing.Draft d, boolean sample) {
        List<FieldError> errors = new ArrayList<>(constraints.check(d));
        Optional<ProjectFacts.Project> project = d.projectId() == null ? Optional.empty() : projects.findById(d.projectId());
        if (d.projectId() != null && project.isEmpty()) {
            errors.add(new FieldError("projectId", "error.project.unknown", d.projectId()));
        }
        String country = Text.codeOrNull(d.countryCode());
        if (country != null && project.isPresent() && !project.get().countries().contains(country)) {
            errors.add(new FieldError("countryCode", "error.cofinancing.country", country));
        }
        Cofinancing.SourceType source = parse(Cofinancing.SourceType.class, d.sourceType(), "sourceType", errors);
        Cofinancing.Kind kind = parse(Cofinancing.Kind.class, d.kind(), "kind", errors);
        String currency = d.currency() == null ? "" : d.currency().strip().toUpperCase(Locale.ROOT);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        ExchangeRates.Conversion usd = rates.toUsd(currency, d.amount(), d.date(), "date");
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO cofinancing (project_id, country_code, source_type, source_name, kind, entry_date, currency,
                    amount, usd_rate, amount_usd, is_sample, created_at)
                VALUES (:project, :country, :source, :name, :kind, :date, :currency, :amount, :rate, :usd, :sample, :now)
                """)
            .param("project", d.projectId()).param("country", country).param("source", source.name())
            .param("name", d.sourceName().strip()).param("kind", kind.name()).param("date", d.date())
            .param("currency", currency).param("amount", d.amount()).param("rate", usd.usdRate())
            .param("usd", usd.amountUsd()).param("sample", sample).param("now", OffsetDateTime.now(ZoneOffset.UTC))
            .update(key, "id");
        Cofinancing created = get(Objects.requireNonNull(key.getKey()).longValue());
        audit.created("Cofinancing", created.id(), created);
        return created;
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value, String field,
            List<FieldError> errors) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "error.oneOf", String.join(", ",
                Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()), value == null ? "" : value));
            return null;
        }
    }

    private static Cofinancing toCofinancing(ResultSet rs, int n) throws SQLException {
        return new Cofinancing(rs.getLong("id"), rs.getLong("project_id"), rs.getString("country_code"),
            Cofinancing.SourceType.valueOf(rs.getString("source_type")), rs.getString("source_name"),
            Cofinancing.Kind.valueOf(rs.getString("kind")), rs.getObject("entry_date", LocalDate.class),
            rs.getString("currency").strip(), Money.in(rs.getString("currency").strip(), rs.getBigDecimal("amount")),
            rs.getBigDecimal("usd_rate"),
            rs.getBigDecimal("amount_usd"), rs.getBoolean("is_sample"));
    }
}
