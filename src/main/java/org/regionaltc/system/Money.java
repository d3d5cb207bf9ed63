package org.regionaltc.system;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Amounts of money in their own currency, and in US dollars. A currency's amounts have that currency's minor unit
 * as ISO 4217 gives it (JPY and CLP none, USD and EUR two, KWD and BHD three); US dollar figures are in cents.
 * The money columns hold three decimals, the most any current currency has.
 */
public final class Money {

    /** Current ISO 4217 codes: those of the world's countries, as the JDK's currency data has them today. */
    private static final Set<String> CURRENT = current();

    private Money() {
    }

    private static Set<String> current() {
        // Currency.getAvailableCurrencies() also lists withdrawn codes (DEM, FRF, VEF), precious metals and fund
        // codes (XAU, BOV); the currency a country uses today is what a ledger, a budget or a window is kept in.
        Set<String> codes = new TreeSet<>();
        for (String country : Locale.getISOCountries()) {
            Currency currency = Currency.getInstance(Locale.of("", country));
            if (currency != null && currency.getDefaultFractionDigits() >= 0) {
                codes.add(currency.getCurrencyCode());
            }
        }
        return Set.copyOf(codes);
    }

    /** Whether the code, as typed, is a current ISO 4217 currency (upper case, no spaces). */
    public static boolean isCurrency(@Nullable String code) {
        return code != null && CURRENT.contains(code);
    }

    /** The number of decimals of the currency's minor unit. */
    public static int decimals(String currency) {
        return Currency.getInstance(currency).getDefaultFractionDigits();
    }

    /** The amount to the currency's minor unit, half-up: 1234567.000 JPY is 1234567, 12.5 USD is 12.50. */
    public static BigDecimal in(String currency, BigDecimal amount) {
        return amount.setScale(decimals(currency), RoundingMode.HALF_UP);
    }

    /** Like {@link #in}, for an amount that may be absent. */
    public static @Nullable BigDecimal inOrNull(String currency, @Nullable BigDecimal amount) {
        return amount == null ? null : in(currency, amount);
    }

    /** A figure in US dollars, to the cent, half-up. */
    public static BigDecimal usd(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** The amount with thousands separators and the currency's decimals, for messages: 1,234,567 JPY, 1,000.50 USD. */
    public static String text(String currency, BigDecimal amount) {
        return String.format(Locale.ROOT, "%,." + decimals(currency) + "f", in(currency, amount));
    }

    /** Whether the amount has no more decimals than the currency's minor unit (100.4 JPY has one too many). */
    public static boolean fitsMinorUnit(String currency, BigDecimal amount) {
        return Math.max(amount.stripTrailingZeros().scale(), 0) <= decimals(currency);
    }

    /**
     * The one rule for an amount of money typed in a currency, whatever the form: more than zero (or not below it
     * where zero means "none yet"), at most 16 digits before the point as the money columns hold, and no more
     * decimals than the currency's minor unit. The error names {@code field}; an unknown currency is left to the
     * currency's own check.
     */
    public static Optional<InvalidInput.FieldError> check(String field, @Nullable String currency, BigDecimal amount,
            boolean zeroAllowed) {
        if (zeroAllowed ? amount.signum() < 0 : amount.signum() <= 0) {
            return Optional.of(new InvalidInput.FieldError(field, zeroAllowed ? "error.amount.negative"
                : "error.amount.notPositive", amount.toPlainString()));
        }
        if (!InputLimits.fits(amount)) {
            return Optional.of(new InvalidInput.FieldError(field, "input.amount"));
        }
        if (isCurrency(currency) && !fitsMinorUnit(currency, amount)) {
            int decimals = decimals(currency);
            return Optional.of(decimals == 0 ? new InvalidInput.FieldError(field, "error.amount.wholeNumber", currency)
                : new InvalidInput.FieldError(field, "error.amount.decimals", currency, decimals));
        }
        return Optional.empty();
    }

    /**
     * An amount in its currency, as an argument of a message: written with the currency's decimals and the
     * reader's separators where the message is shown ({@code money.decimals2} and the like).
     */
    public record Amount(String currency, BigDecimal value) {
    }

    /** The amount as an argument of a message. */
    public static Amount amount(String currency, BigDecimal value) {
        return new Amount(currency, in(currency, value));
    }

    /** The error naming {@code field} when a code, as typed, is not {@link #isCurrency}. */
    public static InvalidInput.FieldError unknownCurrency(String field, @Nullable String typed) {
        return new InvalidInput.FieldError(field, "error.currency.unknown", typed == null ? "" : typed);
    }
}
