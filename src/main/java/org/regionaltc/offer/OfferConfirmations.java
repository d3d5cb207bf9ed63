package org.regionaltc.offer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionaltc.audit.AuditTrail;
import org.regionaltc.funding.Cofinancing;
import org.regionaltc.funding.Cofinancings;
import org.regionaltc.project.Projects;
import org.regionaltc.project.TcProject;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.InputLimits;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.InvalidInput.FieldError;
import org.regionaltc.system.Money;
import org.regionaltc.system.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat confirms part of an offer into a project's co-financing: one co-financing record (government
 * source, the offer's institution, kind and currency, converted to US dollars at the confirmation date's rate),
 * linked to the offer and taken from what remains of it, so that no offer is counted twice across projects.
 */
@Service
class OfferConfirmations {

    /** What the secretariat types: the project's share of the offer and the confirmation date (today if absent). */
    record ConfirmationForm(@Nullable Long projectId, @Nullable BigDecimal amount,
            @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
            @Nullable LocalDate date) {
    }

    /** A confirmation made: the link and the co-financing record it created. */
    record Confirmed(NationalOffers.Confirmation confirmation, Cofinancing cofinancing, NationalOffer offer) {
    }

    private final NationalOffers offers;
    private final Cofinancings cofinancings;
    private final Projects projects;
    private final AuditTrail audit;

    OfferConfirmations(NationalOffers offers, Cofinancings cofinancings, Projects projects, AuditTrail audit) {
        this.offers = offers;
        this.cofinancings = cofinancings;
        this.projects = projects;
        this.audit = audit;
    }

    @Transactional
    public Confirmed confirm(long offerId, ConfirmationForm form) {
        if (!OfferRules.isSecretariat(SignedInUser.current())) {
            throw new AccessDeniedException("only the secretariat confirms offers into co-financing");
        }
        return record(offerId, form);
    }

    /** The confirmation itself, for a caller that has checked who asks (the demo programme is the system). */
    @Transactional
    Confirmed record(long offerId, ConfirmationForm form) {
        // Concurrent confirmations of one offer queue on its row: each reads what the previous one left.
        offers.lock(offerId);
        NationalOffer offer = offers.get(offerId);
        if (offer.carriedToId() != null) {
            throw new Conflict(new FieldError("", "offer.error.carried", String.valueOf(offer.carriedToId())));
        }
        List<FieldError> errors = new ArrayList<>();
        TcProject project = form.projectId() == null ? null : projects.findById(form.projectId()).orElse(null);
        if (project == null) {
            errors.add(new FieldError("projectId", "offer.error.project", String.valueOf(form.projectId())));
        } else if (project.priorities().stream().noneMatch(l -> l.priorityId() == offer.priorityId())) {
            errors.add(new FieldError("projectId", "offer.error.notServed", project.identifier()));
        }
        BigDecimal amount = form.amount();
        if (amount == null || amount.signum() <= 0) {
            errors.add(new FieldError("amount", "offer.error.amount"));
        } else if (!Money.fitsMinorUnit(offer.currency(), amount)) {
            errors.add(new FieldError("amount", "offer.error.decimals", String.valueOf(Money.decimals(offer.currency())),
                offer.currency()));
        }
        LocalDate date = form.date() == null ? LocalDate.now(ZoneOffset.UTC) : form.date();
        if (!InputLimits.isPlausible(date)) {
            errors.add(new FieldError("date", "offer.error.date"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (amount.compareTo(offer.remaining()) > 0) {
            throw new Conflict(new FieldError("", "offer.error.overConfirmed", Money.text(offer.currency(), amount),
                Money.text(offer.currency(), offer.remaining()), offer.currency()));
        }
        boolean inProjectCountry = project.countries().stream().anyMatch(s -> s.code().equals(offer.countryCode()));
        Cofinancing cofinancing = cofinancings.create(new Cofinancing.Draft(project.id(),
            inProjectCountry ? offer.countryCode() : null, Cofinancing.SourceType.GOVERNMENT.name(),
            offer.institution(), offer.kind().name(), date, offer.currency(), amount), offer.sample() && project.isSample());
        long id = offers.insertConfirmation(offerId, cofinancing.id(), project.id(), amount, date,
            SignedInUser.actorName());
        NationalOffers.Confirmation confirmation = offers.confirmationsOf(offerId).stream()
            .filter(c -> c.id() == id).findFirst().orElseThrow();
        audit.created("NationalOfferConfirmation", id, confirmation);
        return new Confirmed(confirmation, cofinancing, offers.get(offerId));
    }
}
