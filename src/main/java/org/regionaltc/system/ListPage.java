package org.regionaltc.system;

/**
 * One page of a list page (HTML): which slice of {@code total} rows to show, and what the pager says. A page
 * number that is not a whole number shows the first page and one past the end shows the last, as a reader who
 * edits the address expects, rather than an error.
 */
public record ListPage(int number, int size, long total) {

    /** Rows per page of a list page: enough to scan, small enough to render at once (12,000 projects made 4 MB). */
    public static final int SIZE = 100;

    public static ListPage of(@org.jspecify.annotations.Nullable String requested, long total) {
        int last = (int) Math.max(1, (total + SIZE - 1) / SIZE);
        int number;
        try {
            number = requested == null ? 1 : Integer.parseInt(requested.strip());
        } catch (NumberFormatException e) {
            number = 1;
        }
        return new ListPage(Math.max(1, Math.min(number, last)), SIZE, total);
    }

    public long offset() {
        return (long) (number - 1) * size;
    }

    /** The first row shown, counted from 1 (0 when there is none). */
    public long first() {
        return total == 0 ? 0 : offset() + 1;
    }

    public long lastShown() {
        return Math.min(offset() + size, total);
    }

    public int last() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < last();
    }
}
