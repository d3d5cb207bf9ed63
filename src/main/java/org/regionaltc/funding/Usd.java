package org.regionaltc.funding;

import java.math.BigDecimal;
import org.regionaltc.system.Money;
import org.regionaltc.system.Pure;

/** An amount in USD at a rate, to the cent, where figures are reported in USD. */
@Pure
public final class Usd {

    private Usd() {
    }

    public static BigDecimal convert(BigDecimal amount, BigDecimal usdPerUnit) {
        return Money.usd(amount.multiply(usdPerUnit));
    }
}
