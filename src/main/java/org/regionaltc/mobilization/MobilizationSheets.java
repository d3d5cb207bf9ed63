package org.regionaltc.mobilization;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.regionaltc.financing.ProjectFacts;
import org.regionaltc.financing.Visibility;
import org.regionaltc.funding.Cofinancings;
import org.regionaltc.funding.EntryType;
import org.regionaltc.funding.FundingFigures;
import org.regionaltc.funding.FundingWindows;
import org.regionaltc.funding.LedgerEntries;
import org.regionaltc.funding.LedgerEntry;
import org.regionaltc.funding.ProjectFunding;
import org.regionaltc.pipeline.Proposal;
import org.regionaltc.pipeline.Proposals;
import org.regionaltc.reference.FinancingBodies;
import org.regionaltc.reference.FinancingBody;
import org.regionaltc.system.FiguresCache;
import org.regionaltc.system.Money;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Assembles a project's funding sheet and a financing body's portfolio within what the viewer may see. */
@Component
class MobilizationSheets {

    private final ProjectFacts projects;
    private final FundingFigures figures;
    private final LedgerEntries ledger;
    private final Cofinancings cofinancing;
    private final Proposals proposals;
    private final FundingWindows windows;
    private final FinancingBodies bodies;
    private final Eligibilities eligibilities;
    private final MobilizationViews views;
    private final FiguresCache kept;

    MobilizationSheets(ProjectFacts projects, FundingFigures figures, LedgerEntries ledger, Cofinancings cofinancing,
            Proposals proposals, FundingWindows windows, FinancingBodies bodies, Eligibilities eligibilities,
            MobilizationViews views, FiguresCache kept) {
        this.kept = kept;
        this.projects = projects;
        this.figures = figures;
        this.ledger = ledger;
        this.cofinancing = cofinancing;
        this.proposals = proposals;
        this.windows = windows;
        this.bodies = bodies;
        this.eligibilities = eligibilities;
        this.views = views;
    }

    /** The secretariat and the focal points of the project's countries see its sheet. */
    ProjectFundingSheet project(long projectId, Visibility visibility) {
        ProjectFacts.Project project = projects.get(projectId);
        if (!visibility.seesProjectIn(project.countries())) {
            throw new AccessDeniedException("project " + projectId + " is outside your countries");
        }
        ProjectFunding funding = figures.of(project);
        List<Proposal> projectProposals = proposals.findVisible(visibility).stream()
            .filter(p -> p.projectId() == projectId).toList();
        return new ProjectFundingSheet(project, funding, ledger.findVisible(visibility, null, projectId),
            cofinancing.findVisible(visibility, projectId), projectProposals,
            eligibilities.of(project, funding, projectProposals));
    }

    /** A donor sees its own body's portfolio; a focal point the part in its countries; the secretariat all. */
    Portfolio portfolio(String bodyCode, Visibility visibility) {
        FinancingBody body = bodies.get(bodyCode);
        if (!visibility.seesBody(body.code()) && visibility.countries().isEmpty()) {
            throw new AccessDeniedException("the portfolio of " + body.code() + " is not yours to see");
        }
        // Summed over every ledger line of the body (tens of thousands on a large ledger): kept until anything
        // changes, like the overview.
        return kept.get("portfolio|" + body.code() + "|" + visibility.key(), java.time.LocalDate.now(),
            () -> compute(body, visibility));
    }

    private Portfolio compute(FinancingBody body, Visibility visibility) {
        List<LedgerEntry> entries = ledger.findVisible(visibility, body.code(), null);
        Map<EntryType, BigDecimal> totals = new EnumMap<>(EntryType.class);
        Map<Long, Portfolio.ProjectLine> lines = new LinkedHashMap<>();
        Map<Long, Map<String, BigDecimal>> shares = views.countryShares();
        Map<Long, BigDecimal[]> securedParts = new LinkedHashMap<>();
        for (LedgerEntry e : entries) {
            totals.merge(e.type(), e.amountUsd(), BigDecimal::add);
            if (e.projectId() != null) {
                lines.computeIfAbsent(e.projectId(), id -> new Portfolio.ProjectLine(id, e.projectIdentifier(),
                    new TreeMap<>())).totalsUsd().merge(e.type().name(), e.amountUsd(), BigDecimal::add);
                BigDecimal[] parts = securedParts.computeIfAbsent(e.projectId(),
                    id -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                if (e.type() == EntryType.COMMITMENT) {
                    parts[0] = parts[0].add(e.amountUsd());
                } else if (e.type() == EntryType.RECEIPT) {
                    parts[1] = parts[1].add(e.amountUsd());
                }
            }
        }
        Map<String, BigDecimal> byCountry = new TreeMap<>();
        securedParts.forEach((projectId, parts) -> shares.getOrDefault(projectId, Map.of()).forEach((country, share) ->
            byCountry.merge(country, new ProjectFunding.FromBody(body.code(), parts[0], parts[1]).secured().multiply(share),
                BigDecimal::add)));
        byCountry.replaceAll((c, v) -> Money.usd(v));
        return new Portfolio(body, totals, List.copyOf(lines.values()), byCountry,
            windows.findVisible(visibility).stream().filter(w -> w.bodyCode().equals(body.code())).toList(),
            proposals.findVisible(visibility).stream().filter(p -> p.bodyCode().equals(body.code())).toList(),
            visibility.seesBody(body.code())
                ? figures.ratiosByBody().stream().filter(r -> r.key().equals(body.code())).toList() : List.of(),
            List.copyOf(entries.subList(0, Math.min(Portfolio.NEWEST_ENTRIES, entries.size()))), entries.size());
    }
}
