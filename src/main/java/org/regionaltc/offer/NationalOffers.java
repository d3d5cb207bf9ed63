package org.regionaltc.offer;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.regionaltc.funding.Cofinancing;
import org.regionaltc.funding.ExchangeRates;
import org.regionaltc.system.Money;
import org.regionaltc.system.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The national resource offers, with what has been confirmed of each into co-financing. */
@Repository
public class NationalOffers {

    private static final String SELECT = """
            SELECT o.id, o.priority_id, o.cycle_id, o.country_code, o.currency, o.amount, o.kind, o.institution,
                   o.year_from, o.year_to, o.conditions, o.firmness, o.carried_from_id, o.is_sample, o.version,
                   (SELECT MIN(n.id) FROM national_offer n WHERE n.carried_from_id = o.id) AS carried_to_id,
                   (SELECT COALESCE(SUM(c.amount), 0) FROM national_offer_confirmation c WHERE c.offer_id = o.id)
                       AS confirmed
            FROM national_offer o
            """;
    private static final String ORDER = " ORDER BY o.country_code, o.priority_id, o.id";

    /** A confirmation of part of an offer into one project's co-financing record. */
    public record Confirmation(long id, long offerId, long cofinancingId, long projectId, BigDecimal amount,
            LocalDate confirmedOn, String confirmedBy) {
    }

    private final JdbcClient jdbc;
    private final ExchangeRates rates;

    NationalOffers(JdbcClient jdbc, ExchangeRates rates) {
        this.jdbc = jdbc;
        this.rates = rates;
    }

    public List<NationalOffer> findByCycle(long cycleId) {
        return jdbc.sql(SELECT + " WHERE o.cycle_id = :cycle" + ORDER).param("cycle", cycleId)
            .query(NationalOffers::toOffer).list();
    }

    public List<NationalOffer> findByPriority(long priorityId) {
        return jdbc.sql(SELECT + " WHERE o.priority_id = :priority" + ORDER).param("priority", priorityId)
            .query(NationalOffers::toOffer).list();
    }

