package org.regionaltc.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regionaltc.financing.ProjectFacts;
import org.regionaltc.project.ProjectTitles;
import org.regionaltc.financing.Visibility;
import org.regionaltc.funding.ExchangeRates;
import org.regionaltc.reference.FinancingBodies;
import org.regionaltc.system.Confirmation;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.InputErrors;
import org.regionaltc.system.InvalidInput;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pipeline pages: the list with its weighted value, a proposal with its history, and the moves. */
@Controller
class PipelineController {

    record StageLine(Stage stage, BigDecimal probability, @Nullable BigDecimal weightedUsd) {
    }

    private final Proposals proposals;
    private final MessageSource messages;
    private final ExchangeRates rates;
    private final FinancingBodies bodies;
    private final ProjectFacts projects;
    private final ProposalEligibility eligibility;
    private final ProjectTitles titles;

    PipelineController(Proposals proposals, ExchangeRates rates, FinancingBodies bodies, ProjectFacts projects,
            ProposalEligibility eligibility, MessageSource messages, ProjectTitles titles) {
        this.messages = messages;
        this.titles = titles;
        this.proposals = proposals;
        this.rates = rates;
        this.bodies = bodies;
        this.projects = projects;
        this.eligibility = eligibility;
    }

    @GetMapping("/pipeline")
    String list(Model model) {
        List<Proposal> visible = proposals.findVisible(Visibility.current());
        Map<Stage, BigDecimal> probabilities = proposals.probabilities();
        PipelineValue value = PipelineValue.of(visible, probabilities,
            rates.ratesOn(LocalDate.now()).andThen(rate -> rate.orElse(BigDecimal.ZERO)));
        titles.remember(visible.stream().map(Proposal::projectId).toList());
        model.addAttribute("proposals", visible);
        model.addAttribute("value", value);
        model.addAttribute("stages", java.util.Arrays.stream(Stage.values())
            .map(s -> new StageLine(s, probabilities.get(s), value.weightedByStage().get(s))).toList());
        model.addAttribute("showsSampleData", visible.stream().anyMatch(Proposal::sample));
        return "pipeline/list";
    }

    @GetMapping("/pipeline/new")
    String newForm(@RequestParam(required = false) @Nullable Long project, Model model) {
        model.addAttribute("form", new Proposal.Draft(project, null, "USD", null, null, null, null));
        return form(model);
    }

    @PostMapping("/pipeline")
    String create(@ModelAttribute("form") Proposal.Draft form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = proposals.create(form, false).id();
                return Confirmation.redirect(redirect, "/pipeline/" + id, "saved.proposal.created", String.valueOf(id));
            } catch (InvalidInput e) {
                InputErrors.rejectInto(e, errors);
            }
        }
        return form(model);
    }

    @GetMapping("/pipeline/{proposalId}")
    String show(@PathVariable long proposalId, Model model) {
        Proposal proposal = proposals.getVisible(proposalId, Visibility.current());
        model.addAttribute("proposal", proposal);
        model.addAttribute("eligibility", proposal.stage().isOpen() ? eligibility.of(proposal) : null);
        model.addAttribute("history", proposals.history(proposalId));
        model.addAttribute("moves", proposal.stage().next());
        model.addAttribute("movesIntoLedger", proposal.stage().next().contains(Stage.APPROVED_PLEDGED)
            || proposal.stage().next().contains(Stage.AGREEMENT_SIGNED));
        model.addAttribute("showsSampleData", proposal.sample());
        if (!model.containsAttribute("move")) {
            model.addAttribute("move", new Proposal.Move(null, null, null, proposal.nextAction(),
                proposal.nextActionDate(), proposal.version()));
        }
        return "pipeline/show";
    }

    @PostMapping("/pipeline/{proposalId}/moves")
    String move(@PathVariable long proposalId, @ModelAttribute("move") Proposal.Move move, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                proposals.move(proposalId, move);
                return Confirmation.redirect(redirect, "/pipeline/" + proposalId, "saved.proposal.moved",
                    String.valueOf(proposalId), Confirmation.text("enum.Stage." + move.stage()));
            } catch (InvalidInput e) {
                InputErrors.rejectInto(e, errors);
            } catch (Conflict e) {
                model.addAttribute("conflict", InputErrors.describe(e, messages, LocaleContextHolder.getLocale()));
                model.asMap().remove("move");
                model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "move");
            }
        }
        return show(proposalId, model);
    }

    @PostMapping("/pipeline/stages")
    String setProbability(@RequestParam Stage stage, @RequestParam(required = false) @Nullable BigDecimal probability,
            RedirectAttributes redirect) {
        proposals.setProbability(stage, probability);
        return Confirmation.redirect(redirect, "/pipeline", "saved.stage", Confirmation.text("enum.Stage." + stage));
    }

    private String form(Model model) {
        model.addAttribute("bodies", bodies.findAll());
        model.addAttribute("projects", projects.findAll());
        return "pipeline/form";
    }
}
