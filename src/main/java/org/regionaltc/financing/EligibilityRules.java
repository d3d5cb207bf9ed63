package org.regionaltc.financing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.regionaltc.audit.AuditTrail;
import org.regionaltc.reference.Codelists;
import org.regionaltc.reference.Countries;
import org.regionaltc.reference.FinancingBodies;
import org.regionaltc.reference.ThematicAreas;
import org.regionaltc.system.DraftConstraints;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.InvalidInput.FieldError;
import org.regionaltc.system.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.regionaltc.system.Text;

/** The eligibility rules of the financing bodies, per funding period. */
@Repository
public class EligibilityRules {

    private static final String SELECT = """
            SELECT id, body_code, name, period_start, period_end, min_grant_usd, max_grant_usd, cofinancing_ratio,
                   other_conditions, is_sample, version
            FROM eligibility_rule
            """;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final FinancingBodies bodies;
    private final Countries countries;
    private final ThematicAreas themes;
    private final Codelists codelists;
    private final DraftConstraints constraints;

    EligibilityRules(JdbcClient jdbc, AuditTrail audit, FinancingBodies bodies, Countries countries,
            ThematicAreas themes, Codelists codelists, DraftConstraints constraints) {
        this.constraints = constraints;
        this.jdbc = jdbc;
        this.audit = audit;
        this.bodies = bodies;
        this.countries = countries;
        this.themes = themes;
        this.codelists = codelists;
    }

    public List<EligibilityRule> findAll() {
        return withItems(jdbc.sql(SELECT + " ORDER BY body_code, period_start, name").query(EligibilityRules::toRule).list());
    }

    public List<EligibilityRule> findByBody(String bodyCode) {
        return withItems(jdbc.sql(SELECT + " WHERE body_code = :body ORDER BY period_start, name")
            .param("body", bodyCode).query(EligibilityRules::toRule).list());
    }

    public EligibilityRule get(long id) {
        return withItems(jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(EligibilityRules::toRule).list())
            .stream().findFirst().orElseThrow(() -> new NotFound("Eligibility rule", id));
    }

