package org.regionaltc.funding;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.regionaltc.reference.Codelists;
import org.regionaltc.system.InvalidInput.FieldError;

/** The checks of an amount typed in a currency, as windows and co-financing take them. */
final class Amounts {

    private Amounts() {
    }

    /** The ISO 4217 code in upper case; an unknown one is named in errors. */
    static String currency(List<FieldError> errors, Codelists codelists, @Nullable String typed) {
        String currency = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        if (!codelists.isActive("Currency", currency)) {
            errors.add(new FieldError("currency", "is not a known ISO 4217 currency: " + typed));
        }
        return currency;
    }

    /** More than zero, at most 2 decimals, and within NUMERIC(18, 2). */
    static void amount(List<FieldError> errors, @Nullable BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            errors.add(new FieldError("amount", "must be greater than zero"));
        } else if (amount.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError("amount", "must have at most 2 decimals"));
        } else if (amount.precision() - amount.scale() > 16) {
            errors.add(new FieldError("amount", "is too large"));
        }
    }
}
