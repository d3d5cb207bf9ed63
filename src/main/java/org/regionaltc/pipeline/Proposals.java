package org.regionaltc.pipeline;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.regionaltc.audit.AuditTrail;
import org.regionaltc.financing.ProjectFacts;
import org.regionaltc.financing.Visibility;
import org.regionaltc.funding.EntryType;
import org.regionaltc.funding.ExchangeRates;
import org.regionaltc.funding.LedgerDraft;
import org.regionaltc.funding.LedgerEntries;
import org.regionaltc.reference.FinancingBodies;
import org.regionaltc.system.DraftConstraints;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.InvalidInput.FieldError;
import org.regionaltc.system.Money;
import org.regionaltc.system.NotFound;
import org.regionaltc.system.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.regionaltc.system.Text;

/** The proposals in the negotiation pipeline, their history and the probability of each stage. */
@Repository
public class Proposals {

    private static final String SELECT = """
            SELECT x.id, x.project_id, x.body_code, x.stage, x.currency, x.amount_requested,
                   x.amount_approved, x.next_action, x.next_action_date, x.notes, x.is_sample, x.version
            FROM proposal x
            """;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ProjectFacts projects;
    private final FinancingBodies bodies;
    private final ExchangeRates rates;
    private final LedgerEntries ledger;
    private final DraftConstraints constraints;

    Proposals(JdbcClient jdbc, AuditTrail audit, ProjectFacts projects, FinancingBodies bodies, ExchangeRates rates,
            LedgerEntries ledger, DraftConstraints constraints) {
        this.constraints = constraints;
        this.jdbc = jdbc;
        this.audit = audit;
        this.projects = projects;
        this.bodies = bodies;
        this.rates = rates;
        this.ledger = ledger;
    }

    public List<Proposal> findVisible(Visibility visibility) {
        return withProjects(visibility.bind(jdbc.sql(SELECT + " WHERE " + Visibility.condition("x.body_code", "x.project_id")
            + " ORDER BY x.next_action_date, x.id"), projects).query(Proposals::toProposal).list());
    }

    /** A proposal the viewer may see; one out of its scope is refused. */
    public Proposal getVisible(long id, Visibility visibility) {
        Proposal proposal = get(id);
        if (!visibility.sees(proposal.bodyCode(), proposal.projectCountries())) {
            throw new AccessDeniedException("proposal " + id + " is outside your financing body and countries");
        }
        return proposal;
    }

    Proposal get(long id) {
        return withProjects(jdbc.sql(SELECT + " WHERE x.id = :id").param("id", id).query(Proposals::toProposal).list())
            .stream().findFirst().orElseThrow(() -> new NotFound("Proposal", id));
    }

    public List<Proposal.Event> history(long id) {
        return jdbc.sql("""
                SELECT e.occurred_at, COALESCE(u.display_name, e.actor), e.from_stage, e.to_stage, e.amount_approved,
                       e.note, x.currency
                FROM proposal_event e JOIN proposal x ON x.id = e.proposal_id
                LEFT JOIN app_user u ON u.username = e.actor
                WHERE e.proposal_id = :id ORDER BY e.occurred_at, e.id
                """).param("id", id)
            .query((rs, n) -> new Proposal.Event(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                rs.getString(3) == null ? null : Stage.valueOf(rs.getString(3)), Stage.valueOf(rs.getString(4)),
                Money.inOrNull(rs.getString(7).strip(), rs.getBigDecimal(5)), rs.getString(6)))
            .list();
    }

