package org.regionaltc.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTests {

    @Test
    void eachCurrencyKeepsItsOwnMinorUnit() {
        assertThat(Money.in("JPY", new BigDecimal("1234567.000")).toPlainString()).isEqualTo("1234567");
        assertThat(Money.in("CLP", new BigDecimal("5000")).toPlainString()).isEqualTo("5000");
        assertThat(Money.in("USD", new BigDecimal("12.5")).toPlainString()).isEqualTo("12.50");
        assertThat(Money.in("KWD", new BigDecimal("1.5")).toPlainString()).isEqualTo("1.500");
        assertThat(Money.in("BHD", new BigDecimal("0.0005")).toPlainString()).isEqualTo("0.001");
    }

    @Test
    void dollarFiguresAreInCents() {
        assertThat(Money.usd(new BigDecimal("9876.536")).toPlainString()).isEqualTo("9876.54");
        assertThat(Money.usd(BigDecimal.ZERO).toPlainString()).isEqualTo("0.00");
    }

    @Test
    void aFractionTheCurrencyDoesNotHaveDoesNotFit() {
        assertThat(Money.fitsMinorUnit("JPY", new BigDecimal("100.4"))).isFalse();
        assertThat(Money.fitsMinorUnit("JPY", new BigDecimal("100.00"))).isTrue();
        assertThat(Money.fitsMinorUnit("JPY", new BigDecimal("1E+3"))).isTrue();
        assertThat(Money.fitsMinorUnit("USD", new BigDecimal("1.005"))).isFalse();
        assertThat(Money.fitsMinorUnit("KWD", new BigDecimal("1.005"))).isTrue();
        assertThat(Money.fitsMinorUnit("KWD", new BigDecimal("1.0005"))).isFalse();
        assertThat(Money.check("amount", "JPY", new BigDecimal("100.4"), false))
            .contains(new InvalidInput.FieldError("amount", "error.amount.wholeNumber", "JPY"));
        assertThat(Money.check("amount", "KWD", new BigDecimal("1.0005"), false))
            .contains(new InvalidInput.FieldError("amount", "error.amount.decimals", "KWD", 3));
        assertThat(Money.text("JPY", new BigDecimal("1234567.000"))).isEqualTo("1,234,567");
    }

    @Test
    void onlyCurrentIsoCurrenciesAreCurrencies() {
        assertThat(Money.isCurrency("USD")).isTrue();
        assertThat(Money.isCurrency("JPY")).isTrue();
        assertThat(Money.isCurrency("KWD")).isTrue();
        assertThat(Money.isCurrency("EUR")).isTrue();
        assertThat(Money.isCurrency("VES")).isTrue();
        assertThat(Money.isCurrency("DEM")).as("withdrawn in 2002").isFalse();
        assertThat(Money.isCurrency("VEF")).as("replaced by VES").isFalse();
        assertThat(Money.isCurrency("XAU")).as("gold is no currency").isFalse();
        assertThat(Money.isCurrency("XXX")).isFalse();
        assertThat(Money.isCurrency("usd")).isFalse();
        assertThat(Money.isCurrency(null)).isFalse();
    }
}
