package org.regionaltc.pipeline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regionaltc.financing.Eligibility;
import org.regionaltc.financing.Visibility;
import org.regionaltc.funding.ExchangeRates;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Pipeline", description = "Proposals of projects to financing bodies, their stages and weighted value")
class PipelineApiController {

    record Pipeline(List<Proposal> proposals, PipelineValue value, Map<Stage, BigDecimal> probabilities) {
    }

    record ProposalWithHistory(Proposal proposal, List<Proposal.Event> history, List<Stage> allowedMoves,
            Eligibility.Verdict eligibility) {
    }

    record Probability(@Nullable BigDecimal probability) {
    }

    private final Proposals proposals;
    private final ExchangeRates rates;
    private final ProposalEligibility eligibility;

    PipelineApiController(Proposals proposals, ExchangeRates rates, ProposalEligibility eligibility) {
        this.proposals = proposals;
        this.rates = rates;
        this.eligibility = eligibility;
    }

    @GetMapping("/api/proposals")
    @Operation(summary = "The proposals the caller may see, and their value weighted by stage probability (USD)")
    Pipeline list() {
        List<Proposal> visible = proposals.findVisible(Visibility.current());
        Map<Stage, BigDecimal> probabilities = proposals.probabilities();
        return new Pipeline(visible, PipelineValue.of(visible, probabilities,
            rates.ratesOn(LocalDate.now()).andThen(rate -> rate.orElse(BigDecimal.ZERO))), probabilities);
    }

    @GetMapping("/api/proposals/{proposalId}")
    @Operation(summary = "One proposal with its full history, the stages it may move to, and whether the body's rules "
        + "in force today allow it (the failed rules when not)")
    ProposalWithHistory show(@PathVariable long proposalId) {
        Proposal proposal = proposals.getVisible(proposalId, Visibility.current());
        return new ProposalWithHistory(proposal, proposals.history(proposalId), List.copyOf(proposal.stage().next()),
            eligibility.of(proposal));
    }

    @PostMapping("/api/proposals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Propose a project to a financing body (secretariat); it starts IDENTIFIED")
    Proposal create(@RequestBody Proposal.Draft draft) {
        return proposals.create(draft, false);
    }

    @PostMapping("/api/proposals/{proposalId}/moves")
    @Operation(summary = "Move a proposal to its next stage, or out (rejected, withdrawn); 409 for a move its stage does not allow or a stale version")
    Proposal move(@PathVariable long proposalId, @RequestBody Proposal.Move move) {
        return proposals.move(proposalId, move);
    }

    @GetMapping("/api/pipeline-stages")
    @Operation(summary = "The probability (percent) that weights each stage")
    Map<Stage, BigDecimal> stages() {
        return proposals.probabilities();
    }

    @PutMapping("/api/pipeline-stages/{stage}")
    @Operation(summary = "Set the probability of a stage (secretariat)")
    Map<Stage, BigDecimal> setProbability(@PathVariable Stage stage, @RequestBody Probability probability) {
        proposals.setProbability(stage, probability.probability());
        return proposals.probabilities();
    }
}
