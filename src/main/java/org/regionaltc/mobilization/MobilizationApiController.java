package org.regionaltc.mobilization;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.regionaltc.financing.Visibility;
import org.regionaltc.funding.FundingFigures;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Resource mobilization", description = "Gaps and eligible sources, totals, concentration, deadlines, portfolios (USD)")
class MobilizationApiController {

    record Ratios(List<FundingFigures.Ratio> byBody, List<FundingFigures.Ratio> byWindow) {
    }

    private final MobilizationViews views;
    private final MobilizationSheets sheets;
    private final FundingFigures figures;

    MobilizationApiController(MobilizationViews views, MobilizationSheets sheets, FundingFigures figures) {
        this.views = views;
        this.sheets = sheets;
        this.figures = figures;
    }

    @GetMapping("/api/mobilization/gaps")
    @Operation(summary = "Projects with a funding gap (approved budget − secured funding), largest first, with the financing bodies eligible to close it")
    List<MobilizationViews.GapRow> gaps() {
        return views.gaps(Visibility.current());
    }

    @GetMapping("/api/mobilization/over-budget")
    @Operation(summary = "Projects whose secured funding exceeds their approved budget (overBudgetUsd), furthest above first: money counted twice or a budget to raise")
    List<MobilizationViews.OverBudget> overBudget() {
        return views.overBudget(views.funded(Visibility.current()));
    }

    @GetMapping("/api/mobilization/gap-totals")
    @Operation(summary = "Budget, secured funding and gap by country (percentage shares), sub-region and top-level theme")
    MobilizationViews.GapTotals gapTotals() {
        return views.gapTotals(Visibility.current());
    }

    @GetMapping("/api/mobilization/concentration")
    @Operation(summary = "Per country: the share of its secured grants that comes from its largest financing body")
    List<MobilizationViews.Concentration> concentration() {
        return views.concentration(Visibility.current());
    }

    @GetMapping("/api/mobilization/deadlines")
    @Operation(summary = "Window deadlines and proposals' next actions due in the next 90 days")
    List<MobilizationViews.Deadline> deadlines() {
        return views.deadlines(Visibility.current(), LocalDate.now());
    }

    @GetMapping("/api/mobilization/ratios")
    @Operation(summary = "Co-financing ratios per financing body and per window (a donor sees its own body's)")
    Ratios ratios() {
        Visibility visibility = Visibility.current();
        if (visibility.all()) {
            return new Ratios(figures.ratiosByBody(), figures.ratiosByWindow());
        }
        if (visibility.body() != null) {
            return new Ratios(figures.ratiosByBody().stream().filter(r -> r.key().equals(visibility.body())).toList(),
                List.of());
        }
        return new Ratios(List.of(), List.of());
    }

    @GetMapping("/api/mobilization/projects/{projectId}")
    @Operation(summary = "A project's funding: secured, gap, co-financing ratio, ledger, co-financing, proposals, and every body's eligibility")
    ProjectFundingSheet project(@PathVariable long projectId) {
        return sheets.project(projectId, Visibility.current());
    }

    @GetMapping("/api/mobilization/portfolios/{body}")
    @Operation(summary = "A financing body's portfolio: what it funds and where")
    Portfolio portfolio(@PathVariable String body) {
        return sheets.portfolio(body, Visibility.current());
    }
}
