package org.regionaltc.offer;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.regionaltc.funding.Cofinancing;
import org.regionaltc.priority.Priorities;
import org.regionaltc.priority.Priority;
import org.regionaltc.priority.ReviewCycle;
import org.regionaltc.priority.ReviewCycles;
import org.regionaltc.priority.Visibility;
import org.regionaltc.project.Projects;
import org.regionaltc.project.TcProject;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.Confirmation;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.Money;
import org.regionaltc.system.RejectedForm;
import org.regionaltc.system.Role;
import org.regionaltc.system.SignedInUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The offers of a priority (read, and written while its cycle takes changes), a cycle's figures and CSV, and the
 * sections other pages load: the cycle comparison, the mobilization overview and a project's funding sheet.
 */
@Controller
class OfferController {

    private final NationalOffers offers;
    private final OfferEditing editing;
    private final OfferConfirmations confirmations;
    private final OfferFigures figures;
    private final Priorities priorities;
    private final ReviewCycles cycles;
    private final Projects projects;

    OfferController(NationalOffers offers, OfferEditing editing, OfferConfirmations confirmations, OfferFigures figures,
            Priorities priorities, ReviewCycles cycles, Projects projects) {
        this.offers = offers;
        this.editing = editing;
        this.confirmations = confirmations;
        this.figures = figures;
        this.priorities = priorities;
        this.cycles = cycles;
        this.projects = projects;
    }

    @GetMapping("/priorities/{priorityId}/national-offers")
    String ofPriority(@PathVariable long priorityId, Model model) {
        Priority priority = priorities.get(priorityId);
        ReviewCycle cycle = cycles.get(priority.cycleId());
        Optional<SignedInUser> user = SignedInUser.current();
        if (!Visibility.canSee(user, cycle, priority)) {
            throw new AccessDeniedException("priority " + priorityId + " is not visible");
        }
        List<NationalOffer> visible = offers.findByPriority(priorityId).stream()
            .filter(o -> OfferRules.canSee(user, cycle, priority, o)).toList();
        model.addAttribute("priority", priority);
        model.addAttribute("cycle", cycle);
        model.addAttribute("offers", visible);
        // The priority's own country offers on it; on one the secretariat consolidated, any focal point for theirs.
        String owner = priority.ownerCountryCode();
        model.addAttribute("canWrite", !cycle.frozen() && user.filter(u -> owner == null
            ? u.isSecretariat() || u.role() == Role.FOCAL_POINT : u.canActFor(owner)).isPresent());
        model.addAttribute("editable", visible.stream().filter(o -> !cycle.frozen()
            && user.filter(u -> u.canActFor(o.countryCode())).isPresent()).map(NationalOffer::id).collect(Collectors.toSet()));
        model.addAttribute("countryChoices", priority.ownerCountryCode() != null ? List.of(priority.ownerCountryCode())
            : user.filter(u -> !u.isSecretariat()).map(u -> List.copyOf(u.countries())).orElse(List.of()));
        model.addAttribute("kinds", Cofinancing.Kind.values());
        model.addAttribute("firmnesses", Firmness.values());
        model.addAttribute("showsSampleData", priority.sample());
        return "offer/priority";
    }

    @PostMapping("/priorities/{priorityId}/national-offers")
    String create(@PathVariable long priorityId, @ModelAttribute OfferForm form, BindingResult errors,
            HttpServletRequest request, RedirectAttributes redirect) {
        String page = "/priorities/" + priorityId + "/national-offers";
        RejectedForm rejected = RejectedForm.of("new-offer", request, errors);
        if (!errors.hasErrors()) {
            try {
                NationalOffer created = editing.create(priorityId, form);
                return Confirmation.redirect(redirect, page, "saved.nationalOffer",
                    Money.text(created.currency(), created.amount()), created.currency());
            } catch (InvalidInput e) {
                rejected = rejected.with(e, request);
            }
        }
        return rejected.redirect(redirect, page + "#new-offer");
    }

    @PostMapping("/national-offers/{offerId}")
    String update(@PathVariable long offerId, @ModelAttribute OfferForm form, BindingResult errors,
            HttpServletRequest request, RedirectAttributes redirect) {
        NationalOffer offer = offers.get(offerId);
        String page = "/priorities/" + offer.priorityId() + "/national-offers";
        RejectedForm rejected = RejectedForm.of("offer-" + offerId, request, errors);
        if (!errors.hasErrors()) {
            try {
                NationalOffer saved = editing.update(offerId, form);
                return Confirmation.redirect(redirect, page, "saved.nationalOffer",
                    Money.text(saved.currency(), saved.amount()), saved.currency());
            } catch (InvalidInput e) {
                rejected = rejected.with(e, request);
            }
        }
        return rejected.redirect(redirect, page + "#offer-" + offerId);
    }

    @PostMapping("/national-offers/{offerId}/delete")
    String delete(@PathVariable long offerId, @RequestParam(required = false) @Nullable Integer version,
            RedirectAttributes redirect) {
        NationalOffer offer = offers.get(offerId);
        editing.delete(offerId, version);
        return Confirmation.redirect(redirect, "/priorities/" + offer.priorityId() + "/national-offers",
            "deleted.nationalOffer", offer.institution());
    }

