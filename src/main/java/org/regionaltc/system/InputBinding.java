package org.regionaltc.system;

import java.beans.PropertyEditorSupport;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Applies {@link InputLimits} to every text, date and amount as it is bound, from forms, query parameters and JSON
 * alike, so that no feature can forget them: a value out of bounds is a 400 or a field error naming the field (on
 * forms with the {@code input.*} messages in the user's language, in JSON by its property path) rather than a
 * database failure.
 */
@ControllerAdvice
class InputBinding {

    @InitBinder
    void limits(WebDataBinder binder) {
        if (binder.getTarget() == null && binder.getTargetType() == null) {
            // One value (a request parameter or path variable): refused while converting, a 400 naming it.
            binder.registerCustomEditor(String.class, new TextEditor());
            binder.registerCustomEditor(LocalDate.class, new DateEditor());
            binder.registerCustomEditor(BigDecimal.class, new AmountEditor());
        } else {
            // A form: a failed conversion would leave no form object to show again, so the values are bound as
            // usual and refused by validation, as field errors next to the fields.
            binder.addValidators(new Limits());
        }
    }

    /** Checks each component of a form record (forms here are records) against {@link InputLimits}. */
    private static final class Limits implements Validator {
        @Override
        public boolean supports(Class<?> type) {
            return true;
        }

        @Override
        public void validate(Object target, Errors errors) {
            if (!target.getClass().isRecord()) {
                return;
            }
            for (RecordComponent component : target.getClass().getRecordComponents()) {
                Object value;
                try {
                    Method accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    value = accessor.invoke(target);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    continue;
                }
                check(component.getName(), value, errors);
            }
        }

        private static void check(String field, @Nullable Object value, Errors errors) {
            if (value != null && InputLimits.tooMany(value)) {
                errors.rejectValue(field, "limits.items", new Object[] {InputLimits.MAX_ITEMS}, "too many items");
            } else if (value instanceof String text && InputLimits.hasNullCharacter(text)
                    || value instanceof Collection<?> items && items.stream()
                        .anyMatch(i -> i instanceof String text && InputLimits.hasNullCharacter(text))) {
                errors.rejectValue(field, "input.text", InputLimits.NULL_CHARACTER_MESSAGE);
            } else if (value instanceof LocalDate date && !InputLimits.isPlausible(date)) {
                errors.rejectValue(field, "input.date", InputLimits.DATE_MESSAGE);
            } else if (value instanceof BigDecimal amount && !InputLimits.fits(amount)) {
                errors.rejectValue(field, "input.amount", InputLimits.AMOUNT_MESSAGE);
            }
        }
    }

    private static final class TextEditor extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            if (InputLimits.hasNullCharacter(text)) {
                throw new IllegalArgumentException(InputLimits.NULL_CHARACTER_MESSAGE);
            }
            setValue(text);
        }
    }

    /** ISO dates, as the date inputs send them; an empty field is no date. */
    private static final class DateEditor extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            if (!StringUtils.hasText(text)) {
                setValue(null);
                return;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(InputLimits.DATE_MESSAGE, e);
            }
            if (!InputLimits.isPlausible(date)) {
                throw new IllegalArgumentException(InputLimits.DATE_MESSAGE);
            }
            setValue(date);
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }
    }

    private static final class AmountEditor extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            if (!StringUtils.hasText(text)) {
                setValue(null);
                return;
            }
            BigDecimal amount;
            try {
                amount = new BigDecimal(text.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("is not a number", e);
            }
            if (!InputLimits.fits(amount)) {
                throw new IllegalArgumentException(InputLimits.AMOUNT_MESSAGE);
            }
            setValue(amount);
        }

        @Override
        public String getAsText() {
            return getValue() instanceof BigDecimal amount ? amount.toPlainString() : "";
        }
    }

    /**
     * Bounds every list and map of a JSON body, at any depth ({@code results[2].indicators}), as soon as it is read:
     * before Bean Validation and the feature's checks, whose cost and answer grow with the number of items.
     */
    @ControllerAdvice
    static class Collections extends org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter {

        @Override
        public boolean supports(org.springframework.core.MethodParameter parameter, java.lang.reflect.Type type,
                Class<? extends org.springframework.http.converter.HttpMessageConverter<?>> converter) {
            return true;
        }

        @Override
        public Object afterBodyRead(Object body, org.springframework.http.HttpInputMessage message,
                org.springframework.core.MethodParameter parameter, java.lang.reflect.Type type,
                Class<? extends org.springframework.http.converter.HttpMessageConverter<?>> converter) {
            java.util.List<InvalidInput.FieldError> errors = new java.util.ArrayList<>();
            walk(body, "", errors, 0);
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
            return body;
        }

        private static void walk(@Nullable Object value, String path, java.util.List<InvalidInput.FieldError> errors,
                int depth) {
            if (value == null || depth > 16 || errors.size() >= 10) {
                return;
            }
            if (InputLimits.tooMany(value)) {
                errors.add(new InvalidInput.FieldError(path.isEmpty() ? "body" : path, "limits.items",
                    InputLimits.MAX_ITEMS));
            } else if (value instanceof java.util.List<?> items) {
                for (int i = 0; i < items.size(); i++) {
                    walk(items.get(i), path + "[" + i + "]", errors, depth + 1);
                }
            } else if (value instanceof Collection<?> items) {
                items.forEach(item -> walk(item, path + "[]", errors, depth + 1));
            } else if (value instanceof java.util.Map<?, ?> entries) {
                entries.forEach((key, item) -> walk(item, (path.isEmpty() ? "" : path + ".") + key, errors,
                    depth + 1));
            } else if (value.getClass().isRecord()) {
                for (RecordComponent component : value.getClass().getRecordComponents()) {
                    Object item;
                    try {
                        Method accessor = component.getAccessor();
                        accessor.setAccessible(true);
                        item = accessor.invoke(value);
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        continue;
                    }
                    walk(item, (path.isEmpty() ? "" : path + ".") + component.getName(), errors, depth + 1);
                }
            }
        }
    }

    @Configuration
    static class Json {

        @Bean
        JacksonModule inputLimits() {
            return new SimpleModule("input-limits")
                .addDeserializer(String.class, new Texts())
                .addDeserializer(LocalDate.class, new Dates())
                .addDeserializer(BigDecimal.class, new Amounts());
        }
    }

    private static final class Texts extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = super.deserialize(p, ctxt);
            if (text != null && InputLimits.hasNullCharacter(text)) {
                throw InvalidFormatException.from(p, InputLimits.NULL_CHARACTER_MESSAGE, text, String.class);
            }
            return text;
        }
    }

    private static final class Dates extends ValueDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = p.getString();
            LocalDate date;
            try {
                date = LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
            } catch (tools.jackson.core.JacksonException e) {
                throw InvalidFormatException.from(p, InputLimits.DATE_MESSAGE, text, LocalDate.class);
            }
            if (date != null && !InputLimits.isPlausible(date)) {
                throw InvalidFormatException.from(p, InputLimits.DATE_MESSAGE, text, LocalDate.class);
            }
            return date;
        }
    }

    private static final class Amounts extends NumberDeserializers.BigDecimalDeserializer {
        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
            BigDecimal amount = super.deserialize(p, ctxt);
            if (amount != null && !InputLimits.fits(amount)) {
                throw InvalidFormatException.from(p, InputLimits.AMOUNT_MESSAGE, amount, BigDecimal.class);
            }
            return amount;
        }
    }
}
