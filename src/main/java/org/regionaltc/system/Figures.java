package org.regionaltc.system;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How pages write numbers, in the reader's locale: money with its currency's own decimals (JPY none, USD two) and
 * its code, weights with two decimals, scores as whole numbers, and values as they were entered, without trailing
 * zeros. Templates call it as {@code @figures}; a missing value is a dash.
 */
@Component("figures")
public class Figures {

    static final String NONE = "—";

    public String money(@Nullable Number amount, @Nullable String currency) {
        return money(amount, currency, locale());
    }

    /** An amount without its code, where the column says the currency (e.g. "USD"). */
    public String amount(@Nullable Number amount, @Nullable String currency) {
        return amount(amount, currency, locale());
    }

    public String usd(@Nullable Number amount) {
        return amount(amount, "USD", locale());
    }

    public String number(@Nullable Number value) {
        return number(value, locale());
    }

    public String weight(@Nullable Number value) {
        return fixed(value, 2, locale());
    }

    public String score(@Nullable Number value) {
        return fixed(value, 0, locale());
    }

    public String fixed(@Nullable Number value, int decimals) {
        return fixed(value, decimals, locale());
    }

    public String percent(@Nullable Number value) {
        return percent(value, locale());
    }

    /** A co-financing ratio, e.g. "6:1". */
    public String ratio(@Nullable Number value) {
        return value == null ? NONE : number(value, locale()) + ":1";
    }

    public static String money(@Nullable Number amount, @Nullable String currency, Locale locale) {
        if (amount == null) {
            return NONE;
        }
        return currency == null ? number(amount, locale) : currency + " " + amount(amount, currency, locale);
    }

    public static String amount(@Nullable Number amount, @Nullable String currency, Locale locale) {
        return fixed(amount, decimalsOf(currency), locale);
    }

    public static String number(@Nullable Number value, Locale locale) {
        if (value == null) {
            return NONE;
        }
        BigDecimal exact = decimal(value).stripTrailingZeros();
        return fixed(exact, Math.max(0, exact.scale()), locale);
    }

    public static String fixed(@Nullable Number value, int decimals, Locale locale) {
        if (value == null) {
            return NONE;
        }
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(decimal(value).setScale(decimals, RoundingMode.HALF_UP));
    }

    public static String percent(@Nullable Number value, Locale locale) {
        if (value == null) {
            return NONE;
        }
        // French puts a (no-break) space before the sign; English, Spanish and Portuguese write it "60%" here.
        return number(value, locale) + ("fr".equals(locale.getLanguage()) ? "\u00a0%" : "%");
    }

    /** The currency's minor unit; two decimals for a code that is no current currency (data of other times). */
    static int decimalsOf(@Nullable String currency) {
        return Money.isCurrency(currency) ? Money.decimals(currency) : 2;
    }

    private static BigDecimal decimal(Number value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
