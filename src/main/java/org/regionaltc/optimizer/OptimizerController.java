package org.regionaltc.optimizer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.regionaltc.financing.ProjectFacts;
import org.regionaltc.pipeline.Proposal;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The allocation page (secretariat only): the problem built from the programme with the policy set on the form, a
 * run solved in the background with its progress polled, the result as tables and a chart, accepting it into the
 * pipeline, and scenarios saved, run again with other envelopes or policy, and compared.
 */
@Controller
class OptimizerController {

    static final double PAGE_TIME_LIMIT = 20;

    private final ProgrammeProblem programme;
    private final OptimizerRuns runs;
    private final Scenarios scenarios;
    private final Recommendations recommendations;
    private final ProjectFacts projects;

    OptimizerController(ProgrammeProblem programme, OptimizerRuns runs, Scenarios scenarios,
            Recommendations recommendations, ProjectFacts projects) {
        this.programme = programme;
        this.runs = runs;
        this.scenarios = scenarios;
        this.recommendations = recommendations;
        this.projects = projects;
    }

    @GetMapping("/optimizer")
    String index(Model model) {
        ProgrammeProblem.Built built = programme.build(ProgrammeProblem.Settings.DEFAULT);
        model.addAttribute("problem", built.problem());
        model.addAttribute("windows", built.windows());
        model.addAttribute("withoutRate", built.windowsWithoutRate());
        model.addAttribute("settings", ProgrammeProblem.Settings.DEFAULT);
        model.addAttribute("scenarios", scenarios.findAll());
        return "optimizer/index";
    }

    @PostMapping("/optimizer/runs")
    String start(@RequestParam Map<String, String> form) {
        ProgrammeProblem.Settings settings = settings(form);
        AllocationProblem problem = programme.build(settings).problem();
        return "redirect:/optimizer/runs/" + begin(problem, true, settings, form).id;
    }

    @PostMapping("/optimizer/scenarios/{scenarioId}/runs")
    String rerun(@PathVariable long scenarioId, @RequestParam Map<String, String> form) {
        Scenarios.Scenario scenario = scenarios.get(scenarioId);
        ProgrammeProblem.Settings settings = settings(form);
        AllocationProblem p = scenario.problem();
        List<AllocationProblem.Source> sources = p.sources().stream().map(s -> new AllocationProblem.Source(s.id(),
            settings.envelopes().getOrDefault(s.id(), s.envelope()), s.themes(), s.countries(), s.sectors(),
            s.maxGrant(), s.cofinancingRatio())).toList();
        AllocationProblem changed = new AllocationProblem(p.name(), p.currency(), p.groups(), p.projects(), sources,
            settings.policy(), p.pairs());
        return "redirect:/optimizer/runs/" + begin(changed, true, settings, form).id;
    }

    private OptimizerRuns.Run begin(AllocationProblem problem, boolean fromProgramme,
            ProgrammeProblem.Settings settings, Map<String, String> form) {
        double limit = number(form, "timeLimit", PAGE_TIME_LIMIT);
        if (!(limit > 0 && limit <= OptimizerApiController.MAX_SECONDS)) {
            throw new InvalidInput("timeLimit", "must lie between 1 and " + OptimizerApiController.MAX_SECONDS);
        }
        return runs.start(problem, fromProgramme, settings, limit, SignedInUser.actorName());
    }

    @GetMapping("/optimizer/runs/{runId}")
    String run(@PathVariable String runId, Model model,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
            jakarta.servlet.http.HttpServletResponse response) {
        OptimizerRuns.Run run = runs.get(runId);
        // The solver thread may finish while this page renders: read its state once, so that the poll answered with
        // the progress block never renders it empty (it would vanish, with no result in its place).
        AllocationResult result = run.result;
        String failure = run.failure;
        boolean done = result != null || failure != null;
        model.addAttribute("run", run);
        model.addAttribute("done", done);
        model.addAttribute("failure", failure);
        if (result != null) {
            view(model, run.problem, result);
        }
        if (htmx && done) {
            // The poll came from the progress block inside #run-body: the finished run replaces the whole block.
            response.setHeader("HX-Retarget", "#run-body");
            response.setHeader("HX-Reswap", "outerHTML");
            return "optimizer/run :: run-body";
        }
        return htmx ? "optimizer/run :: progress" : "optimizer/run";
    }

    @PostMapping("/optimizer/runs/{runId}/accept")
    String accept(@PathVariable String runId, RedirectAttributes redirect) {
        OptimizerRuns.Run run = runs.get(runId);
        if (run.result == null) {
            throw new InvalidInput("run", "error.optimizer.running");
        }
        List<Proposal> created = recommendations.accept(run.result);
        redirect.addFlashAttribute("accepted", created.size());
        return "redirect:/optimizer/runs/" + runId;
    }

    @PostMapping("/optimizer/runs/{runId}/scenario")
    String save(@PathVariable String runId, @RequestParam(defaultValue = "") String name) {
        OptimizerRuns.Run run = runs.get(runId);
        if (run.result == null) {
            throw new InvalidInput("run", "error.optimizer.running");
        }
        String label = name.strip();
        if (label.isEmpty() || label.length() > 200) {
            throw new InvalidInput("name", "error.requiredAtMost", 200);
        }
        return "redirect:/optimizer/scenarios/" + scenarios.save(label, run.problem, run.result, run.startedBy);
    }

