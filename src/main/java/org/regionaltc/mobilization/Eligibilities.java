package org.regionaltc.mobilization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.regionaltc.financing.EligibilityRule;
import org.regionaltc.financing.EligibilityRules;
import org.regionaltc.financing.Eligibility;
import org.regionaltc.financing.ProjectFacts;
import org.regionaltc.funding.ExchangeRates;
import org.regionaltc.funding.ProjectFunding;
import org.regionaltc.pipeline.Proposal;
import org.regionaltc.reference.FinancingBodies;
import org.regionaltc.reference.FinancingBody;
import org.springframework.stereotype.Component;

/**
 * Every financing body's verdict on a project. The grant checked is what the project asks the body for: the
 * amount of its open proposal to that body (USD at today's rate), or else its whole funding gap.
 */
@Component
class Eligibilities {

    record BodyVerdict(FinancingBody body, Eligibility.Verdict verdict, BigDecimal grantUsd) {
    }

    private final FinancingBodies bodies;
    private final EligibilityRules rules;
    private final ExchangeRates rates;

    Eligibilities(FinancingBodies bodies, EligibilityRules rules, ExchangeRates rates) {
        this.bodies = bodies;
        this.rules = rules;
        this.rates = rates;
    }

    /** What every verdict of one request reads once: the bodies, the rules in force today, today's rates. */
    record Today(List<FinancingBody> bodies, Map<String, List<EligibilityRule>> inForce,
            Function<String, Optional<BigDecimal>> rates) {
    }

    Today today() {
        LocalDate today = LocalDate.now();
        return new Today(bodies.findAll(), rules.findAll().stream().filter(r -> r.inForceOn(today))
            .collect(Collectors.groupingBy(EligibilityRule::bodyCode)), rates.ratesOn(today));
    }

    List<BodyVerdict> of(ProjectFacts.Project project, ProjectFunding funding, List<Proposal> proposals) {
        return of(project, funding, proposals, today());
    }

    List<BodyVerdict> of(ProjectFacts.Project project, ProjectFunding funding, List<Proposal> proposals,
            Today today) {
        Map<String, List<EligibilityRule>> inForce = today.inForce();
        BigDecimal gap = funding.gapUsd() == null ? BigDecimal.ZERO : funding.gapUsd();
        return today.bodies().stream().map(body -> {
            BigDecimal grant = proposals.stream()
                .filter(p -> p.projectId() == project.id() && p.bodyCode().equals(body.code()) && p.stage().isOpen())
                .findFirst()
                .map(p -> ExchangeRates.convert(p.amount(), today.rates().apply(p.currency()).orElse(BigDecimal.ZERO)))
                .orElse(gap);
            Eligibility.Candidate candidate = new Eligibility.Candidate(project.scope(), project.countries(),
                project.sectors(), project.themes(), grant, funding.cofinancingUsd());
            return new BodyVerdict(body, Eligibility.evaluate(body.code(), inForce.getOrDefault(body.code(), List.of()),
                candidate), grant);
        }).toList();
    }
}
