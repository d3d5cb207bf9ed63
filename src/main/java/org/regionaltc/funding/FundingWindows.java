package org.regionaltc.funding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.regionaltc.audit.AuditTrail;
import org.regionaltc.financing.Visibility;
import org.regionaltc.reference.FinancingBodies;
import org.regionaltc.system.DraftConstraints;
import org.regionaltc.system.Conflict;
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

/** The funding windows, with what each has committed and what remains. */
@Repository
public class FundingWindows {

    private static final String SELECT = """
            SELECT w.id, w.body_code, w.name, w.period_start, w.period_end, w.currency, w.amount, w.deadline,
                   w.earmarks, w.is_sample, w.version,
                   COALESCE((SELECT SUM(e.amount) FROM ledger_entry e
                             WHERE e.window_id = w.id AND e.entry_type = 'COMMITMENT'), 0) AS committed
            FROM funding_window w
            """;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final FinancingBodies bodies;
    private final DraftConstraints constraints;

    FundingWindows(JdbcClient jdbc, AuditTrail audit, FinancingBodies bodies, DraftConstraints constraints) {
        this.constraints = constraints;
        this.jdbc = jdbc;
        this.audit = audit;
        this.bodies = bodies;
    }

    /** A donor sees its own body's windows; everyone else signed in sees all, to prepare proposals against them. */
    public List<FundingWindow> findVisible(Visibility visibility) {
        if (visibility.body() != null) {
            return jdbc.sql(SELECT + " WHERE w.body_code = :body ORDER BY w.period_start DESC, w.name")
                .param("body", visibility.body()).query(FundingWindows::toWindow).list();
        }
        if (!visibility.all() && visibility.countries().isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " ORDER BY w.body_code, w.period_start DESC, w.name").query(FundingWindows::toWindow).list();
    }

    /** The rule of {@link #findVisible} for one window: a donor sees its own body's, the others see all or none. */
    public static boolean visibleTo(FundingWindow window, Visibility visibility) {
        return visibility.body() != null ? window.bodyCode().equals(visibility.body())
            : visibility.all() || !visibility.countries().isEmpty();
    }

    public Optional<FundingWindow> findById(long id) {
        return jdbc.sql(SELECT + " WHERE w.id = :id").param("id", id).query(FundingWindows::toWindow).optional();
    }

    public FundingWindow get(long id) {
        return findById(id).orElseThrow(() -> new NotFound("Funding window", id));
    }

    /** Locks the window's row until the transaction ends, so two commitments cannot both take the last of it. */
    FundingWindow lockForCommitment(long id) {
        jdbc.sql("SELECT id FROM funding_window WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).optional()
            .orElseThrow(() -> new NotFound("Funding window", id));
        return get(id);
    }

    @Transactional
    public FundingWindow create(WindowDraft d, boolean sample) {
        String currency = check(d);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO funding_window (body_code, name, period_start, period_end, currency, amount, deadline,
                    earmarks, is_sample)
                VALUES (:body, :name, :start, :end, :currency, :amount, :deadline, :earmarks, :sample)
                """)
            .param("body", d.bodyCode()).param("name", d.name().strip()).param("start", d.periodStart())
            .param("end", d.periodEnd()).param("currency", currency).param("amount", d.amount())
            .param("deadline", d.deadline())
            .param("earmarks", Text.blankToNull(d.earmarks()))
            .param("sample", sample)
            .update(key, "id");
        FundingWindow window = get(Objects.requireNonNull(key.getKey()).longValue());
        audit.created("FundingWindow", window.id(), window);
        return window;
    }

    /**
     * Changes a window: 409 when someone changed it since version, when the envelope would fall below what is
     * already committed, or when its currency would change under recorded commitments.
     */
    @Transactional
    public FundingWindow update(long id, WindowDraft d) {
        String currency = check(d);
        FundingWindow before = lockForCommitment(id);
        if (d.version() == null) {
            throw new InvalidInput("version", "error.version.required");
        }
        if (!before.bodyCode().equals(d.bodyCode())) {
            throw new InvalidInput("bodyCode", "error.window.sameBody", before.bodyCode());
        }
        if (before.committed().signum() > 0 && !before.currency().equals(currency)) {
            throw new Conflict(new FieldError("currency", "error.window.currencyLocked", before.currency()));
        }
        if (d.amount().compareTo(before.committed()) < 0) {
            throw new Conflict(new FieldError("amount", "error.window.belowCommitted", before.currency(),
                Money.amount(before.currency(), before.committed())));
        }
        int updated = jdbc.sql("""
                UPDATE funding_window SET name = :name, period_start = :start, period_end = :end, currency = :currency,
                    amount = :amount, deadline = :deadline, earmarks = :earmarks, is_sample = FALSE,
                    version = version + 1
                WHERE id = :id AND version = :version
                """)
            .param("name", d.name().strip()).param("start", d.periodStart()).param("end", d.periodEnd())
            .param("currency", currency).param("amount", d.amount()).param("deadline", d.deadline())
            .param("earmarks", Text.blankToNull(d.earmarks()))
            .param("id", id).param("version", d.version())
            .update();
        if (updated == 0) {
            throw new Conflict(new FieldError("version", "error.window.changed", before.name(), d.version(),
                before.version()));
        }
        FundingWindow after = get(id);
        audit.updated("FundingWindow", id, before, after);
        return after;
    }

    private String check(WindowDraft d) {
        List<FieldError> errors = new ArrayList<>(constraints.check(d));
        if (d.bodyCode() != null && !d.bodyCode().isBlank() && bodies.findByCode(d.bodyCode()).isEmpty()) {
            errors.add(new FieldError("bodyCode", "error.body.unknown", d.bodyCode()));
        }
        if (d.periodStart() != null && d.periodEnd() != null && d.periodEnd().isBefore(d.periodStart())) {
            errors.add(new FieldError("periodEnd", "error.period.endBeforeStart"));
        }
        String currency = d.currency() == null ? "" : d.currency().strip().toUpperCase(Locale.ROOT);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return currency;
    }

    private static FundingWindow toWindow(ResultSet rs, int n) throws SQLException {
        return new FundingWindow(rs.getLong("id"), rs.getString("body_code"), rs.getString("name"),
            rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
            rs.getString("currency").strip(), Money.in(rs.getString("currency").strip(), rs.getBigDecimal("amount")),
            rs.getObject("deadline", LocalDate.class), rs.getString("earmarks"),
            Money.in(rs.getString("currency").strip(), rs.getBigDecimal("committed")), rs.getBoolean("is_sample"), rs.getInt("version"));
    }
}
