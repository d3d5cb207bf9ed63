package org.regionaltc.funding;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.InvalidInput.FieldError;
import org.regionaltc.system.InputLimits;
import org.regionaltc.system.Money;

/** The checks of an amount typed in a currency, as windows and co-financing take them. */
final class Amounts {

    private Amounts() {
    }

    /** The ISO 4217 code in upper case; an unknown one is named in errors. */
    static String currency(List<FieldError> errors, @Nullable String typed) {
        String currency = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        if (!Money.isCurrency(currency)) {
            errors.add(new FieldError("currency", Money.unknownCurrencyMessage(typed)));
        }
        return currency;
    }

    /** More than zero, no more decimals than the currency's minor unit, and 16 digits at most before the point. */
    static void amount(List<FieldError> errors, String currency, @Nullable BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            errors.add(new FieldError("amount", "must be greater than zero"));
        } else if (Money.isCurrency(currency) && !Money.fitsMinorUnit(currency, amount)) {
            errors.add(new FieldError("amount", Money.minorUnitMessage(currency)));
        } else if (!InputLimits.fits(amount)) {
            errors.add(new FieldError("amount", InputLimits.AMOUNT_MESSAGE));
        }
    }
}
