package org.regionaltc.home;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.regionaltc.alignment.Alignment;
import org.regionaltc.alignment.Coverage;
import org.regionaltc.dashboard.Chart;
import org.regionaltc.dashboard.Charts;
import org.regionaltc.dashboard.Dashboard;
import org.regionaltc.dashboard.DashboardQueries;
import org.regionaltc.dashboard.DashboardScope;
import org.regionaltc.dashboard.Subregions;
import org.regionaltc.dialogue.ActionItem;
import org.regionaltc.dialogue.ActionItems;
import org.regionaltc.project.ProjectSummaries;
import org.regionaltc.reference.Codelists;
import org.regionaltc.reference.Countries;
import org.regionaltc.reference.FinancingBodies;
import org.regionaltc.reference.Groupings;
import org.regionaltc.reference.ThematicAreas;
import org.regionaltc.system.ProjectVisibility;
import org.regionaltc.system.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

@Controller
class HomeController {

    private final Countries countries;
    private final Groupings groupings;
    private final ThematicAreas themes;
    private final Codelists codelists;
    private final FinancingBodies financingBodies;
    private final ActionItems actionItems;
    private final ProjectSummaries summaries;
    private final Alignment alignment;
    private final Coverage coverage;
    private final DashboardQueries dashboards;
    private final Charts charts;
    private final Subregions subregions;
    private final JsonMapper json;

    HomeController(Countries countries, Groupings groupings, ThematicAreas themes, Codelists codelists,
            FinancingBodies financingBodies, ActionItems actionItems, ProjectSummaries summaries, Alignment alignment,
            Coverage coverage, DashboardQueries dashboards, Charts charts, Subregions subregions, JsonMapper json) {
        this.dashboards = dashboards;
        this.charts = charts;
        this.subregions = subregions;
        this.json = json;
        this.summaries = summaries;
        this.alignment = alignment;
        this.coverage = coverage;
        this.countries = countries;
        this.groupings = groupings;
        this.themes = themes;
        this.codelists = codelists;
        this.financingBodies = financingBodies;
        this.actionItems = actionItems;
    }

    @GetMapping("/")
    String show(Model model) {
        model.addAttribute("countryCount", countries.findAll().size());
        model.addAttribute("groupings", groupings.findAll());
        model.addAttribute("themes", themes.findAll().stream().filter(t -> t.parentCode() == null).toList());
        model.addAttribute("codelistCount", codelists.findAll().size());
        model.addAttribute("financingBodyCount", financingBodies.findAll().size());
        List<ActionItem> overdue = actionItems.overdueOn(LocalDate.now(ZoneOffset.UTC));
        model.addAttribute("overdueActions", overdue);
        Optional<SignedInUser> user = SignedInUser.current();
        ProjectSummaries.Counts projects = summaries.count(user.orElse(null));
        model.addAttribute("projectCount", projects.projects());
        model.addAttribute("publishedCount", projects.published());
        if (user.isPresent()) {
            ProjectVisibility visibility = ProjectVisibility.of(user);
            model.addAttribute("portfolio", alignment.portfolio(visibility));
            model.addAttribute("gapCount", coverage.gaps(Coverage.Filter.none(visibility)).size());
        }
        dashboard(model, user);
        model.addAttribute("showsSampleData", overdue.stream().anyMatch(ActionItem::sample)
            || projects.anySample());
        return "home";
    }

    /** The signed-in role's dashboard, or the public one: the figures, their charts and the map's sub-regions. */
    private void dashboard(Model model, Optional<SignedInUser> user) {
        Dashboard dashboard = dashboards.of(DashboardScope.of(user));
        List<Chart> drawn = charts.of(dashboard);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("charts", drawn);
        model.addAttribute("chartsJson", json.writeValueAsString(drawn));
        model.addAttribute("countriesChart", drawn.stream().filter(c -> c.id().equals("countries")).findFirst().orElseThrow());
        model.addAttribute("subregions", subregions.all().values().stream().distinct().sorted().toList());
    }

    /** One message for a wrong password, an unknown username and too many failures: none tells who has an account. */
    @GetMapping("/login")
    String login() {
        return "login";
    }
}
