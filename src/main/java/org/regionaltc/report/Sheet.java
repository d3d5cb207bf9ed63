package org.regionaltc.report;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A table to export: its columns and a source of rows read once, as they are written. A value is a
 * {@link java.math.BigDecimal} or other {@link Number}, a {@link java.time.LocalDate}, an
 * {@link java.time.OffsetDateTime}, text, or null for an empty cell.
 */
record Sheet(String name, List<String> columns, Rows rows) {

    /** Hands each row to the writer; called once, while the file is being written. */
    @FunctionalInterface
    interface Rows {
        void each(Consumer<List<@Nullable Object>> row);
    }

    Sheet named(String other) {
        return new Sheet(other, columns, rows);
    }

    static <T> Sheet of(String name, List<String> columns, List<T> items, java.util.function.Function<T, List<@Nullable Object>> row) {
        return new Sheet(name, columns, sink -> items.forEach(item -> sink.accept(row.apply(item))));
    }

    static <T> Sheet of(String name, List<String> columns, Stream<T> items, java.util.function.Function<T, List<@Nullable Object>> row) {
        return new Sheet(name, columns, sink -> items.forEach(item -> sink.accept(row.apply(item))));
    }
}
