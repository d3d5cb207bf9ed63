package org.regionaltc.offer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.regionaltc.audit.AuditTrail;
import org.regionaltc.funding.Cofinancing;
import org.regionaltc.priority.Priorities;
import org.regionaltc.priority.PrioritiesCarriedForward;
import org.regionaltc.priority.Priority;
import org.regionaltc.priority.PrioritySubmissions;
import org.regionaltc.priority.ReviewCycle;
import org.regionaltc.priority.ReviewCycles;
import org.regionaltc.priority.Visibility;
import org.regionaltc.reference.Countries;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.InputLimits;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.InvalidInput.FieldError;
import org.regionaltc.system.Money;
import org.regionaltc.system.SignedInUser;
import org.regionaltc.system.Text;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording, changing and withdrawing offers. They follow their priority's cycle: written by the offering country's
 * focal points and the secretariat while the cycle takes changes (the focal points only while it is open and before
 * its deadline), frozen with the endorsement, and carried forward, what remains of them, with the priority.
 */
@Service
class OfferEditing {

    static final int EARLIEST_YEAR = 1990;
    static final int LATEST_YEAR = 2100;

    private final NationalOffers offers;
    private final Priorities priorities;
    private final ReviewCycles cycles;
    private final PrioritySubmissions submissions;
    private final Countries countries;
    private final AuditTrail audit;

    OfferEditing(NationalOffers offers, Priorities priorities, ReviewCycles cycles, PrioritySubmissions submissions,
            Countries countries, AuditTrail audit) {
        this.offers = offers;
        this.priorities = priorities;
        this.cycles = cycles;
        this.submissions = submissions;
        this.countries = countries;
        this.audit = audit;
    }

    /**
     * The country an offer on this priority is made for: the priority's own; for a priority the secretariat
     * consolidated, the one typed, else the focal point's only country.
     */
    @Nullable String countryFor(Priority priority, @Nullable String typed) {
        if (priority.ownerCountryCode() != null) {
            return priority.ownerCountryCode();
        }
        String code = Text.codeOrNull(typed);
        if (code != null) {
            return code.toUpperCase(Locale.ROOT);
        }
        return SignedInUser.current().filter(u -> !u.isSecretariat() && u.countries().size() == 1)
            .map(u -> u.countries().iterator().next()).orElse(null);
    }

    @Transactional
    public NationalOffer create(long priorityId, OfferForm form) {
        Priority priority = priorities.get(priorityId);
        ReviewCycle cycle = cycles.get(priority.cycleId());
        String country = countryFor(priority, form.countryCode());
        if (country == null || !countries.exists(country)) {
            requireSeen(cycle, priority);
            throw new InvalidInput("countryCode", "offer.error.country", String.valueOf(country));
        }
        submissions.checkWritable(cycle.id(), country);
        requireSeen(cycle, priority);
        NationalOffer wanted = toOffer(0, priority, country, form, null, BigDecimal.ZERO, 0);
        long id = offers.insert(wanted);
        NationalOffer created = offers.get(id);
        audit.created("NationalOffer", id, created);
        return created;
    }

    @Transactional
    public NationalOffer update(long offerId, OfferForm form) {
        NationalOffer before = offers.get(offerId);
        Priority priority = checkWritable(before);
        if (form.version() == null) {
            throw new InvalidInput("version", "offer.error.version");
        }
        NationalOffer wanted = toOffer(offerId, priority, before.countryCode(), form, before.carriedFromId(),
            before.confirmed(), form.version());
        if (before.confirmed().signum() > 0 && !before.currency().equals(wanted.currency())) {
            throw new InvalidInput("currency", "offer.error.confirmedCurrency", before.currency());
        }
        if (wanted.amount().compareTo(before.confirmed()) < 0) {
            throw new InvalidInput("amount", "offer.error.belowConfirmed",
                Money.text(before.currency(), before.confirmed()), before.currency());
        }
        if (!offers.update(wanted)) {
            throw new Conflict(new FieldError("", "offer.error.changed", String.valueOf(form.version()), String.valueOf(offers.get(offerId).version())));
        }
        NationalOffer after = offers.get(offerId);
        audit.updated("NationalOffer", offerId, before, after);
        return after;
    }

