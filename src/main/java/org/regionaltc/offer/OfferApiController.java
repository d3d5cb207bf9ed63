package org.regionaltc.offer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionaltc.priority.Priorities;
import org.regionaltc.priority.Priority;
import org.regionaltc.priority.ReviewCycle;
import org.regionaltc.priority.ReviewCycles;
import org.regionaltc.priority.Visibility;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.SignedInUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** National resource offers over REST: read like their priorities, written by focal points and the secretariat. */
@RestController
@Tag(name = "National resource offers", description = "What countries offer towards their priorities, and its confirmation into co-financing")
class OfferApiController {

    /** An offer with its US dollar figures (null when its currency has no rate today). */
    record OfferView(NationalOffer offer, BigDecimal remaining, String priorityTitle, String thematicAreaCode,
            @Nullable BigDecimal offeredUsd, @Nullable BigDecimal confirmedUsd, @Nullable BigDecimal unallocatedUsd) {

        static OfferView of(OfferFigures.Row r) {
            return new OfferView(r.offer(), r.offer().remaining(), r.priority().title(),
                r.priority().thematicAreaCode(), r.offeredUsd(), r.confirmedUsd(), r.unallocatedUsd());
        }
    }

    record Figures(long cycleId, OfferTotals.Total overall, List<OfferTotals.Total> byCountry,
            List<OfferTotals.Total> byTheme, List<OfferTotals.Total> bySubRegion,
            java.util.Set<String> currenciesWithoutRate) {
    }

    /** How one country's offers changed between two cycles, as the caller sees them in each; USD. */
    record OfferChange(String countryCode, int offersBefore, BigDecimal offeredBefore, int offersAfter,
            BigDecimal offeredAfter, BigDecimal difference) {

        static OfferChange of(OfferTotals.Change c) {
            return new OfferChange(c.countryCode(), c.offersBefore(), c.offeredBefore(), c.offersAfter(),
                c.offeredAfter(), c.difference());
        }
    }

    record Comparison(long from, long to, List<OfferChange> changes) {
    }

    private final OfferEditing editing;
    private final OfferConfirmations confirmations;
    private final OfferFigures figures;
    private final Priorities priorities;
    private final ReviewCycles cycles;

    OfferApiController(OfferEditing editing, OfferConfirmations confirmations,
            OfferFigures figures, Priorities priorities, ReviewCycles cycles) {
        this.editing = editing;
        this.confirmations = confirmations;
        this.figures = figures;
        this.priorities = priorities;
        this.cycles = cycles;
    }

    @GetMapping("/api/cycles/{cycleId}/national-offers")
    @Operation(summary = "The cycle's offers the caller may see: a focal point sees only its countries' until the cycle is endorsed")
    List<OfferView> ofCycle(@PathVariable long cycleId) {
        ReviewCycle cycle = Visibility.requireVisible(cycles.get(cycleId));
        return figures.rows(cycle, SignedInUser.current()).stream().map(OfferView::of).toList();
    }

    @GetMapping("/api/cycles/{cycleId}/national-offers/figures")
    @Operation(summary = "Offered, confirmed and unallocated national resources of the cycle in USD, by country, theme and sub-region")
    Figures figures(@PathVariable long cycleId) {
        ReviewCycle cycle = Visibility.requireVisible(cycles.get(cycleId));
        OfferFigures.CycleFigures f = figures.of(cycle, SignedInUser.current());
        return new Figures(cycleId, f.overall(), f.byCountry(), f.byTheme(), f.bySubRegion(), f.currenciesWithoutRate());
    }

    /** The sibling of {@code /api/cycles/compare}: that one compares the priorities, this one their offers. */
    @GetMapping("/api/cycles/compare/national-offers")
    @Operation(summary = "How each country's national offers changed from one cycle to another (count and USD offered)")
    Comparison compare(@RequestParam(required = false) @Nullable Long from,
            @RequestParam(required = false) @Nullable Long to) {
        if (from == null || to == null) {
            throw new InvalidInput(from == null ? "from" : "to", "error.cycle.compare");
        }
        ReviewCycle earlier = Visibility.requireVisible(cycles.get(from));
        ReviewCycle later = Visibility.requireVisible(cycles.get(to));
        return new Comparison(from, to, figures.compare(earlier, later, SignedInUser.current()).stream()
            .map(OfferChange::of).toList());
    }

    @GetMapping("/api/priorities/{priorityId}/national-offers")
    @Operation(summary = "The priority's offers the caller may see")
    List<OfferView> ofPriority(@PathVariable long priorityId) {
        Priority priority = priorities.get(priorityId);
        ReviewCycle cycle = cycles.get(priority.cycleId());
        Optional<SignedInUser> user = SignedInUser.current();
        if (!Visibility.canSee(user, cycle, priority)) {
            throw new AccessDeniedException("priority " + priorityId + " is not visible");
        }
        return figures.rows(cycle, user).stream().filter(r -> r.priority().id() == priorityId).map(OfferView::of)
            .toList();
    }

    @PostMapping("/api/priorities/{priorityId}/national-offers")
    @Operation(summary = "Record an offer while the priority's cycle takes changes (countryCode only for a consolidated priority)")
    ResponseEntity<NationalOffer> create(@PathVariable long priorityId, @RequestBody OfferForm form) {
        NationalOffer created = editing.create(priorityId, form);
        return ResponseEntity.created(URI.create("/api/priorities/" + priorityId + "/national-offers")).body(created);
    }

    @PutMapping("/api/national-offers/{offerId}")
    @Operation(summary = "Change an offer, sending the version you read")
    NationalOffer update(@PathVariable long offerId, @RequestBody OfferForm form) {
        return editing.update(offerId, form);
    }

    @DeleteMapping("/api/national-offers/{offerId}")
    @Operation(summary = "Withdraw an offer nothing has been confirmed from, sending the version you read")
    ResponseEntity<Void> delete(@PathVariable long offerId, @RequestParam(required = false) @Nullable Integer version) {
        editing.delete(offerId, version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/national-offers/{offerId}/confirmations")
    @Operation(summary = "Confirm part of an offer into a project's co-financing (secretariat); 409 beyond what remains")
    ResponseEntity<OfferConfirmations.Confirmed> confirm(@PathVariable long offerId,
            @RequestBody OfferConfirmations.ConfirmationForm form) {
        OfferConfirmations.Confirmed done = confirmations.confirm(offerId, form);
        return ResponseEntity.created(URI.create("/api/cofinancing?projectId=" + done.cofinancing().projectId()))
            .body(done);
    }
}
