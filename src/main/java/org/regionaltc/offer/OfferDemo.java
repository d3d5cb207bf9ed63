package org.regionaltc.offer;

import org.regionaltc.demo.DemoSettings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionaltc.funding.Cofinancing;
import org.regionaltc.funding.ExchangeRates;
import org.regionaltc.priority.Priorities;
import org.regionaltc.priority.Priority;
import org.regionaltc.priority.PriorityLevel;
import org.regionaltc.priority.PriorityStatus;
import org.regionaltc.priority.ReviewCycle;
import org.regionaltc.priority.ReviewCycles;
import org.regionaltc.project.PriorityLinked;
import org.regionaltc.project.Projects;
import org.regionaltc.system.DemoParts;
import org.regionaltc.system.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sample national offers: made in eleven countries towards their priorities of the closed 2022–2023 sample cycle,
 * carried into the 2024–2025 cycle, a few new ones there, and part of those that sample projects serve confirmed
 * into co-financing. Loaded after the sample cycles, projects and exchange rates when tc.demo.enabled is true and no
 * sample offer exists; when it is false, the sample offers nothing has been confirmed from are removed (sample
 * co-financing, and its confirmations with it, goes with the mobilization samples).
 */
@Component
@Order(45)
class OfferDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OfferDemo.class);

    private record Sample(String country, int rank, String currency, String amount, Cofinancing.Kind kind,
            String institution, Firmness firmness, @Nullable String conditions) {
    }

    private static final List<Sample> CLOSED = List.of(
        new Sample("MX", 1, "MXN", "15000000", Cofinancing.Kind.CASH, "Sample: Secretaría de Economía", Firmness.COMMITTED, "Federal budget decree 2022"),
        new Sample("GT", 1, "USD", "400000", Cofinancing.Kind.CASH, "Sample: Ministerio de Economía", Firmness.INDICATIVE, null),
        new Sample("CR", 1, "USD", "650000", Cofinancing.Kind.IN_KIND, "Sample: MINAE (staff and premises)", Firmness.COMMITTED, null),
        new Sample("PE", 1, "PEN", "2500000", Cofinancing.Kind.CASH, "Sample: Ministerio de la Producción", Firmness.COMMITTED, "Budget law 2022, programme 0093"),
        new Sample("CO", 1, "COP", "3000000000", Cofinancing.Kind.CASH, "Sample: MinCIT – Colombia Productiva", Firmness.DISBURSED, null),
        new Sample("EC", 1, "USD", "300000", Cofinancing.Kind.IN_KIND, "Sample: MPCEIP", Firmness.INDICATIVE, "Subject to fiscal space"),
        new Sample("BR", 1, "BRL", "4000000", Cofinancing.Kind.CASH, "Sample: MDIC", Firmness.COMMITTED, null),
        new Sample("CL", 1, "CLP", "900000000", Cofinancing.Kind.CASH, "Sample: CORFO", Firmness.COMMITTED, "Matched 1:1 by private partners"),
        new Sample("UY", 1, "USD", "500000", Cofinancing.Kind.CASH, "Sample: MIEM", Firmness.INDICATIVE, null),
        new Sample("BO", 1, "USD", "200000", Cofinancing.Kind.IN_KIND, "Sample: MDPyEP", Firmness.INDICATIVE, null),
        new Sample("JM", 1, "USD", "150000", Cofinancing.Kind.IN_KIND, "Sample: MIIC", Firmness.INDICATIVE, null));

    /** Sample rates of the offers' currencies, in USD per unit, so that the figures count them. */
    private static final Map<String, String> RATES = Map.of("MXN", "0.0590", "PEN", "0.2700", "COP", "0.000258",
        "BRL", "0.2050", "CLP", "0.00114");

    private final JdbcClient jdbc;
    private final NationalOffers offers;
    private final OfferConfirmations confirmations;
    private final ReviewCycles cycles;
    private final Priorities priorities;
    private final Projects projects;
    private final ExchangeRates rates;
    private final DemoParts parts;
    private final boolean enabled;

    OfferDemo(JdbcClient jdbc, NationalOffers offers, OfferConfirmations confirmations, ReviewCycles cycles,
            Priorities priorities, Projects projects, ExchangeRates rates, DemoParts parts,
            DemoSettings settings) {
        this.jdbc = jdbc;
        this.offers = offers;
        this.confirmations = confirmations;
        this.cycles = cycles;
        this.priorities = priorities;
        this.projects = projects;
        this.rates = rates;
        this.parts = parts;
        this.enabled = settings.enabled();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            parts.inTransaction("sample national offers", this::remove);
            return;
        }
        if (jdbc.sql("SELECT COUNT(*) FROM national_offer WHERE is_sample").query(Integer.class).single() == 0) {
            parts.inTransaction("sample national offers", this::load);
        }
    }

    void load() {
        List<ReviewCycle> samples = cycles.findAll().stream().filter(ReviewCycle::sample)
            .sorted(Comparator.comparing(ReviewCycle::periodStart)).toList();
        if (samples.size() < 2) {
            return;
        }
        LocalDate rateDate = LocalDate.of(2022, 1, 1);
        RATES.forEach((currency, rate) -> {
            if (rates.rateOn(currency, LocalDate.now(ZoneOffset.UTC)).isEmpty()) {
                rates.save(currency, rateDate, new BigDecimal(rate), "Sample rate (demo)", true);
            }
        });
        ReviewCycle closed = samples.get(0);
        ReviewCycle current = samples.get(samples.size() - 1);
        Map<String, Priority> closedByKey = national(closed);
        Map<Long, Priority> successorOf = new HashMap<>();
        priorities.findByCycle(current.id()).stream().filter(p -> p.carriedFromId() != null)
            .forEach(p -> successorOf.put(p.carriedFromId(), p));
        for (Sample s : CLOSED) {
            Priority p = closedByKey.get(s.country() + s.rank());
            if (p != null) {
                offers.insert(offer(p, s, null));
            }
        }
        int confirmed = confirmServed(closed);
        // What remains of each offer goes on with its priority, as the carry-forward of a real cycle does.
        for (NationalOffer o : offers.findByCycle(closed.id())) {
            Priority next = successorOf.get(o.priorityId());
            if (next != null && o.remaining().signum() > 0) {
                offers.insert(new NationalOffer(0, next.id(), current.id(), o.countryCode(), o.currency(),
                    o.remaining(), o.kind(), o.institution(), current.periodStart().getYear(),
                    current.periodStart().getYear() + 1, o.conditions(), o.firmness(), o.id(), null, BigDecimal.ZERO,
                    true, 0));
            }
        }
        Map<String, Priority> currentByKey = national(current);
        addNew(currentByKey.get("JM2"), new Sample("JM", 2, "USD", "250000", Cofinancing.Kind.CASH,
            "Sample: Petroleum Corporation of Jamaica", Firmness.COMMITTED, "Energy fund allocation 2024"));
        addNew(currentByKey.get("EC2"), new Sample("EC", 2, "USD", "120000", Cofinancing.Kind.CASH,
            "Sample: Ministerio del Ambiente", Firmness.INDICATIVE, null));
        addNew(currentByKey.get("MX3"), new Sample("MX", 3, "MXN", "8000000", Cofinancing.Kind.IN_KIND,
            "Sample: CENAM (metrology laboratories)", Firmness.COMMITTED, null));
        confirmed += confirmServed(current);
        log.info("Loaded sample national offers, {} of them partly confirmed into co-financing (tc.demo.enabled=false "
            + "removes them)", confirmed);
    }

    /** Confirms 40% of each of the cycle's offers that a sample project serves, into the first such project. */
    private int confirmServed(ReviewCycle cycle) {
        List<NationalOffer> currentOffers = offers.findByCycle(cycle.id());
        Map<Long, List<PriorityLinked>> served = new HashMap<>();
        projects.linkedTo(currentOffers.stream().map(NationalOffer::priorityId).toList())
            .forEach(l -> served.computeIfAbsent(l.priorityId(), k -> new java.util.ArrayList<>()).add(l));
        int count = 0;
        for (NationalOffer o : currentOffers) {
            if (o.carriedToId() != null) {
                continue;
            }
            Optional<PriorityLinked> project = served.getOrDefault(o.priorityId(), List.of()).stream().findFirst();
            if (project.isEmpty() || rates.rateOn(o.currency(), LocalDate.now(ZoneOffset.UTC)).isEmpty()) {
                continue;
            }
            BigDecimal share = o.amount().multiply(new BigDecimal("0.4"))
                .setScale(Money.decimals(o.currency()), RoundingMode.DOWN);
            confirmations.record(o.id(), new OfferConfirmations.ConfirmationForm(project.get().projectId(), share,
                LocalDate.now(ZoneOffset.UTC).minusDays(30)));
            count++;
        }
        return count;
    }

    private void addNew(@Nullable Priority priority, Sample s) {
        if (priority != null) {
            offers.insert(offer(priority, s, null));
        }
    }

    private Map<String, Priority> national(ReviewCycle cycle) {
        Map<String, Priority> byKey = new HashMap<>();
        priorities.findByCycle(cycle.id()).stream()
            .filter(p -> p.level() == PriorityLevel.NATIONAL && p.countryCode() != null
                && p.status() != PriorityStatus.DROPPED)
            .forEach(p -> byKey.putIfAbsent(p.countryCode() + p.rank(), p));
        return byKey;
    }

    private NationalOffer offer(Priority p, Sample s, @Nullable Long carriedFrom) {
        int from = cycles.get(p.cycleId()).periodStart().getYear();
        return new NationalOffer(0, p.id(), p.cycleId(), s.country(), s.currency(), new BigDecimal(s.amount()),
            s.kind(), s.institution(), from, from + 1, s.conditions(), s.firmness(), carriedFrom, null,
            BigDecimal.ZERO, true, 0);
    }

    void remove() {
        int removed = jdbc.sql("""
                DELETE FROM national_offer WHERE is_sample
                AND NOT EXISTS (SELECT 1 FROM national_offer_confirmation c WHERE c.offer_id = national_offer.id)
                """).update();
        if (removed > 0) {
            log.info("Removed {} sample national offers (tc.demo.enabled=false)", removed);
        }
    }
}