    @GetMapping("/cycles/{cycleId}/national-offers")
    String ofCycle(@PathVariable long cycleId, Model model) {
        ReviewCycle cycle = Visibility.requireVisible(cycles.get(cycleId));
        Optional<SignedInUser> user = SignedInUser.current();
        OfferFigures.CycleFigures of = figures.of(cycle, user);
        model.addAttribute("figures", of);
        ReviewCycle previous = cycle.previousCycleId() == null ? null
            : cycles.findById(cycle.previousCycleId()).filter(c -> Visibility.canSee(user, c)).orElse(null);
        model.addAttribute("previous", previous);
        model.addAttribute("changes", previous == null ? List.of() : figures.compare(previous, cycle, user));
        model.addAttribute("showsSampleData", cycle.sample());
        return "offer/cycle";
    }

    @GetMapping("/cycles/{cycleId}/national-offers.csv")
    ResponseEntity<byte[]> csv(@PathVariable long cycleId) {
        ReviewCycle cycle = Visibility.requireVisible(cycles.get(cycleId));
        String csv = OfferCsv.write(figures.rows(cycle, SignedInUser.current()));
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("national-offers-cycle-" + cycleId + ".csv").build().toString())
            .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    /** The section the cycle comparison loads: how each country's offers changed between the two cycles. */
    @GetMapping("/cycles/compare/national-offers")
    String compare(@RequestParam(required = false) @Nullable Long from, @RequestParam(required = false) @Nullable Long to,
            Model model) {
        Optional<SignedInUser> user = SignedInUser.current();
        Optional<ReviewCycle> earlier = from == null ? Optional.empty()
            : cycles.findById(from).filter(c -> Visibility.canSee(user, c));
        Optional<ReviewCycle> later = to == null ? Optional.empty()
            : cycles.findById(to).filter(c -> Visibility.canSee(user, c));
        model.addAttribute("changes", earlier.isPresent() && later.isPresent()
            ? figures.compare(earlier.get(), later.get(), user) : List.of());
        return "offer/sections :: compare";
    }

    /** The section the mobilization overview loads: opportunities and projects the unallocated offers could help. */
    @GetMapping("/mobilization/national-offers")
    String mobilization(Model model, @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx) {
        Optional<SignedInUser> user = SignedInUser.current();
        model.addAttribute("opportunities", figures.opportunities(user));
        model.addAttribute("meetable", figures.meetable(user));
        return htmx ? "offer/sections :: mobilization" : "redirect:/mobilization#national-offers";
    }

    /** The section a project's funding sheet loads: offers of the priorities it serves, to confirm as co-financing. */
    @GetMapping("/mobilization/projects/{projectId}/national-offers")
    String ofProject(@PathVariable long projectId, Model model,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx) {
        TcProject project = projects.get(projectId);
        Optional<SignedInUser> user = SignedInUser.current();
        if (user.filter(u -> project.countries().stream().anyMatch(s -> u.canActFor(s.code()))).isEmpty()) {
            throw new AccessDeniedException("project " + projectId + " is not one of the user's countries");
        }
        List<Long> served = project.priorities().stream().map(TcProject.PriorityLink::priorityId).toList();
        List<ExpectedOffer> expected = offers.findByPriorities(served).stream()
            .map(o -> new ExpectedOffer(o, priorities.get(o.priorityId()), cycles.get(o.cycleId())))
            .filter(e -> OfferRules.canSee(user, e.cycle(), e.priority(), e.offer()))
            .toList();
        model.addAttribute("project", project);
        model.addAttribute("expected", expected);
        model.addAttribute("canConfirm", OfferRules.isSecretariat(user));
        return htmx ? "offer/sections :: project" : "redirect:/mobilization/projects/" + projectId + "#national-offers";
    }

    record ExpectedOffer(NationalOffer offer, Priority priority, ReviewCycle cycle) {
    }

    @PostMapping("/mobilization/projects/{projectId}/national-offers/{offerId}/confirmations")
    String confirm(@PathVariable long projectId, @PathVariable long offerId,
            @ModelAttribute OfferConfirmations.ConfirmationForm form, BindingResult errors, HttpServletRequest request,
            RedirectAttributes redirect) {
        String page = "/mobilization/projects/" + projectId;
        RejectedForm rejected = RejectedForm.of("confirm-" + offerId, request, errors);
        if (!errors.hasErrors()) {
            try {
                OfferConfirmations.Confirmed done = confirmations.confirm(offerId,
                    new OfferConfirmations.ConfirmationForm(projectId, form.amount(), form.date()));
                return Confirmation.redirect(redirect, page, "saved.offerConfirmation",
                    Money.text(done.cofinancing().currency(), done.cofinancing().amount()),
                    done.cofinancing().currency(), done.offer().institution());
            } catch (InvalidInput e) {
                rejected = rejected.with(e, request);
            } catch (Conflict e) {
                // Every clash here (over-confirmed, carried forward) concerns the amount typed, so it shows beside it.
                InvalidInput.FieldError reason = java.util.Objects.requireNonNull(e.reason());
                rejected = rejected.with(new InvalidInput(List.of(
                    new InvalidInput.FieldError("amount", reason.code(), reason.arguments()))), request);
            }
        }
        return rejected.redirect(redirect, page + "#national-offers");
    }
}
