package org.regionaltc.system;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;

/** Words the {@link InvalidInput} errors in a reader's language, and puts them next to the fields of a form. */
public final class InputErrors {

    /** A field at fault and the words shown for it, once its code is worded in the reader's language. */
    public record Shown(String field, String message) {
    }

    private InputErrors() {
    }

    /**
     * The one way a controller shows a refused rule on its form: each error next to its field, worded in the page's
     * language like the form's own binding errors. The error is added as it is rather than with
     * {@code rejectValue}, which reads the field from the form and fails for a name the form does not have.
     */
    public static void rejectInto(InvalidInput refused, BindingResult binding) {
        for (InvalidInput.FieldError e : refused.errors()) {
            @Nullable Object typed = typedValue(binding, e.field());
            String[] codes;
            try {
                codes = binding.resolveMessageCodes(e.code(), e.field());
            } catch (RuntimeException notAFieldOfTheForm) {
                codes = new String[] {e.code()};
            }
            binding.addError(new org.springframework.validation.FieldError(binding.getObjectName(), e.field(), typed,
                false, codes, resolvable(e).getArguments(), e.code()));
        }
    }

    /** A conflict named by a field, next to that field; any other next to the form's first field in error. */
    public static void rejectInto(Conflict conflict, BindingResult binding) {
        InvalidInput.FieldError reason = conflict.reason();
        if (reason != null && !reason.field().isEmpty()) {
            rejectInto(new InvalidInput(List.of(reason)), binding);
        } else if (reason != null) {
            binding.reject(reason.code(), resolvable(reason).getArguments(), reason.code());
        } else {
            binding.reject("conflict", conflict.getMessage());
        }
    }

    /** What a conflict says, in the given language when it carries a code. */
    public static String describe(Conflict conflict, MessageSource messages, Locale locale) {
        return conflict.reason() == null ? String.valueOf(conflict.getMessage())
            : describe(new InvalidInput(List.of(conflict.reason())), messages, locale);
    }

    /** What a refused change says, whichever kind of refusal it is. */
    public static String describe(RuntimeException refused, MessageSource messages, Locale locale) {
        return refused instanceof InvalidInput invalid ? describe(invalid, messages, locale)
            : refused instanceof Conflict conflict ? describe(conflict, messages, locale)
            : String.valueOf(refused.getMessage());
    }

    /** The error as Spring resolves it; a code missing from the bundles shows as itself (MessageBundleTests catch it). */
    public static MessageSourceResolvable resolvable(InvalidInput.FieldError error) {
        Object[] arguments = error.arguments().stream()
            .map(InputErrors::argument)
            .toArray();
        return new DefaultMessageSourceResolvable(new String[] {error.code()}, arguments, error.code());
    }

    private static Object argument(Object argument) {
        if (argument instanceof InvalidInput.FieldError words) {
            return resolvable(words);
        }
        if (argument instanceof Money.Amount amount) {
            return new DefaultMessageSourceResolvable(new String[] {"money.decimals" + Money.decimals(amount.currency())},
                new Object[] {amount.value()}, amount.value().toPlainString());
        }
        return argument;
    }

    public static String message(InvalidInput.FieldError error, MessageSource messages, Locale locale) {
        return messages.getMessage(resolvable(error), locale);
    }

    public static List<Shown> shown(List<InvalidInput.FieldError> errors, MessageSource messages, Locale locale) {
        return errors.stream().map(e -> new Shown(e.field(), message(e, messages, locale))).toList();
    }

    /** Every error as {@code field: message}, one after the other, as a notice or the command line shows them. */
    public static String describe(InvalidInput refused, MessageSource messages, Locale locale) {
        return shown(refused.errors(), messages, locale).stream()
            .map(s -> s.field().isEmpty() ? s.message() : s.field() + ": " + s.message())
            .collect(Collectors.joining("; "));
    }

    private static @Nullable Object typedValue(BindingResult binding, String field) {
        if (binding.getTarget() == null) {
            return null;
        }
        try {
            return binding.getRawFieldValue(field);
        } catch (RuntimeException notAFieldOfTheForm) {
            return null;
        }
    }
}
