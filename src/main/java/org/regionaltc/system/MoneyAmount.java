package org.regionaltc.system;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * An amount of money of a record, checked against the currency of the same record by the one amount rule,
 * {@link Money#check}: more than zero (or not below it), at most 16 digits before the point, no more decimals than
 * the currency's minor unit. An absent amount is left to {@code @NotNull} where the amount is required.
 */
@Documented
@Constraint(validatedBy = MoneyAmount.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(MoneyAmount.List.class)
public @interface MoneyAmount {

    /** The record component holding the amount. */
    String amount() default "amount";

    /** The record component holding its currency code. */
    String currency() default "currency";

    /** The currency of every amount of the record, when it has no currency component (grants in USD). */
    String in() default "";

    /** Whether zero is an amount (a budget not yet known) rather than a mistake. */
    boolean zeroAllowed() default false;

    String message() default "{error.amount.notPositive}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {
        MoneyAmount[] value();
    }

    final class Check implements ConstraintValidator<MoneyAmount, Record> {

        private String amountComponent = "amount";
        private String currencyComponent = "currency";
        private boolean zeroAllowed;
        private String fixedCurrency = "";

        @Override
        public void initialize(MoneyAmount annotation) {
            amountComponent = annotation.amount();
            currencyComponent = annotation.currency();
            zeroAllowed = annotation.zeroAllowed();
            fixedCurrency = annotation.in();
        }

        @Override
        public boolean isValid(@Nullable Record draft, ConstraintValidatorContext context) {
            if (draft == null || !(component(draft, amountComponent) instanceof BigDecimal amount)) {
                return true;
            }
            String currency = !fixedCurrency.isEmpty() ? fixedCurrency
                : component(draft, currencyComponent) instanceof String typed ? typed.strip().toUpperCase(Locale.ROOT)
                : null;
            Optional<InvalidInput.FieldError> broken = Money.check(amountComponent, currency, amount, zeroAllowed);
            if (broken.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.unwrap(HibernateConstraintValidatorContext.class)
                .withDynamicPayload(broken.get().arguments().toArray())
                .buildConstraintViolationWithTemplate("{" + broken.get().code() + "}")
                .addPropertyNode(amountComponent)
                .addConstraintViolation();
            return false;
        }

        private static @Nullable Object component(Record draft, String name) {
            for (RecordComponent component : draft.getClass().getRecordComponents()) {
                if (component.getName().equals(name)) {
                    try {
                        Method accessor = component.getAccessor();
                        accessor.setAccessible(true);
                        return accessor.invoke(draft);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("cannot read " + name + " of " + draft.getClass(), e);
                    }
                }
            }
            throw new IllegalStateException(draft.getClass() + " has no component " + name);
        }
    }
}