    @Transactional
    public void delete(long offerId, @Nullable Integer version) {
        NationalOffer before = offers.get(offerId);
        checkWritable(before);
        if (version == null) {
            throw new InvalidInput("version", "offer.error.version");
        }
        if (before.confirmed().signum() > 0) {
            throw new Conflict(new FieldError("", "offer.error.deleteConfirmed",
                Money.text(before.currency(), before.confirmed()), before.currency()));
        }
        if (!offers.delete(offerId, version)) {
            throw new Conflict(new FieldError("", "offer.error.changed", String.valueOf(version), String.valueOf(before.version())));
        }
        audit.deleted("NationalOffer", offerId, before);
    }

    /** Copies what remains of each offer onto the priority's successor, in the new cycle's transaction. */
    @EventListener
    void carryForward(PrioritiesCarriedForward event) {
        for (NationalOffer o : offers.findByPriorities(event.successors().keySet())) {
            if (o.remaining().signum() <= 0) {
                continue;
            }
            long id = offers.insert(new NationalOffer(0, event.successors().get(o.priorityId()), event.toCycleId(),
                o.countryCode(), o.currency(), o.remaining(), o.kind(), o.institution(), o.yearFrom(), o.yearTo(),
                o.conditions(), o.firmness(), o.id(), null, BigDecimal.ZERO, event.sample(), 0));
            audit.created("NationalOffer", id, offers.get(id));
        }
    }

    /** The offer's priority, if the user may change the offer now: 403 unless they act for its country, 409 if frozen. */
    private Priority checkWritable(NationalOffer offer) {
        Priority priority = priorities.get(offer.priorityId());
        submissions.checkWritable(offer.cycleId(), offer.countryCode());
        return priority;
    }

    private static void requireSeen(ReviewCycle cycle, Priority priority) {
        if (!Visibility.canSee(SignedInUser.current(), cycle, priority)) {
            throw new AccessDeniedException("priority " + priority.id() + " is not visible");
        }
    }

    private NationalOffer toOffer(long id, Priority priority, String country, OfferForm f, @Nullable Long carriedFrom,
            BigDecimal confirmed, int version) {
        List<FieldError> errors = new ArrayList<>();
        String currency = f.currency() == null ? "" : f.currency().strip().toUpperCase(Locale.ROOT);
        if (!Money.isCurrency(currency)) {
            errors.add(new FieldError("currency", "offer.error.currency", String.valueOf(f.currency())));
        }
        BigDecimal amount = f.amount();
        if (amount == null || amount.signum() <= 0) {
            errors.add(new FieldError("amount", "offer.error.amount"));
        } else if (Money.isCurrency(currency) && !Money.fitsMinorUnit(currency, amount)) {
            errors.add(new FieldError("amount", "offer.error.decimals", String.valueOf(Money.decimals(currency)), currency));
        } else if (!InputLimits.fits(amount)) {
            errors.add(new FieldError("amount", "offer.error.tooLarge"));
        }
        Cofinancing.Kind kind = parse(Cofinancing.Kind.class, f.kind(), "kind", errors);
        Firmness firmness = parse(Firmness.class, f.firmness(), "firmness", errors);
        String institution = Text.blankToNull(f.institution());
        if (institution == null || institution.strip().length() > 200 || InputLimits.hasNullCharacter(institution)) {
            errors.add(new FieldError("institution", "offer.error.institution"));
        }
        for (String field : List.of("yearFrom", "yearTo")) {
            Integer year = field.equals("yearFrom") ? f.yearFrom() : f.yearTo();
            if (year == null || year < EARLIEST_YEAR || year > LATEST_YEAR) {
                errors.add(new FieldError(field, "offer.error.year", String.valueOf(EARLIEST_YEAR), String.valueOf(LATEST_YEAR)));
            }
        }
        if (f.yearFrom() != null && f.yearTo() != null && f.yearTo() < f.yearFrom()) {
            errors.add(new FieldError("yearTo", "offer.error.yearOrder", String.valueOf(f.yearFrom())));
        }
        String conditions = Text.blankToNull(f.conditions());
        if (conditions != null && (conditions.length() > 2000 || InputLimits.hasNullCharacter(conditions))) {
            errors.add(new FieldError("conditions", "offer.error.conditions"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new NationalOffer(id, priority.id(), priority.cycleId(), country, currency, Money.in(currency, amount),
            kind, institution.strip(), f.yearFrom(), f.yearTo(), conditions == null ? null : conditions.strip(),
            firmness, carriedFrom, null, confirmed, false, version);
    }

    private <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value, String field,
            List<FieldError> errors) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "offer.error.oneOf", List.of(type.getEnumConstants())));
            return null;
        }
    }
}
