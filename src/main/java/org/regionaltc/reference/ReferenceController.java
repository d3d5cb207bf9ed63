package org.regionaltc.reference;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The published reference pages: countries, groupings, themes, codelists and financing bodies. */
@Controller
class ReferenceController {

    private final Countries countries;
    private final Groupings groupings;
    private final ThematicAreas themes;
    private final Codelists codelists;
    private final FinancingBodies financingBodies;

    ReferenceController(Countries countries, Groupings groupings, ThematicAreas themes, Codelists codelists,
            FinancingBodies financingBodies) {
        this.countries = countries;
        this.groupings = groupings;
        this.themes = themes;
        this.codelists = codelists;
        this.financingBodies = financingBodies;
    }

    @GetMapping("/countries")
    String countries(Model model) {
        model.addAttribute("countries", countries.findAll());
        model.addAttribute("groupings", groupings.findAll());
        return "reference/countries";
    }

    // A country's own page, /countries/{code}, is the dashboard feature's: it gathers what other features hold about it.

    @GetMapping("/groupings")
    String groupings(Model model) {
        model.addAttribute("groupings", groupings.findAll());
        return "reference/groupings";
    }

    @GetMapping("/groupings/{code}")
    String grouping(@PathVariable String code, Model model) {
        model.addAttribute("grouping", groupings.get(code));
        return "reference/grouping";
    }

    @GetMapping("/themes")
    String themes(Model model) {
        model.addAttribute("periods", themes.periods());
        model.addAttribute("themes", themes.findAll());
        return "reference/themes";
    }

    @GetMapping("/codelists")
    String codelists(Model model) {
        model.addAttribute("codelists", codelists.findAll());
        return "reference/codelists";
    }

    @GetMapping("/codelists/{name}")
    String codelist(@PathVariable String name, @RequestParam(required = false) @Nullable String q,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model) {
        model.addAttribute("codelist", codelists.get(name));
        model.addAttribute("items", codelists.items(name, q));
        model.addAttribute("q", q == null ? "" : q);
        return htmx ? "reference/codelist :: items" : "reference/codelist";
    }

    @GetMapping("/financing-bodies")
    String financingBodies(Model model) {
        model.addAttribute("bodies", financingBodies.findAll());
        return "reference/financing-bodies";
    }

    /** A financing body's page, with its contacts and eligibility rules, belongs to the financing feature. */
    @GetMapping("/financing-bodies/{code}")
    String financingBody(@PathVariable String code) {
        return "redirect:/financing/bodies/" + financingBodies.get(code).code();
    }
}