    @GetMapping("/optimizer/scenarios/{scenarioId}")
    String scenario(@PathVariable long scenarioId, Model model) {
        Scenarios.Scenario scenario = scenarios.get(scenarioId);
        model.addAttribute("scenario", scenario);
        model.addAttribute("scenarios", scenarios.findAll());
        view(model, scenario.problem(), scenario.result());
        return "optimizer/scenario";
    }

    @GetMapping("/optimizer/compare")
    String compare(@RequestParam long a, @RequestParam long b, Model model) {
        Scenarios.Scenario first = scenarios.get(a);
        Scenarios.Scenario second = scenarios.get(b);
        model.addAttribute("a", first);
        model.addAttribute("b", second);
        model.addAttribute("comparison", Breakdown.compare(Breakdown.of(first.problem(), first.result()),
            Breakdown.of(second.problem(), second.result())));
        model.addAttribute("titles", titles());
        return "optimizer/compare";
    }

    /** A bar of the chart: what a window gives against its envelope, as percentages of the largest envelope. */
    record Bar(String label, double allocated, double envelope, double allocatedWidth, double envelopeWidth, int y) {
    }

    private void view(Model model, AllocationProblem problem, AllocationResult result) {
        Breakdown breakdown = Breakdown.of(problem, result);
        double largest = problem.sources().stream().mapToDouble(AllocationProblem.Source::envelope).max().orElse(1);
        List<Bar> bars = new ArrayList<>();
        for (AllocationProblem.Source s : problem.sources()) {
            double given = breakdown.byWindow().getOrDefault(s.id(), 0.0);
            bars.add(new Bar(s.id(), given, s.envelope(), 100 * given / Math.max(1, largest),
                100 * s.envelope() / Math.max(1, largest), 24 * bars.size()));
        }
        model.addAttribute("problem", problem);
        model.addAttribute("result", result);
        model.addAttribute("breakdown", breakdown);
        model.addAttribute("bars", bars);
        model.addAttribute("chartHeight", 24 * bars.size() + 4);
        model.addAttribute("titles", titles());
        model.addAttribute("prefiltered", problem.pairs() != null);
        model.addAttribute("withOffers", problem.name().endsWith(ProgrammeProblem.NATIONAL_OFFERS_MARK));
    }

    private Map<String, String> titles() {
        Map<String, String> titles = new TreeMap<>();
        projects.findAll().forEach(p -> titles.put(p.identifier(), p.title()));
        return titles;
    }

    /**
     * The form's policy: maxSources, countryCap (%), floor.GROUP (%), mustFund, mustNotFund, exclusive, envelope.ID,
     * and the nationalOffers checkbox.
     */
    static ProgrammeProblem.Settings settings(Map<String, String> form) {
        Integer k = form.getOrDefault("maxSources", "").isBlank() ? null : (int) number(form, "maxSources", 3);
        if (k != null && k < 1) {
            throw new InvalidInput("maxSources", "error.min", 1);
        }
        Double cap = form.getOrDefault("countryCap", "").isBlank() ? null : number(form, "countryCap", 100);
        if (cap != null && !(cap > 0 && cap <= 100)) {
            throw new InvalidInput("countryCap", "error.between", 0, 100);
        }
        Map<String, Double> floors = new LinkedHashMap<>();
        Map<String, Long> envelopes = new LinkedHashMap<>();
        form.forEach((key, value) -> {
            if (key.startsWith("floor.") && !value.isBlank()) {
                double floor = number(form, key, 0);
                if (!(floor >= 0 && floor <= 100)) {
                    throw new InvalidInput(key, "error.between", 0, 100);
                }
                floors.put(key.substring(6), floor);
            } else if (key.startsWith("envelope.") && !value.isBlank()) {
                double envelope = number(form, key, 0);
                if (!(envelope >= 0)) {
                    throw new InvalidInput(key, "error.notNegative");
                }
                envelopes.put(key.substring(9), Math.round(envelope));
            }
        });
        List<List<String>> exclusive = new ArrayList<>();
        for (String pair : form.getOrDefault("exclusive", "").split("[;\\n]")) {
            if (pair.isBlank()) {
                continue;
            }
            List<String> ids = ids(pair.replace('/', ','));
            if (ids.size() != 2) {
                throw new InvalidInput("exclusive", "write pairs as A/B, separated by ';': " + pair.strip());
            }
            exclusive.add(ids);
        }
        boolean offers = List.of("on", "true").contains(form.getOrDefault("nationalOffers", "").strip());
        return new ProgrammeProblem.Settings(k, cap, floors, ids(form.getOrDefault("mustFund", "")),
            ids(form.getOrDefault("mustNotFund", "")), exclusive, envelopes, offers);
    }

    private static List<String> ids(@Nullable String text) {
        return text == null ? List.of()
            : java.util.Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    private static double number(Map<String, String> form, String field, double fallback) {
        String value = form.get(field);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "must be a number: " + value);
        }
    }
}
