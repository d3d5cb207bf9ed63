package org.regionaltc.system;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
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

    /** The error to show when {@link #fitsMinorUnit} is false. */
    public static String minorUnitMessage(String currency) {
        int decimals = decimals(currency);
        return decimals == 0 ? "must be a whole number: " + currency + " has no decimals"
            : "must have at most " + decimals + " decimals in " + currency;
    }

    /** The error to show when a code is not {@link #isCurrency}. */
    public static String unknownCurrencyMessage(@Nullable String typed) {
        return "is not a known ISO 4217 currency: " + typed;
    }
}