    @Transactional
    public Proposal create(Proposal.Draft d, boolean sample) {
        List<FieldError> errors = new ArrayList<>(constraints.check(d));
        if (d.projectId() != null && !projects.exists(d.projectId())) {
            errors.add(new FieldError("projectId", "error.project.unknown", d.projectId()));
        }
        if (d.bodyCode() != null && !d.bodyCode().isBlank() && bodies.findByCode(d.bodyCode()).isEmpty()) {
            errors.add(new FieldError("bodyCode", "error.body.unknown", d.bodyCode()));
        }
        String currency = d.currency() == null ? "" : d.currency().strip().toUpperCase(Locale.ROOT);
        if (Money.isCurrency(currency) && rates.rateOn(currency, LocalDate.now()).isEmpty()) {
            errors.add(new FieldError("currency", "error.proposal.noRate"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO proposal (project_id, body_code, stage, currency, amount_requested, next_action,
                    next_action_date, notes, is_sample)
                VALUES (:project, :body, 'IDENTIFIED', :currency, :amount, :action, :actionDate, :notes, :sample)
                """)
            .param("project", d.projectId()).param("body", d.bodyCode()).param("currency", currency)
            .param("amount", d.amountRequested()).param("action", Text.blankToNull(d.nextAction()))
            .param("actionDate", d.nextActionDate()).param("notes", Text.blankToNull(d.notes())).param("sample", sample)
            .update(key, "id");
        long id = Objects.requireNonNull(key.getKey()).longValue();
        record(id, null, Stage.IDENTIFIED, null, "proposal identified");
        Proposal proposal = get(id);
        audit.created("Proposal", id, proposal);
        return proposal;
    }

    /**
     * A recommendation of the allocation engine accepted: the project's open proposal to the body, if there is one,
     * takes the window and the amount (in the window's currency); otherwise a new proposal starts at IDENTIFIED.
     * It never touches the ledger: only a body's decision, moved through the stages, does.
     */
    @Transactional
    public Proposal recommend(long projectId, String bodyCode, long windowId, String currency, BigDecimal amount) {
        Long open = jdbc.sql("""
                SELECT id FROM proposal
                WHERE project_id = :project AND body_code = :body AND stage IN (:open)
                ORDER BY id
                """)
            .param("project", projectId).param("body", bodyCode)
            .param("open", java.util.Arrays.stream(Stage.values()).filter(Stage::isOpen).map(Stage::name).toList())
            .query(Long.class).list().stream().findFirst().orElse(null);
        String note = "recommended by the allocation engine";
        if (open == null) {
            Proposal created = create(new Proposal.Draft(projectId, bodyCode, currency, amount, null, null, note), false);
            jdbc.sql("UPDATE proposal SET funding_window_id = :window WHERE id = :id")
                .param("window", windowId).param("id", created.id()).update();
            return created;
        }
        Proposal before = get(open);
        jdbc.sql("""
                UPDATE proposal SET currency = :currency, amount_requested = :amount, funding_window_id = :window,
                    is_sample = FALSE, version = version + 1
                WHERE id = :id
                """)
            .param("currency", currency).param("amount", amount).param("window", windowId).param("id", open).update();
        record(open, before.stage(), before.stage(), null, note);
        Proposal after = get(open);
        audit.updated("Proposal", open, before, after);
        return after;
    }

    /**
     * Moves a proposal to another stage (only the moves {@link Stage#next()} allows: 409 otherwise) or, with no
     * stage or the same one, updates its next action; 409 as well when someone changed it since version.
     */
    @Transactional
    /** A move by the secretariat: the proposal becomes theirs, no longer the demo's sample. */
    public Proposal move(long id, Proposal.Move move) {
        return move(id, move, false);
    }

    /** A move; {@code sample} keeps a sample proposal flagged (the demo moving its own proposals). */
    public Proposal move(long id, Proposal.Move move, boolean sample) {
        Proposal before = get(id);
        Stage target = move.stage() == null ? before.stage() : move.stage();
        List<FieldError> errors = new ArrayList<>(constraints.check(move));
        if (move.amountApproved() != null) {
            Money.check("amountApproved", before.currency(), move.amountApproved(), false).ifPresent(errors::add);
        }
        if (target == Stage.APPROVED_PLEDGED && move.amountApproved() == null && before.amountApproved() == null) {
            errors.add(new FieldError("amountApproved", "error.proposal.approvedRequired"));
        }
        boolean recordsInLedger = target != before.stage()
            && (target == Stage.APPROVED_PLEDGED || target == Stage.AGREEMENT_SIGNED)
            && !Boolean.TRUE.equals(move.skipLedger());
        if (recordsInLedger && move.decisionDate() != null && move.decisionDate().isAfter(LocalDate.now())) {
            errors.add(new FieldError("decisionDate", "error.date.future", move.decisionDate().toString()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (target != before.stage() && !before.stage().canMoveTo(target)) {
            throw new Conflict(new FieldError("stage", before.stage().next().isEmpty() ? "conflict.proposal.final"
                : "conflict.proposal.stage", FieldError.words("enum.Stage." + before.stage()),
                FieldError.words("enum.Stage." + target), FieldError.labels("Stage", new TreeSet<>(before.stage().next()))));
        }
        BigDecimal approved = move.amountApproved() != null ? move.amountApproved() : before.amountApproved();
        int updated = jdbc.sql("""
                UPDATE proposal SET stage = :stage, amount_approved = :approved, next_action = :action,
                    next_action_date = :actionDate, is_sample = (is_sample AND :sample), version = version + 1
                WHERE id = :id AND version = :version
                """)
            .param("sample", sample).param("stage", target.name()).param("approved", approved)
            .param("action", move.nextAction() != null ? Text.blankToNull(move.nextAction()) : before.nextAction())
            .param("actionDate", move.nextActionDate() != null ? move.nextActionDate() : before.nextActionDate())
            .param("id", id).param("version", move.version())
            .update();
        if (updated == 0) {
            throw new Conflict(new FieldError("", "conflict.proposal.changed", move.version(), before.version(),
                FieldError.words("enum.Stage." + before.stage())));
        }
        record(id, before.stage(), target, move.amountApproved(), Text.blankToNull(move.note()));
        Proposal after = get(id);
        audit.updated("Proposal", id, before, after);
        if (recordsInLedger) {
            recordInLedger(after, move.decisionDate() != null ? move.decisionDate() : LocalDate.now());
        }
        if (before.stage() == Stage.APPROVED_PLEDGED && target == Stage.WITHDRAWN) {
            withdrawPledge(after);
        }
        return after;
    }

    /**
     * The pledge the move to APPROVED_PLEDGED recorded leaves the ledger when the proposal is withdrawn; an entry
     * made by hand or imported stays, even one whose reference names the proposal.
     */
    private void withdrawPledge(Proposal proposal) {
        ledger.findByProposal(proposal.id()).stream()
            .filter(e -> e.type() == EntryType.PLEDGE)
            .forEach(e -> ledger.delete(e.id()));
    }

    /**
     * What the body decided goes into the ledger in the same transaction, so that secured funding and gaps follow
     * the pipeline without a second entry: a pledge on approval, a commitment when the agreement is signed.
     */
    private void recordInLedger(Proposal proposal, LocalDate date) {
        boolean pledge = proposal.stage() == Stage.APPROVED_PLEDGED;
        String type = pledge ? "PLEDGE" : "COMMITMENT";
        // An entry of the same kind, body, project and amount was most likely entered by hand or imported from the
        // finance system: recording it again would count the same money twice in secured funding.
        ledger.findVisible(Visibility.everything(), proposal.bodyCode(), proposal.projectId()).stream()
            .filter(e -> e.type().name().equals(type) && e.currency().equals(proposal.currency())
                && e.amount().compareTo(proposal.amount()) == 0)
            .findFirst()
            .ifPresent(e -> {
                throw new InvalidInput("skipLedger", "error.proposal.inLedger", FieldError.words("enum.EntryType." + type),
                    e.bodyCode(), e.currency(), Money.amount(e.currency(), e.amount()), e.date().toString(), e.id());
            });
        try {
            ledger.createFor(proposal.id(), new LedgerDraft(type, proposal.bodyCode(), proposal.projectId(), null, date,
                proposal.currency(), proposal.amount(), "proposal " + proposal.id(),
                pledge ? "Recorded when the proposal was approved / pledged" : "Recorded when the agreement was signed"),
                proposal.sample());
        } catch (InvalidInput e) {
            throw new InvalidInput(e.errors().stream()
                .map(f -> new FieldError("date".equals(f.field()) ? "decisionDate" : "stage",
                    "error.proposal.ledgerRefused", FieldError.words("enum.EntryType." + type), f.field(),
                    FieldError.words(f.code(), f.arguments().toArray())))
                .toList());
        }
    }

    public Map<Stage, BigDecimal> probabilities() {
        Map<Stage, BigDecimal> probabilities = new EnumMap<>(Stage.class);
        jdbc.sql("SELECT code, probability FROM pipeline_stage")
            .query((rs, n) -> probabilities.put(Stage.valueOf(rs.getString(1)), rs.getBigDecimal(2))).list();
        return probabilities;
    }

    record StageProbability(Stage stage, BigDecimal probability) {
    }

    @Transactional
    public void setProbability(Stage stage, @Nullable BigDecimal percent) {
        if (percent == null || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0
                || percent.stripTrailingZeros().scale() > 2) {
            throw new InvalidInput("probability", "error.percentage");
        }
        BigDecimal before = probabilities().get(stage);
        jdbc.sql("UPDATE pipeline_stage SET probability = :p WHERE code = :code").param("p", percent)
            .param("code", stage.name()).update();
        audit.updated("PipelineStage", stage.name(), new StageProbability(stage, before), new StageProbability(stage, percent));
    }

    private void record(long id, @Nullable Stage from, Stage to, @Nullable BigDecimal approved, @Nullable String note) {
        jdbc.sql("""
                INSERT INTO proposal_event (proposal_id, occurred_at, actor, from_stage, to_stage, amount_approved, note)
                VALUES (:id, :at, :actor, :from, :to, :approved, :note)
                """)
            .param("id", id).param("at", OffsetDateTime.now(ZoneOffset.UTC))
            .param("actor", SignedInUser.actorName()).param("from", from == null ? null : from.name())
            .param("to", to.name()).param("approved", approved).param("note", note)
            .update();
    }


    /** The proposals with their projects' identifiers, titles and countries, read for all of them at once. */
    private List<Proposal> withProjects(List<Proposal> proposals) {
        if (proposals.isEmpty()) {
            return proposals;
        }
        Map<Long, ProjectFacts.Project> facts = new java.util.HashMap<>();
        projects.findByIds(proposals.stream().map(Proposal::projectId).collect(java.util.stream.Collectors.toSet()))
            .forEach(p -> facts.put(p.id(), p));
        return proposals.stream().map(p -> {
            ProjectFacts.Project project = facts.get(p.projectId());
            return new Proposal(p.id(), p.projectId(), project == null ? "" : project.identifier(),
                project == null ? "" : project.title(), project == null ? Set.of() : project.countries(),
                p.bodyCode(), p.stage(), p.currency(), p.amountRequested(), p.amountApproved(), p.nextAction(),
                p.nextActionDate(), p.notes(), p.sample(), p.version());
        }).toList();
    }

    private static Proposal toProposal(ResultSet rs, int n) throws SQLException {
        return new Proposal(rs.getLong("id"), rs.getLong("project_id"), "", "", Set.of(), rs.getString("body_code"), Stage.valueOf(rs.getString("stage")),
            rs.getString("currency").strip(), Money.in(rs.getString("currency").strip(), rs.getBigDecimal("amount_requested")),
            Money.inOrNull(rs.getString("currency").strip(), rs.getBigDecimal("amount_approved")),
            rs.getString("next_action"), rs.getObject("next_action_date", LocalDate.class), rs.getString("notes"),
            rs.getBoolean("is_sample"), rs.getInt("version"));
    }

}