    @Transactional
    public EligibilityRule create(RuleDraft draft, boolean sample) {
        check(draft);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO eligibility_rule (body_code, name, period_start, period_end, min_grant_usd, max_grant_usd,
                    cofinancing_ratio, other_conditions, is_sample)
                VALUES (:body, :name, :start, :end, :min, :max, :ratio, :other, :sample)
                """)
            .param("body", draft.bodyCode()).param("name", Objects.requireNonNull(draft.name()).strip())
            .param("start", draft.periodStart()).param("end", draft.periodEnd())
            .param("min", draft.minGrantUsd()).param("max", draft.maxGrantUsd())
            .param("ratio", draft.cofinancingRatio()).param("other", Text.blankToNull(draft.otherConditions()))
            .param("sample", sample)
            .update(key, "id");
        long id = Objects.requireNonNull(key.getKey()).longValue();
        insertItems(id, draft);
        EligibilityRule rule = get(id);
        audit.created("EligibilityRule", id, rule);
        return rule;
    }

    /**
     * Changes a rule: 400 naming each field at fault (a rule stays with its financing body), 409 when someone
     * changed it since the version in the draft was read. A changed sample rule becomes the secretariat's own, so
     * switching the demo off no longer removes it.
     */
    @Transactional
    public EligibilityRule update(long id, RuleDraft draft) {
        EligibilityRule before = get(id);
        if (draft.version() == null) {
            throw new InvalidInput("version", "error.version.required");
        }
        if (draft.bodyCode() != null && !draft.bodyCode().strip().equalsIgnoreCase(before.bodyCode())) {
            throw new InvalidInput("bodyCode", "error.rule.sameBody", before.bodyCode(),
                String.valueOf(draft.bodyCode()));
        }
        check(new RuleDraft(before.bodyCode(), draft.name(), draft.periodStart(), draft.periodEnd(), draft.themes(),
            draft.sectors(), draft.countries(), draft.scopes(), draft.minGrantUsd(), draft.maxGrantUsd(),
            draft.cofinancingRatio(), draft.otherConditions()));
        int updated = jdbc.sql("""
                UPDATE eligibility_rule SET name = :name, period_start = :start, period_end = :end,
                    min_grant_usd = :min, max_grant_usd = :max, cofinancing_ratio = :ratio, other_conditions = :other,
                    is_sample = FALSE, version = version + 1
                WHERE id = :id AND version = :version
                """)
            .param("name", Objects.requireNonNull(draft.name()).strip())
            .param("start", draft.periodStart()).param("end", draft.periodEnd())
            .param("min", draft.minGrantUsd()).param("max", draft.maxGrantUsd())
            .param("ratio", draft.cofinancingRatio()).param("other", Text.blankToNull(draft.otherConditions()))
            .param("id", id).param("version", draft.version())
            .update();
        if (updated == 0) {
            throw new Conflict(new FieldError("", "conflict.rule.changed", draft.version(), before.version()));
        }
        jdbc.sql("DELETE FROM eligibility_rule_item WHERE rule_id = :id").param("id", id).update();
        insertItems(id, draft);
        EligibilityRule after = get(id);
        audit.updated("EligibilityRule", id, before, after);
        return after;
    }

    @Transactional
    public void delete(long id) {
        EligibilityRule rule = get(id);
        jdbc.sql("DELETE FROM eligibility_rule WHERE id = :id").param("id", id).update();
        audit.deleted("EligibilityRule", id, rule);
    }

    private void insertItems(long id, RuleDraft draft) {
        insertItems(id, "THEME", draft.themes());
        insertItems(id, "SECTOR", draft.sectors());
        insertItems(id, "COUNTRY", draft.countries());
        insertItems(id, "SCOPE", draft.scopes());
    }

    private void insertItems(long id, String kind, @Nullable List<String> codes) {
        for (String code : normalized(codes)) {
            jdbc.sql("INSERT INTO eligibility_rule_item (rule_id, kind, code) VALUES (:id, :kind, :code)")
                .param("id", id).param("kind", kind).param("code", code).update();
        }
    }

    private void check(RuleDraft d) {
        List<FieldError> errors = new ArrayList<>(constraints.check(d));
        if (d.bodyCode() != null && !d.bodyCode().isBlank() && bodies.findByCode(d.bodyCode()).isEmpty()) {
            errors.add(new FieldError("bodyCode", "error.body.unknown", d.bodyCode()));
        }
        if (d.periodStart() != null && d.periodEnd() != null && d.periodEnd().isBefore(d.periodStart())) {
            errors.add(new FieldError("periodEnd", "error.period.endBeforeStart"));
        }
        for (String theme : normalized(d.themes())) {
            if (themes.findByCode(theme).isEmpty()) {
                errors.add(new FieldError("themes", "error.theme.unknownCode", theme));
            }
        }
        for (String sector : normalized(d.sectors())) {
            boolean known = sector.length() == 3 ? codelists.isActive("SectorCategory", sector)
                : codelists.isActive("Sector", sector);
            if (!known) {
                errors.add(new FieldError("sectors", "error.rule.sector", sector));
            }
        }
        for (String country : normalized(d.countries())) {
            if (!countries.exists(country)) {
                errors.add(new FieldError("countries", "error.country.notGrulac", country));
            }
        }
        for (String scope : normalized(d.scopes())) {
            if (!EligibilityRule.SCOPES.contains(scope)) {
                errors.add(new FieldError("scopes", "error.oneOf", String.join(", ", new TreeSet<>(EligibilityRule.SCOPES)), scope));
            }
        }
        if (d.minGrantUsd() != null && d.maxGrantUsd() != null && d.minGrantUsd().compareTo(d.maxGrantUsd()) > 0) {
            errors.add(new FieldError("maxGrantUsd", "error.rule.maxBelowMin"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }


    static Set<String> normalized(@Nullable List<String> codes) {
        Set<String> set = new TreeSet<>();
        if (codes != null) {
            codes.stream().map(Text::codeOrNull).filter(Objects::nonNull).forEach(set::add);
        }
        return set;
    }

    private List<EligibilityRule> withItems(List<EligibilityRule> rules) {
        if (rules.isEmpty()) {
            return rules;
        }
        Map<Long, Map<String, Set<String>>> items = new HashMap<>();
        jdbc.sql("SELECT rule_id, kind, code FROM eligibility_rule_item WHERE rule_id IN (:ids)")
            .param("ids", rules.stream().map(EligibilityRule::id).toList())
            .query((rs, n) -> items.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                .computeIfAbsent(rs.getString(2), k -> new TreeSet<>()).add(rs.getString(3)))
            .list();
        return rules.stream().map(r -> {
            Map<String, Set<String>> of = items.getOrDefault(r.id(), Map.of());
            return new EligibilityRule(r.id(), r.bodyCode(), r.name(), r.periodStart(), r.periodEnd(),
                Set.copyOf(of.getOrDefault("THEME", Set.of())), Set.copyOf(of.getOrDefault("SECTOR", Set.of())),
                Set.copyOf(of.getOrDefault("COUNTRY", Set.of())), Set.copyOf(of.getOrDefault("SCOPE", Set.of())),
                r.minGrantUsd(), r.maxGrantUsd(), r.cofinancingRatio(), r.otherConditions(), r.sample(), r.version());
        }).toList();
    }

    private static EligibilityRule toRule(ResultSet rs, int n) throws SQLException {
        return new EligibilityRule(rs.getLong("id"), rs.getString("body_code"), rs.getString("name"),
            rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
            Set.of(), Set.of(), Set.of(), Set.of(), rs.getBigDecimal("min_grant_usd"), rs.getBigDecimal("max_grant_usd"),
            rs.getBigDecimal("cofinancing_ratio"), rs.getString("other_conditions"), rs.getBoolean("is_sample"),
            rs.getInt("version"));
    }

}
