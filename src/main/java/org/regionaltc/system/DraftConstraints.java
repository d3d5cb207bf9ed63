package org.regionaltc.system;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.springframework.stereotype.Component;

/**
 * Checks a draft (a ledger entry, a window, a rule, a proposal…) against the Bean Validation constraints written on
 * it, as errors with message codes: the same check whether the draft comes from a form, the API, an import or the
 * command line, before the feature's own checks that need the database.
 *
 * <p>A constraint's message is a code in braces, {@code {error.tooLong}}; its arguments are what the constraint's
 * validator passed ({@link IsoCurrency}, {@link MoneyAmount}), or else its {@code max} or {@code value}.
 */
@Component
public class DraftConstraints {

    private final Validator validator;

    DraftConstraints(Validator validator) {
        this.validator = validator;
    }

    public List<InvalidInput.FieldError> check(Object draft) {
        return validator.validate(draft).stream()
            .map(DraftConstraints::toError)
            .sorted(Comparator.comparing(InvalidInput.FieldError::field))
            .toList();
    }

    /** A violation as an error with a code: a constraint's own code, or ours for a standard one left unworded. */
    public static InvalidInput.FieldError toError(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        String code = template.startsWith("{") && template.endsWith("}")
            ? template.substring(1, template.length() - 1) : template;
        if (code.startsWith("jakarta.validation.constraints.")) {
            code = STANDARD.getOrDefault(code.substring("jakarta.validation.constraints.".length())
                .replace(".message", ""), "error.invalid");
        }
        return new InvalidInput.FieldError(violation.getPropertyPath().toString(), code, arguments(violation));
    }

    private static final Map<String, String> STANDARD = Map.of("NotNull", "error.required", "NotBlank",
        "error.required", "NotEmpty", "error.required", "Size", "error.tooLong", "Min", "error.min", "Max",
        "error.max", "PositiveOrZero", "error.notNegative", "Positive", "error.positive");

    private static Object[] arguments(ConstraintViolation<?> violation) {
        Object[] passed = (Object[]) violation.unwrap(HibernateConstraintViolation.class).getDynamicPayload(Object[].class);
        if (passed != null) {
            return passed;
        }
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        for (String attribute : List.of("max", "value")) {
            if (attributes.containsKey(attribute)) {
                return new Object[] {attributes.get(attribute)};
            }
        }
        return new Object[0];
    }
}
