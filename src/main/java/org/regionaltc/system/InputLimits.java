package org.regionaltc.system;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The bounds of what people may type, checked once where input is bound ({@link InputBinding}) and by hand-written
 * checks that read text themselves. Dates far outside the programme's life are typing mistakes (0000-01-01,
 * +99999-01-01); amounts must fit the NUMERIC(19, 3) money columns, or the database answers with an unnamed conflict.
 * Imported data of other publishers is not bound this way and keeps its dates.
 */
public final class InputLimits {

    public static final LocalDate EARLIEST_DATE = LocalDate.of(1950, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);
    public static final String DATE_MESSAGE = "must be a date between " + EARLIEST_DATE + " and " + LATEST_DATE
        + " (YYYY-MM-DD)";
    /** 16 digits before the decimal point, as the money columns hold (NUMERIC(19, 3), USD in NUMERIC(18, 2)). */
    public static final BigDecimal LARGEST_AMOUNT = new BigDecimal("9999999999999999.99");
    public static final String AMOUNT_MESSAGE = "must be a number of at most 16 digits before the decimal point";
    public static final String NULL_CHARACTER_MESSAGE = "must not contain the null character (U+0000)";
    /**
     * The most items any list or map in a form or a JSON body may hold (countries, sectors, results, indicators,
     * years…): far above what a person enters (33 countries), and low enough that the checks and the answer stay
     * small; a project with 100,000 countries once took 68 s and answered 11.8 MB of errors.
     */
    public static final int MAX_ITEMS = 1000;

    private InputLimits() {
    }

    public static boolean isPlausible(LocalDate date) {
        return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }

    public static boolean fits(BigDecimal amount) {
        return amount.abs().compareTo(LARGEST_AMOUNT) <= 0;
    }

    public static boolean hasNullCharacter(String text) {
        return text.indexOf('\u0000') >= 0;
    }

    public static boolean tooMany(Object value) {
        return value instanceof java.util.Collection<?> items && items.size() > MAX_ITEMS
            || value instanceof java.util.Map<?, ?> entries && entries.size() > MAX_ITEMS;
    }

    /** Adds an error naming {@code field} when a date is given and out of range. */
    public static void checkDate(String field, @Nullable LocalDate date, List<InvalidInput.FieldError> errors) {
        if (date != null && !isPlausible(date)) {
            errors.add(new InvalidInput.FieldError(field, "input.date"));
        }
    }
}
