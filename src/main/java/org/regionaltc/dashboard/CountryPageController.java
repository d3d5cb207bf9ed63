package org.regionaltc.dashboard;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.dialogue.DialogueSummaries;
import org.regionaltc.priority.Comparisons;
import org.regionaltc.priority.CycleComparison;
import org.regionaltc.priority.Priority;
import org.regionaltc.priority.ReviewCycle;
import org.regionaltc.reference.Countries;
import org.regionaltc.reference.Country;
import org.regionaltc.reference.Groupings;
import org.regionaltc.system.Role;
import org.regionaltc.system.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A member state's page: its profile, its priorities in the current and the previous cycle with what changed,
 * its projects with their scores, their funding and pipeline, its meetings and action items, its focal points.
 */
@Controller
class CountryPageController {

    private final Countries countries;
    private final Groupings groupings;
    private final DashboardQueries queries;
    private final Comparisons cycles;
    private final DialogueSummaries dialogue;
    private final AccountAdministration accounts;

    CountryPageController(Countries countries, Groupings groupings, DashboardQueries queries, Comparisons cycles,
            DialogueSummaries dialogue, AccountAdministration accounts) {
        this.countries = countries;
        this.groupings = groupings;
        this.queries = queries;
        this.cycles = cycles;
        this.dialogue = dialogue;
        this.accounts = accounts;
    }

    /** The priorities of one cycle for the country, and what changed since the cycle before. */
    record Priorities(@Nullable ReviewCycle current, @Nullable ReviewCycle previous, List<Priority> now,
            List<Priority> before, List<CycleComparison.Change> changes) {
    }

    @GetMapping("/countries/{code}")
    String show(@PathVariable String code, Model model) {
        Country country = countries.get(code.toUpperCase(java.util.Locale.ROOT));
        Optional<SignedInUser> user = SignedInUser.current();
        model.addAttribute("country", country);
        model.addAttribute("groupings", groupings.ofCountry(country.code()));
        model.addAttribute("figures", queries.country(scopeFor(user, country.code()), country.code()));
        model.addAttribute("priorities", priorities(country.code()));
        model.addAttribute("dialogue", dialogue.ofCountry(country.code()));
        model.addAttribute("focalPoints", user.isEmpty() ? null : focalPoints(country.code()));
        model.addAttribute("showsSampleData", country.profileIsSample());
        return "dashboard/country";
    }

    /** As the dashboard: the secretariat and the country's own focal points see all its projects; a donor its body's. */
    static DashboardScope scopeFor(Optional<SignedInUser> user, String code) {
        if (user.isEmpty()) {
            return new DashboardScope.Public();
        }
        SignedInUser u = user.get();
        if (u.isSecretariat()) {
            return new DashboardScope.Secretariat();
        }
        if (u.role() == Role.DONOR && u.financingBody() != null) {
            return new DashboardScope.Donor(u.financingBody());
        }
        return u.canActFor(code) ? new DashboardScope.FocalPoint(Set.of(code)) : new DashboardScope.Public();
    }

    private Priorities priorities(String code) {
        List<ReviewCycle> visible = cycles.visibleCycles();
        if (visible.isEmpty()) {
            return new Priorities(null, null, List.of(), List.of(), List.of());
        }
        ReviewCycle current = visible.getFirst();
        ReviewCycle previous = visible.stream().filter(c -> Objects.equals(current.previousCycleId(), c.id())).findFirst()
            .orElse(visible.size() > 1 ? visible.get(1) : null);
        List<Priority> now = of(current, code);
        if (previous == null) {
            return new Priorities(current, null, now, List.of(), List.of());
        }
        List<CycleComparison.Change> changes = cycles.compare(previous.id(), current.id()).changes().stream()
            .filter(c -> code.equals(c.countryCode())).toList();
        return new Priorities(current, previous, now, of(previous, code), changes);
    }

    private List<Priority> of(ReviewCycle cycle, String code) {
        return cycles.visible(cycle).stream().filter(p -> code.equals(p.countryCode()))
            .sorted(Comparator.comparingInt(Priority::rank)).toList();
    }

    private List<String> focalPoints(String code) {
        return accounts.list().stream()
            .filter(a -> a.enabled() && a.role().equals(Role.FOCAL_POINT.name()) && a.countries().contains(code))
            .map(AccountAdministration.Listing::displayName).sorted().toList();
    }
}
