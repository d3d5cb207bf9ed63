package org.regionaltc.system;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * A current ISO 4217 currency code ({@link Money#isCurrency}), in any case and with spaces around it as people type
 * it; an empty value is left to {@code @NotBlank} where the currency is required.
 */
@Documented
@Constraint(validatedBy = IsoCurrency.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface IsoCurrency {

    String message() default "{error.currency.unknown}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<IsoCurrency, String> {
        @Override
        public boolean isValid(@Nullable String typed, ConstraintValidatorContext context) {
            if (typed == null || typed.isBlank() || Money.isCurrency(typed.strip().toUpperCase(Locale.ROOT))) {
                return true;
            }
            context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(new Object[] {typed});
            return false;
        }
    }
}
