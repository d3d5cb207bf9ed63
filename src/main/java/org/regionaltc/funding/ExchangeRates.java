package org.regionaltc.funding;

import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.regionaltc.audit.AuditTrail;
import org.regionaltc.system.Csv;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.InvalidInput.FieldError;
import org.regionaltc.system.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dated exchange rates to the US dollar. A rate is the number of US dollars one unit of the currency buys
 * (EUR 1.0850 means 1 EUR = 1.085 USD); an amount dated D converts with the latest rate on or before D, and the
 * US dollar converts at 1 on any date.
 */
@Repository
public class ExchangeRates {

    public record Rate(String currency, LocalDate date, BigDecimal usdPerUnit, @Nullable String source,
            boolean sample) {
    }

    /** An amount converted: the rate used and the USD amount, rounded half-up to the cent. */
    public record Conversion(BigDecimal usdRate, BigDecimal amountUsd) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ExchangeRates(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<Rate> findAll() {
        return jdbc.sql("SELECT currency, rate_date, usd_per_unit, source, is_sample FROM exchange_rate"
                + " ORDER BY currency, rate_date DESC")
            .query((rs, n) -> new Rate(rs.getString(1).strip(), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3),
                rs.getString(4), rs.getBoolean(5)))
            .list();
    }

    public Optional<BigDecimal> rateOn(String currency, LocalDate date) {
        if ("USD".equals(currency)) {
            return Optional.of(BigDecimal.ONE);
        }
        return jdbc.sql("""
                SELECT usd_per_unit FROM exchange_rate
                WHERE currency = :currency AND rate_date <= :date
                ORDER BY rate_date DESC LIMIT 1
                """)
            .param("currency", currency).param("date", date)
            .query(BigDecimal.class).optional();
    }

    /** Today's (or any one day's) rates, each currency looked up once however often it is asked for. */
    public Function<String, Optional<BigDecimal>> ratesOn(LocalDate date) {
        Map<String, Optional<BigDecimal>> seen = new HashMap<>();
        return currency -> seen.computeIfAbsent(currency, c -> rateOn(c, date));
    }

    /** Converts, or names the field at fault when the date has no rate on or before it. */
    public Conversion toUsd(String currency, BigDecimal amount, LocalDate date, String dateField) {
        BigDecimal rate = rateOn(currency, date).orElseThrow(() -> new InvalidInput(dateField,
            "error.rate.missingEnterOne", currency, date.toString()));
        return new Conversion(rate, convert(amount, rate));
    }

    public static BigDecimal convert(BigDecimal amount, BigDecimal usdPerUnit) {
        return Usd.convert(amount, usdPerUnit);
    }

    @Transactional
    public Rate save(@Nullable String currency, @Nullable LocalDate date, @Nullable BigDecimal usdPerUnit,
            @Nullable String source, boolean sample) {
        List<FieldError> errors = check(currency, date, usdPerUnit);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        String code = currency.strip().toUpperCase(Locale.ROOT);
        Optional<Rate> before = find(code, date);
        if (before.isPresent()) {
            jdbc.sql("UPDATE exchange_rate SET usd_per_unit = :rate, source = :source, is_sample = :sample"
                    + " WHERE currency = :currency AND rate_date = :date")
                .param("rate", usdPerUnit).param("source", source).param("sample", sample)
                .param("currency", code).param("date", date).update();
        } else {
            jdbc.sql("INSERT INTO exchange_rate (currency, rate_date, usd_per_unit, source, is_sample)"
                    + " VALUES (:currency, :date, :rate, :source, :sample)")
                .param("rate", usdPerUnit).param("source", source).param("sample", sample)
                .param("currency", code).param("date", date).update();
        }
        Rate after = find(code, date).orElseThrow();
        if (before.isPresent()) {
            audit.updated("ExchangeRate", code + "@" + date, before.get(), after);
        } else {
            audit.created("ExchangeRate", code + "@" + date, after);
        }
        return after;
    }

    /** Imports rates from CSV (currency,date,usd_per_unit[,source]); writes nothing when any line is wrong. */
    @Transactional
    public int importCsv(Reader csv) {
        List<Csv.Row> rows = Csv.read(csv);
        List<FieldError> errors = new ArrayList<>();
        for (Csv.Row row : rows) {
            LocalDate date = null;
            BigDecimal rate = null;
            try {
                date = LocalDate.parse(row.get("date"));
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("line " + row.line() + ": date", "error.date.unreadable", row.get("date")));
            }
            try {
                rate = new BigDecimal(row.get("usd_per_unit"));
            } catch (NumberFormatException e) {
                errors.add(new FieldError("line " + row.line() + ": usd_per_unit", "error.number.unreadable",
                    row.get("usd_per_unit")));
            }
            String currency = row.get("currency");
            for (FieldError e : check(currency, date == null ? LocalDate.EPOCH : date, rate == null ? BigDecimal.ONE : rate)) {
                errors.add(new FieldError("line " + row.line() + ": " + e.field(), e.code(), e.arguments()));
            }
        }
        if (rows.isEmpty()) {
            errors.add(new FieldError("file", "error.rate.emptyFile"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        rows.forEach(r -> save(r.get("currency"), LocalDate.parse(r.get("date")), new BigDecimal(r.get("usd_per_unit")),
            r.get("source").isBlank() ? null : r.get("source"), false));
        return rows.size();
    }

    private List<FieldError> check(@Nullable String currency, @Nullable LocalDate date, @Nullable BigDecimal rate) {
        List<FieldError> errors = new ArrayList<>();
        if (currency == null || currency.isBlank()) {
            errors.add(new FieldError("currency", "error.required"));
        } else if ("USD".equalsIgnoreCase(currency.strip())) {
            errors.add(new FieldError("currency", "error.rate.usd"));
        } else if (!Money.isCurrency(currency.strip().toUpperCase(Locale.ROOT))) {
            errors.add(Money.unknownCurrency("currency", currency));
        }
        if (date == null) {
            errors.add(new FieldError("date", "error.required"));
        }
        if (rate == null) {
            errors.add(new FieldError("usdPerUnit", "error.required"));
        } else if (rate.signum() <= 0) {
            errors.add(new FieldError("usdPerUnit", "error.amount.notPositive", rate.toPlainString()));
        } else if (rate.scale() > 10 || rate.precision() - rate.scale() > 10) {
            errors.add(new FieldError("usdPerUnit", "error.rate.digits"));
        }
        return errors;
    }

    private Optional<Rate> find(String currency, LocalDate date) {
        return jdbc.sql("SELECT currency, rate_date, usd_per_unit, source, is_sample FROM exchange_rate"
                + " WHERE currency = :currency AND rate_date = :date")
            .param("currency", currency).param("date", date)
            .query((rs, n) -> new Rate(rs.getString(1).strip(), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3),
                rs.getString(4), rs.getBoolean(5)))
            .optional();
    }
}
