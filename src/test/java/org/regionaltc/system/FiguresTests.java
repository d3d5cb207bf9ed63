package org.regionaltc.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FiguresTests {

    private static final Locale ES = Locale.forLanguageTag("es");
    private static final Locale PT = Locale.forLanguageTag("pt");

    @Test
    void writesMoneyWithItsCurrencysOwnDecimalsAndCode() {
        assertThat(Figures.money(new BigDecimal("1200000"), "USD", Locale.ENGLISH)).isEqualTo("USD 1,200,000.00");
        assertThat(Figures.money(new BigDecimal("1200000.4"), "JPY", Locale.ENGLISH)).isEqualTo("JPY 1,200,000");
        assertThat(Figures.money(new BigDecimal("1.5"), "KWD", Locale.ENGLISH)).isEqualTo("KWD 1.500");
    }

    @Test
    void writesNumbersInTheReadersLocale() {
        assertThat(Figures.money(new BigDecimal("1200000"), "USD", ES)).isEqualTo("USD 1.200.000,00");
        assertThat(Figures.money(new BigDecimal("1200000"), "EUR", PT)).isEqualTo("EUR 1.200.000,00");
        assertThat(Figures.fixed(new BigDecimal("0.8"), 2, ES)).isEqualTo("0,80");
    }

    @Test
    void writesValuesAsEnteredWithoutTrailingZeros() {
        assertThat(Figures.number(new BigDecimal("40.0000"), Locale.ENGLISH)).isEqualTo("40");
        assertThat(Figures.number(new BigDecimal("12.5000"), ES)).isEqualTo("12,5");
        assertThat(Figures.number(new BigDecimal("1.2E+6"), Locale.ENGLISH)).isEqualTo("1,200,000");
        assertThat(Figures.percent(new BigDecimal("60.00"), Locale.ENGLISH)).isEqualTo("60%");
        assertThat(Figures.fixed(new BigDecimal("71.6"), 0, Locale.ENGLISH)).isEqualTo("72");
    }

    @Test
    void writesADashForNoValueAndTwoDecimalsForAnUnknownCurrency() {
        assertThat(Figures.number(null, Locale.ENGLISH)).isEqualTo("—");
        assertThat(Figures.money(null, "USD", Locale.ENGLISH)).isEqualTo("—");
        assertThat(Figures.money(BigDecimal.TEN, "XYZ", Locale.ENGLISH)).isEqualTo("XYZ 10.00");
    }
}
