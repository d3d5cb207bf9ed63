package org.regionaltc.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.regionaltc.funding.LedgerDraft;

/** The currency and money constraints, and the codes and arguments a violated constraint becomes. */
class DraftConstraintsTests {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final DraftConstraints CONSTRAINTS = new DraftConstraints(FACTORY.getValidator());

    @MoneyAmount
    record Amount(@IsoCurrency @Nullable String currency, @Nullable BigDecimal amount) {
    }

    @MoneyAmount(amount = "budget", zeroAllowed = true)
    record Budget(@Nullable String currency, @Nullable BigDecimal budget) {
    }

    @MoneyAmount(amount = "grant", in = "USD")
    record Grant(@Nullable BigDecimal grant, @NotBlank(message = "{error.required}") @Nullable String name,
            @Size(max = 5, message = "{error.tooLong}") @Nullable String note) {
    }

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void aCurrentIsoCodeAsTypedIsACurrencyAndAnythingElseIsNamed() {
        assertThat(CONSTRAINTS.check(new Amount(" usd ", new BigDecimal("1")))).isEmpty();
        assertThat(CONSTRAINTS.check(new Amount("JPY", new BigDecimal("1")))).isEmpty();
        assertThat(CONSTRAINTS.check(new Amount("XYZ", new BigDecimal("1"))))
            .containsExactly(new InvalidInput.FieldError("currency", "error.currency.unknown", "XYZ"));
        assertThat(CONSTRAINTS.check(new Amount("DEM", new BigDecimal("1")))).as("withdrawn in 2002")
            .extracting(InvalidInput.FieldError::code).containsExactly("error.currency.unknown");
        assertThat(CONSTRAINTS.check(new Amount(null, new BigDecimal("1")))).as("required is another constraint")
            .isEmpty();
    }

    @Test
    void anAmountHasNoMoreDecimalsThanItsCurrency() {
        assertThat(CONSTRAINTS.check(new Amount("JPY", new BigDecimal("1000.5"))))
            .containsExactly(new InvalidInput.FieldError("amount", "error.amount.wholeNumber", "JPY"));
        assertThat(CONSTRAINTS.check(new Amount("JPY", new BigDecimal("1000.000")))).isEmpty();
        assertThat(CONSTRAINTS.check(new Amount("usd", new BigDecimal("10.005"))))
            .containsExactly(new InvalidInput.FieldError("amount", "error.amount.decimals", "USD", 2));
        assertThat(CONSTRAINTS.check(new Amount("KWD", new BigDecimal("10.005")))).isEmpty();
        assertThat(CONSTRAINTS.check(new Amount("KWD", new BigDecimal("10.0005"))))
            .containsExactly(new InvalidInput.FieldError("amount", "error.amount.decimals", "KWD", 3));
    }

    @Test
    void anAmountIsMoreThanZeroAndFitsTheMoneyColumns() {
        assertThat(CONSTRAINTS.check(new Amount("USD", BigDecimal.ZERO)))
            .containsExactly(new InvalidInput.FieldError("amount", "error.amount.notPositive", "0"));
        assertThat(CONSTRAINTS.check(new Amount("USD", new BigDecimal("-5"))))
            .extracting(InvalidInput.FieldError::code).containsExactly("error.amount.notPositive");
        assertThat(CONSTRAINTS.check(new Amount("USD", new BigDecimal("99999999999999999"))))
            .containsExactly(new InvalidInput.FieldError("amount", "input.amount"));
        assertThat(CONSTRAINTS.check(new Amount("USD", null))).as("required is another constraint").isEmpty();
    }

    @Test
    void aBudgetMayBeZeroButNotNegative() {
        assertThat(CONSTRAINTS.check(new Budget("USD", BigDecimal.ZERO))).isEmpty();
        assertThat(CONSTRAINTS.check(new Budget("USD", new BigDecimal("-1"))))
            .containsExactly(new InvalidInput.FieldError("budget", "error.amount.negative", "-1"));
    }

    @Test
    void aFixedCurrencyAppliesItsMinorUnitAndStandardConstraintsPassTheirLimit() {
        assertThat(CONSTRAINTS.check(new Grant(new BigDecimal("1.001"), "x", null)))
            .containsExactly(new InvalidInput.FieldError("grant", "error.amount.decimals", "USD", 2));
        assertThat(CONSTRAINTS.check(new Grant(null, " ", "too long")))
            .containsExactly(new InvalidInput.FieldError("name", "error.required"),
                new InvalidInput.FieldError("note", "error.tooLong", 5));
    }

    @Test
    void aLedgerDraftIsCheckedByItsConstraints() {
        LedgerDraft draft = new LedgerDraft("PLEDGE", "GEF", null, null, LocalDate.of(2026, 1, 15), "jpy",
            new BigDecimal("10.5"), "x".repeat(201), null);
        assertThat(CONSTRAINTS.check(draft)).containsExactly(
            new InvalidInput.FieldError("amount", "error.amount.wholeNumber", "JPY"),
            new InvalidInput.FieldError("reference", "error.tooLong", 200));
        assertThat(CONSTRAINTS.check(new LedgerDraft("PLEDGE", null, null, null, null, null, null, null, null)))
            .extracting(InvalidInput.FieldError::field).containsExactly("amount", "bodyCode", "currency", "date");
    }
}