    public List<NationalOffer> findByPriorities(Collection<Long> priorityIds) {
        if (priorityIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE o.priority_id IN (:ids)" + ORDER).param("ids", List.copyOf(priorityIds))
            .query(NationalOffers::toOffer).list();
    }

    public Optional<NationalOffer> findById(long id) {
        return jdbc.sql(SELECT + " WHERE o.id = :id").param("id", id).query(NationalOffers::toOffer).optional();
    }

    public NationalOffer get(long id) {
        return findById(id).orElseThrow(() -> new NotFound("National offer", id));
    }

    /**
     * What remains unconfirmed of the cycle's offers, per offering country, in US dollars at the latest rate on or
     * before today; offers in a currency with no rate are left out. Every offer counts, whoever asks: the caller
     * (the allocation problem, the periodic report) decides what its reader may see.
     */
    public Map<String, BigDecimal> unallocatedByCountry(long cycleId) {
        Function<String, Optional<BigDecimal>> rate = rates.ratesOn(LocalDate.now(ZoneOffset.UTC));
        Map<String, BigDecimal> byCountry = new TreeMap<>();
        for (NationalOffer o : findByCycle(cycleId)) {
            rate.apply(o.currency()).ifPresent(r -> byCountry.merge(o.countryCode(),
                ExchangeRates.convert(o.remaining(), r), BigDecimal::add));
        }
        return byCountry;
    }

    /**
     * What remains unconfirmed, per offering country in US dollars (as {@link #unallocatedByCountry(long)}), of every
     * offer still current: the latest of its lineage in any cycle, since a carried-forward copy already holds what
     * remained of its original and counting both would count that money twice. The optimizer's option reads this.
     */
    public Map<String, BigDecimal> unallocatedByCountry() {
        Function<String, Optional<BigDecimal>> rate = rates.ratesOn(LocalDate.now(ZoneOffset.UTC));
        Map<String, BigDecimal> byCountry = new TreeMap<>();
        List<NationalOffer> current = jdbc.sql(SELECT
                + " WHERE NOT EXISTS (SELECT 1 FROM national_offer n WHERE n.carried_from_id = o.id)" + ORDER)
            .query(NationalOffers::toOffer).list();
        for (NationalOffer o : current) {
            rate.apply(o.currency()).ifPresent(r -> byCountry.merge(o.countryCode(),
                ExchangeRates.convert(o.remaining(), r), BigDecimal::add));
        }
        return byCountry;
    }

    public List<Confirmation> confirmationsOf(long offerId) {
        return jdbc.sql("""
                SELECT id, offer_id, cofinancing_id, project_id, amount, confirmed_on, confirmed_by
                FROM national_offer_confirmation WHERE offer_id = :offer ORDER BY confirmed_on, id
                """)
            .param("offer", offerId)
            .query((rs, n) -> new Confirmation(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                rs.getBigDecimal(5), rs.getObject(6, LocalDate.class), rs.getString(7)))
            .list();
    }

    /** Holds the offer's row until the transaction ends, so that confirmations of it take turns. */
    void lock(long id) {
        jdbc.sql("SELECT id FROM national_offer WHERE id = :id FOR UPDATE").param("id", id).query(Long.class)
            .optional().orElseThrow(() -> new NotFound("National offer", id));
    }

    long insert(NationalOffer o) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO national_offer (priority_id, cycle_id, country_code, currency, amount, kind, institution,
                    year_from, year_to, conditions, firmness, carried_from_id, is_sample)
                VALUES (:priority, :cycle, :country, :currency, :amount, :kind, :institution, :yearFrom, :yearTo,
                    :conditions, :firmness, :carriedFrom, :sample)
                """)
            .param("priority", o.priorityId()).param("cycle", o.cycleId()).param("country", o.countryCode())
            .param("currency", o.currency()).param("amount", o.amount()).param("kind", o.kind().name())
            .param("institution", o.institution()).param("yearFrom", o.yearFrom()).param("yearTo", o.yearTo())
            .param("conditions", o.conditions()).param("firmness", o.firmness().name())
            .param("carriedFrom", o.carriedFromId()).param("sample", o.sample())
            .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** Writes the editable fields when the version still matches; false when someone else saved first. */
    boolean update(NationalOffer o) {
        return jdbc.sql("""
                UPDATE national_offer SET currency = :currency, amount = :amount, kind = :kind,
                    institution = :institution, year_from = :yearFrom, year_to = :yearTo, conditions = :conditions,
                    firmness = :firmness, is_sample = FALSE, version = version + 1
                WHERE id = :id AND version = :version
                """)
            .param("currency", o.currency()).param("amount", o.amount()).param("kind", o.kind().name())
            .param("institution", o.institution()).param("yearFrom", o.yearFrom()).param("yearTo", o.yearTo())
            .param("conditions", o.conditions()).param("firmness", o.firmness().name())
            .param("id", o.id()).param("version", o.version())
            .update() == 1;
    }

    boolean delete(long id, int version) {
        jdbc.sql("UPDATE national_offer SET carried_from_id = NULL WHERE carried_from_id = :id").param("id", id).update();
        return jdbc.sql("DELETE FROM national_offer WHERE id = :id AND version = :version")
            .param("id", id).param("version", version).update() == 1;
    }

    long insertConfirmation(long offerId, long cofinancingId, long projectId, BigDecimal amount, LocalDate on,
            String by) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO national_offer_confirmation (offer_id, cofinancing_id, project_id, amount, confirmed_on,
                    confirmed_by)
                VALUES (:offer, :cofinancing, :project, :amount, :on, :by)
                """)
            .param("offer", offerId).param("cofinancing", cofinancingId).param("project", projectId)
            .param("amount", amount).param("on", on).param("by", by)
            .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private static NationalOffer toOffer(ResultSet rs, int n) throws SQLException {
        String currency = rs.getString("currency").strip();
        return new NationalOffer(rs.getLong("id"), rs.getLong("priority_id"), rs.getLong("cycle_id"),
            rs.getString("country_code").strip(), currency, Money.in(currency, rs.getBigDecimal("amount")),
            Cofinancing.Kind.valueOf(rs.getString("kind")), rs.getString("institution"), rs.getInt("year_from"),
            rs.getInt("year_to"), rs.getString("conditions"), Firmness.valueOf(rs.getString("firmness")),
            rs.getObject("carried_from_id", Long.class), rs.getObject("carried_to_id", Long.class),
            Money.in(currency, rs.getBigDecimal("confirmed")), rs.getBoolean("is_sample"), rs.getInt("version"));
    }
}
