package org.regionaltc.mobilization;

import java.time.LocalDate;
import java.util.List;
import org.regionaltc.financing.Visibility;
import org.regionaltc.funding.Cofinancing;
import org.regionaltc.pipeline.Proposal;
import org.regionaltc.project.ProjectTitles;
import org.regionaltc.system.FiguresCache;
import org.regionaltc.system.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The resource-mobilization pages: the overview, a project's funding, a financing body's portfolio. */
@Controller
class MobilizationController {

    private final MobilizationViews views;
    private final MobilizationSheets sheets;
    private final ProjectTitles titles;
    private final FiguresCache figures;

    MobilizationController(MobilizationViews views, MobilizationSheets sheets, ProjectTitles titles,
            FiguresCache figures) {
        this.figures = figures;
        this.titles = titles;
        this.views = views;
        this.sheets = sheets;
    }

    /** What the overview shows, computed over every visible project and ledger line, kept in {@link FiguresCache}. */
    record Overview(List<MobilizationViews.GapRow> gaps, List<MobilizationViews.OverBudget> overBudget,
            MobilizationViews.GapTotals totals, List<MobilizationViews.Concentration> concentration,
            List<MobilizationViews.Deadline> deadlines) {
    }

    @GetMapping("/mobilization")
    String overview(Model model) {
        Visibility visibility = Visibility.current();
        LocalDate today = LocalDate.now();
        Overview overview = figures.get("mobilization|" + visibility.key(), today, () -> {
                MobilizationViews.Funded funded = views.funded(visibility);
                return new Overview(views.gaps(visibility, funded), views.overBudget(funded),
                    views.gapTotals(visibility, funded), views.concentration(visibility),
                    views.deadlines(visibility, today));
            });
        // The largest first, and no more than a page's worth: thousands of gaps made a 6.7 MB page.
        List<MobilizationViews.GapRow> gaps = largest(overview.gaps());
        model.addAttribute("gaps", gaps);
        model.addAttribute("gapCount", overview.gaps().size());
        model.addAttribute("overBudget", largest(overview.overBudget()));
        model.addAttribute("overBudgetCount", overview.overBudget().size());
        MobilizationViews.GapTotals totals = overview.totals();
        java.util.Map<String, List<MobilizationViews.GapTotal>> sections = new java.util.LinkedHashMap<>();
        sections.put("byCountry", totals.byCountry());
        sections.put("bySubRegion", totals.bySubRegion());
        sections.put("byTheme", totals.byTheme());
        model.addAttribute("totalSections", sections);
        model.addAttribute("concentration", overview.concentration());
        List<MobilizationViews.Deadline> deadlines = overview.deadlines();
        titles.remember(java.util.stream.Stream.concat(gaps.stream().map(g -> g.project().id()),
            deadlines.stream().map(MobilizationViews.Deadline::projectId).filter(java.util.Objects::nonNull)).toList());
        model.addAttribute("deadlines", deadlines);
        model.addAttribute("days", MobilizationViews.DEADLINE_DAYS);
        model.addAttribute("donorBody", visibility.body());
        model.addAttribute("showsSampleData", gaps.stream().anyMatch(g -> g.project().sample()));
        return "mobilization/overview";
    }

    /** The first page's worth of a list sorted with what matters most first. */
    private static <T> List<T> largest(List<T> sortedLargestFirst) {
        return sortedLargestFirst.subList(0, Math.min(org.regionaltc.system.ListPage.SIZE, sortedLargestFirst.size()));
    }

    @GetMapping("/mobilization/projects/{projectId}")
    String project(@PathVariable long projectId, Model model) {
        ProjectFundingSheet sheet = sheets.project(projectId, Visibility.current());
        model.addAttribute("sheet", sheet);
        model.addAttribute("sourceTypes", Cofinancing.SourceType.values());
        model.addAttribute("kinds", Cofinancing.Kind.values());
        model.addAttribute("canWrite", SignedInUser.current().filter(SignedInUser::isSecretariat).isPresent());
        model.addAttribute("showsSampleData", sheet.sample());
        return "mobilization/project";
    }

    @GetMapping("/mobilization/portfolios/{body}")
    String portfolio(@PathVariable String body, Model model) {
        Portfolio portfolio = sheets.portfolio(body, Visibility.current());
        // A page's worth of each list: a body funding thousands of projects made a 5.5 MB page that took seconds
        // to render. The projects come most recently funded first; every line is in the (paged) ledger.
        List<Portfolio.ProjectLine> projects = largest(portfolio.projects());
        List<Proposal> proposals = largest(portfolio.proposals());
        titles.remember(java.util.stream.Stream.concat(projects.stream().map(Portfolio.ProjectLine::projectId),
            proposals.stream().map(Proposal::projectId)).toList());
        model.addAttribute("portfolio", portfolio);
        model.addAttribute("projects", projects);
        model.addAttribute("projectCount", portfolio.projects().size());
        model.addAttribute("proposals", proposals);
        model.addAttribute("proposalCount", portfolio.proposals().size());
        model.addAttribute("entryTypes", org.regionaltc.funding.EntryType.values());
        model.addAttribute("showsSampleData", portfolio.sample());
        return "mobilization/portfolio";
    }
}
