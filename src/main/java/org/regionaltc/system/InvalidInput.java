package org.regionaltc.system;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that breaks a rule, naming each field at fault; answered with 400. Each error is a message code and its
 * arguments, worded where it is shown ({@link InputErrors}): in the page's language, in the language of an API
 * call's {@code Accept-Language}, in English on the command line. Plain Java, so that pure rules can raise it.
 */
public class InvalidInput extends RuntimeException {

    /**
     * A field at fault and why, as a code of the message bundles with its arguments. An argument that is itself a
     * {@code FieldError} (made by {@link #words}) is worded in the same language: an enum's label, another error.
     */
    public record FieldError(String field, String code, List<Object> arguments) {

        public FieldError(String field, String code, Object... arguments) {
            this(field, code, List.of(arguments));
        }

        public FieldError {
            arguments = List.copyOf(arguments);
        }

        /** Words to put inside another message, in its language: {@code words("enum.EntryType.PLEDGE")}. */
        public static FieldError words(String code, Object... arguments) {
            return new FieldError("", code, arguments);
        }

        /** Words of several codes, one after the other ("Open, Closed"), in the reader's language. */
        public static FieldError list(List<FieldError> items) {
            return items.isEmpty() ? words("list.none") : items.size() == 1 ? items.getFirst()
                : words("list.join", items.getFirst(), list(items.subList(1, items.size())));
        }

        /** The labels of enum values, e.g. {@code labels("Stage", stages)} for "Identified, Rejected". */
        public static FieldError labels(String type, java.util.Collection<? extends Enum<?>> values) {
            return list(values.stream().map(v -> words("enum." + type + "." + v.name())).toList());
        }

        @Override
        public String toString() {
            return field + ": " + code + (arguments.isEmpty() ? "" : " " + arguments);
        }
    }

    private final List<FieldError> errors;

    public InvalidInput(String field, String code, Object... arguments) {
        this(List.of(new FieldError(field, code, arguments)));
    }

    public InvalidInput(List<FieldError> errors) {
        super(errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
