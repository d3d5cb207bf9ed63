package org.regionaltc.optimizer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.regionaltc.financing.ProjectFacts;
import org.regionaltc.funding.ExchangeRates;
import org.regionaltc.funding.FundingWindow;
import org.regionaltc.funding.FundingWindows;
import org.regionaltc.pipeline.Proposal;
import org.regionaltc.pipeline.Proposals;
import org.regionaltc.system.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepting a recommendation: one proposal per (project, financing body) at stage IDENTIFIED, with the window it
 * draws on (the one giving the most when a body gives from several) and the amount in that window's currency; an
 * open proposal of the project to the body is updated rather than duplicated. The ledger is never written.
 */
@Service
class Recommendations {

    private final Proposals proposals;
    private final ProjectFacts projects;
    private final FundingWindows windows;
    private final ExchangeRates rates;

    Recommendations(Proposals proposals, ProjectFacts projects, FundingWindows windows, ExchangeRates rates) {
        this.proposals = proposals;
        this.projects = projects;
        this.windows = windows;
        this.rates = rates;
    }

    @Transactional
    List<Proposal> accept(AllocationResult result) {
        if (!result.solved()) {
            throw new InvalidInput("status", "only an OPTIMAL or FEASIBLE result can be accepted, not " + result.status());
        }
        Map<String, Long> projectIds = projects.findAll().stream()
            .collect(Collectors.toMap(ProjectFacts.Project::identifier, ProjectFacts.Project::id, (a, b) -> a));
        Map<String, Map<String, List<AllocationResult.Allocation>>> byProjectAndBody = new LinkedHashMap<>();
        for (AllocationResult.Allocation a : result.allocations()) {
            byProjectAndBody.computeIfAbsent(a.project(), k -> new LinkedHashMap<>())
                .computeIfAbsent(body(a.source()), k -> new ArrayList<>()).add(a);
        }
        List<Proposal> done = new ArrayList<>();
        LocalDate today = LocalDate.now();
        byProjectAndBody.forEach((project, bodies) -> bodies.forEach((body, allocations) -> {
            Long projectId = projectIds.get(project);
            if (projectId == null) {
                throw new InvalidInput("allocations", "project " + project + " is not in the programme");
            }
            AllocationResult.Allocation largest = allocations.stream()
                .max(java.util.Comparator.comparingLong(AllocationResult.Allocation::amount)).orElseThrow();
            FundingWindow window = windows.get(windowId(largest.source()));
            BigDecimal usdPerUnit = rates.rateOn(window.currency(), today).orElseThrow(() -> new InvalidInput(
                "currency", "no exchange rate today for " + window.currency()));
            long usd = allocations.stream().mapToLong(AllocationResult.Allocation::amount).sum();
            BigDecimal amount = BigDecimal.valueOf(usd).divide(usdPerUnit, 2, RoundingMode.HALF_UP);
            done.add(proposals.recommend(projectId, window.bodyCode(), window.id(), window.currency(), amount));
        }));
        return done;
    }

    /** Window ids of a problem built from the programme are BODY-windowId. */
    static String body(String source) {
        int dash = source.lastIndexOf('-');
        if (dash <= 0) {
            throw new InvalidInput("allocations", "window " + source + " is not a funding window of the programme");
        }
        return source.substring(0, dash);
    }

    static long windowId(String source) {
        try {
            return Long.parseLong(source.substring(source.lastIndexOf('-') + 1));
        } catch (NumberFormatException e) {
            throw new InvalidInput("allocations", "window " + source + " is not a funding window of the programme");
        }
    }
}
