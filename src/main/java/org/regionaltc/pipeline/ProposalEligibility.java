package org.regionaltc.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.regionaltc.financing.Eligibility;
import org.regionaltc.financing.EligibilityRule;
import org.regionaltc.financing.EligibilityRules;
import org.regionaltc.financing.ProjectFacts;
import org.regionaltc.funding.ExchangeRates;
import org.regionaltc.funding.FundingFigures;
import org.springframework.stereotype.Component;

/**
 * Whether a proposal's body may fund its project under the rules in force today, checked for the amount proposed
 * (USD at today's rate) as the mobilization sheet checks it. A proposal is a negotiation, so a failed rule warns and
 * never refuses the save: rules change per funding period and exceptions get negotiated.
 */
@Component
class ProposalEligibility {

    private final ProjectFacts projects;
    private final EligibilityRules rules;
    private final FundingFigures figures;
    private final ExchangeRates rates;

    ProposalEligibility(ProjectFacts projects, EligibilityRules rules, FundingFigures figures, ExchangeRates rates) {
        this.projects = projects;
        this.rules = rules;
        this.figures = figures;
        this.rates = rates;
    }

    Eligibility.Verdict of(Proposal proposal) {
        LocalDate today = LocalDate.now();
        ProjectFacts.Project project = projects.get(proposal.projectId());
        BigDecimal grantUsd = ExchangeRates.convert(proposal.amount(),
            rates.rateOn(proposal.currency(), today).orElse(BigDecimal.ZERO));
        Eligibility.Candidate candidate = new Eligibility.Candidate(project.scope(), project.countries(),
            project.sectors(), project.themes(), grantUsd, figures.of(project).cofinancingUsd());
        return Eligibility.evaluate(proposal.bodyCode(),
            rules.findByBody(proposal.bodyCode()).stream().filter(r -> r.inForceOn(today)).toList(), candidate);
    }
}
