package org.regionaltc.funding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionaltc.audit.AuditTrail;
import org.regionaltc.financing.ProjectFacts;
import org.regionaltc.financing.Visibility;
import org.regionaltc.reference.FinancingBodies;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.DraftConstraints;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.InvalidInput.FieldError;
import org.regionaltc.system.Money;
import org.regionaltc.system.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.regionaltc.system.Text;

/** The funding ledger: pledges, commitments, receipts, allotments and expenditures. */
@Repository
public class LedgerEntries {

    private static final String SELECT = """
            SELECT e.id, e.entry_type, e.body_code, e.project_id, e.window_id, e.entry_date, e.currency,
                   e.amount, e.usd_rate, e.amount_usd, e.reference, e.notes, e.is_sample, e.proposal_id
            FROM ledger_entry e
            """;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ExchangeRates rates;
    private final FundingWindows windows;
    private final FinancingBodies bodies;
    private final ProjectFacts projects;
    private final DraftConstraints constraints;

    LedgerEntries(JdbcClient jdbc, AuditTrail audit, ExchangeRates rates, FundingWindows windows,
            FinancingBodies bodies, ProjectFacts projects, DraftConstraints constraints) {
        this.constraints = constraints;
        this.jdbc = jdbc;
        this.audit = audit;
        this.rates = rates;
        this.windows = windows;
        this.bodies = bodies;
        this.projects = projects;
    }

    /** The entries the viewer may see, newest first, optionally of one body or project. */
    public List<LedgerEntry> findVisible(Visibility visibility, @Nullable String bodyCode, @Nullable Long projectId) {
        return findVisible(visibility, bodyCode, projectId, Integer.MAX_VALUE, 0);
    }

    /** One page of {@link #findVisible(Visibility, String, Long)}, newest first (the ledger page's slice). */
    public List<LedgerEntry> findVisible(Visibility visibility, @Nullable String bodyCode, @Nullable Long projectId,
            int limit, long offset) {
        String page = limit == Integer.MAX_VALUE ? "" : " LIMIT " + limit + " OFFSET " + offset;
        return withIdentifiers(visible(visibility, bodyCode, projectId,
            SELECT + where(bodyCode, projectId) + " ORDER BY e.entry_date DESC, e.id DESC" + page)
            .query(LedgerEntries::toEntry).list());
    }

    /** How many entries {@link #findVisible(Visibility, String, Long)} finds. */
    public long countVisible(Visibility visibility, @Nullable String bodyCode, @Nullable Long projectId) {
        return visible(visibility, bodyCode, projectId, "SELECT COUNT(*) FROM ledger_entry e" + where(bodyCode, projectId))
            .query(Long.class).single();
    }

    private static String where(@Nullable String bodyCode, @Nullable Long projectId) {
        return " WHERE " + Visibility.condition("e.body_code", "e.project_id")
            + (bodyCode == null ? "" : " AND e.body_code = :body")
            + (projectId == null ? "" : " AND e.project_id = :project");
    }

    private JdbcClient.StatementSpec visible(Visibility visibility, @Nullable String bodyCode, @Nullable Long projectId,
            String sql) {
        JdbcClient.StatementSpec statement = visibility.bind(jdbc.sql(sql), projects);
        if (bodyCode != null) {
            statement = statement.param("body", bodyCode);
        }
        if (projectId != null) {
            statement = statement.param("project", projectId);
        }
        return statement;
    }

    /** The entries a pipeline proposal's moves recorded, whoever may see them. */
    public List<LedgerEntry> findByProposal(long proposalId) {
        return withIdentifiers(jdbc.sql(SELECT + " WHERE e.proposal_id = :proposal ORDER BY e.id")
            .param("proposal", proposalId).query(LedgerEntries::toEntry).list());
    }

    public LedgerEntry get(long id) {
        return withIdentifiers(jdbc.sql(SELECT + " WHERE e.id = :id").param("id", id).query(LedgerEntries::toEntry)
            .list()).stream().findFirst().orElseThrow(() -> new NotFound("Ledger entry", id));
    }

    /**
     * Records an entry: 400 naming each field at fault, 409 when a commitment exceeds what remains of its
     * window's envelope.
     */
    @Transactional
    public LedgerEntry create(LedgerDraft draft, boolean sample) {
        return create(draft, sample, null);
    }

    /** Records an entry as {@link #create(LedgerDraft, boolean)} does, linked to the proposal whose move it records. */
    @Transactional
    public LedgerEntry createFor(long proposalId, LedgerDraft draft, boolean sample) {
        return create(draft, sample, proposalId);
    }

    private LedgerEntry create(LedgerDraft draft, boolean sample, @Nullable Long proposalId) {
        List<FieldError> errors = check(draft);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        FieldError overEnvelope = overEnvelope(draft);
        if (overEnvelope != null) {
            throw new Conflict(overEnvelope);
        }
        return write(draft, sample, proposalId);
    }

    /** Writes a draft that {@link #check} and {@link #overEnvelope} have passed. */
    LedgerEntry write(LedgerDraft draft, boolean sample) {
        return write(draft, sample, null);
    }

    private LedgerEntry write(LedgerDraft draft, boolean sample, @Nullable Long proposalId) {
        EntryType type = EntryType.valueOf(draft.type().strip().toUpperCase(Locale.ROOT));
        String currency = draft.currency().strip().toUpperCase(Locale.ROOT);
        ExchangeRates.Conversion usd = rates.toUsd(currency, draft.amount(), draft.date(), "date");
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO ledger_entry (entry_type, body_code, project_id, window_id, entry_date, currency, amount,
                    usd_rate, amount_usd, reference, notes, is_sample, created_at, proposal_id)
                VALUES (:type, :body, :project, :window, :date, :currency, :amount, :rate, :usd, :reference, :notes,
                    :sample, :now, :proposal)
                """)
            .param("type", type.name()).param("body", draft.bodyCode().strip().toUpperCase(Locale.ROOT))
            .param("project", draft.projectId()).param("window", draft.windowId()).param("date", draft.date())
            .param("currency", currency).param("amount", draft.amount()).param("rate", usd.usdRate())
            .param("usd", usd.amountUsd()).param("reference", Text.blankToNull(draft.reference()))
            .param("notes", Text.blankToNull(draft.notes())).param("sample", sample)
            .param("now", OffsetDateTime.now(ZoneOffset.UTC)).param("proposal", proposalId)
            .update(key, "id");
        LedgerEntry entry = get(Objects.requireNonNull(key.getKey()).longValue());
        audit.created("LedgerEntry", entry.id(), entry);
        return entry;
    }

    @Transactional
    public void delete(long id) {
        LedgerEntry entry = get(id);
        jdbc.sql("DELETE FROM ledger_entry WHERE id = :id").param("id", id).update();
        audit.deleted("LedgerEntry", id, entry);
    }

    /**
     * The entry equal to a checked draft on the ledger's natural key (type, body, project, window, date, currency,
     * amount, reference; an empty window or reference equals another empty one): the same line imported twice.
     */
    Optional<Long> findSame(LedgerDraft d) {
        String reference = Text.blankToNull(d.reference());
        JdbcClient.StatementSpec statement = jdbc.sql("""
                SELECT id FROM ledger_entry
                WHERE entry_type = :type AND body_code = :body AND entry_date = :date AND currency = :currency
                  AND amount = :amount AND %s AND %s AND %s
                ORDER BY id
                """.formatted(d.projectId() == null ? "project_id IS NULL" : "project_id = :project",
                    d.windowId() == null ? "window_id IS NULL" : "window_id = :window",
                    reference == null ? "reference IS NULL" : "reference = :reference"))
            .param("type", Objects.requireNonNull(d.type()).strip().toUpperCase(Locale.ROOT))
            .param("body", Objects.requireNonNull(d.bodyCode()).strip().toUpperCase(Locale.ROOT))
            .param("date", d.date())
            .param("currency", Objects.requireNonNull(d.currency()).strip().toUpperCase(Locale.ROOT))
            .param("amount", d.amount());
        if (d.projectId() != null) {
            statement = statement.param("project", d.projectId());
        }
        if (d.windowId() != null) {
            statement = statement.param("window", d.windowId());
        }
        if (reference != null) {
            statement = statement.param("reference", reference);
        }
        return statement.query(Long.class).list().stream().findFirst();
    }

    /** Why a checked commitment does not fit what remains of its window, or null when it fits or has no window. */
    @Nullable FieldError overEnvelope(LedgerDraft draft) {
        if (draft.windowId() == null || !"COMMITMENT".equalsIgnoreCase(Objects.requireNonNull(draft.type()).strip())) {
            return null;
        }
        FundingWindow window = windows.lockForCommitment(draft.windowId());
        if (Objects.requireNonNull(draft.amount()).compareTo(window.remaining()) <= 0) {
            return null;
        }
        return new FieldError("amount", "error.window.overEnvelope", window.currency(),
            Money.amount(window.currency(), draft.amount()), window.name(),
            Money.amount(window.currency(), window.remaining()), Money.amount(window.currency(), window.amount()));
    }

    /** Every rule a draft breaks, each naming its field; the envelope is checked on writing. */
    List<FieldError> check(LedgerDraft d) {
        List<FieldError> errors = new ArrayList<>(constraints.check(d));
        EntryType type = null;
        if (d.type() == null || d.type().isBlank()) {
            errors.add(new FieldError("type", "error.oneOf.required", choices()));
        } else {
            try {
                type = EntryType.valueOf(d.type().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("type", "error.oneOf", choices(), d.type()));
            }
        }
        String body = d.bodyCode() == null ? "" : d.bodyCode().strip().toUpperCase(Locale.ROOT);
        if (!body.isEmpty() && bodies.findByCode(body).isEmpty()) {
            errors.add(new FieldError("bodyCode", "error.body.unknown", d.bodyCode()));
        }
        if (d.projectId() == null) {
            if (type != null && type.needsProject()) {
                errors.add(new FieldError("projectId", "error.ledger.projectRequired", FieldError.words("enum.EntryType." + type)));
            }
        } else if (!projects.exists(d.projectId())) {
            errors.add(new FieldError("projectId", "error.project.unknown", d.projectId()));
        }
        String currency = d.currency() == null ? "" : d.currency().strip().toUpperCase(Locale.ROOT);
        boolean knownCurrency = Money.isCurrency(currency);
        if (d.windowId() != null) {
            windows.findById(d.windowId()).ifPresentOrElse(w -> {
                if (!w.bodyCode().equals(body)) {
                    errors.add(new FieldError("windowId", "error.window.otherBody", w.bodyCode(), body));
                } else if (!w.currency().equals(currency) && !currency.isEmpty()) {
                    errors.add(new FieldError("currency", "error.window.currency", w.currency()));
                }
            }, () -> errors.add(new FieldError("windowId", "error.window.unknown", d.windowId())));
        }
        if (d.date() != null && knownCurrency && rates.rateOn(currency, d.date()).isEmpty()) {
            errors.add(new FieldError("date", "error.rate.missing", currency, d.date().toString()));
        }
        return errors;
    }

    private static String choices() {
        return String.join(", ", java.util.Arrays.stream(EntryType.values()).map(Enum::name).toList());
    }


    /** The entries with their projects' identifiers, read from the project catalog for all of them at once. */
    private List<LedgerEntry> withIdentifiers(List<LedgerEntry> entries) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        entries.forEach(e -> {
            if (e.projectId() != null) {
                ids.add(e.projectId());
            }
        });
        if (ids.isEmpty()) {
            return entries;
        }
        java.util.Map<Long, String> identifiers = projects.identifiers(ids);
        return entries.stream().map(e -> e.projectId() == null ? e : new LedgerEntry(e.id(), e.type(), e.bodyCode(),
            e.projectId(), identifiers.get(e.projectId()), e.windowId(), e.date(), e.currency(), e.amount(),
            e.usdRate(), e.amountUsd(), e.reference(), e.notes(), e.sample(), e.proposalId())).toList();
    }

    private static LedgerEntry toEntry(ResultSet rs, int n) throws SQLException {
        return new LedgerEntry(rs.getLong("id"), EntryType.valueOf(rs.getString("entry_type")), rs.getString("body_code"),
            rs.getObject("project_id", Long.class), null, rs.getObject("window_id", Long.class),
            rs.getObject("entry_date", LocalDate.class), rs.getString("currency").strip(),
            Money.in(rs.getString("currency").strip(), rs.getBigDecimal("amount")),
            rs.getBigDecimal("usd_rate"), rs.getBigDecimal("amount_usd"), rs.getString("reference"), rs.getString("notes"),
            rs.getBoolean("is_sample"), rs.getObject("proposal_id", Long.class));
    }

}
