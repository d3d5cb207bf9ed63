package org.regionaltc.iati;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The standard's rules on one activity, fed as the streaming pass meets its elements and judged at its end:
 * percentages of recipient countries and regions sum to 100, sector percentages per vocabulary sum to 100, start
 * before end, an identifier prefixed by the reporting organisation's ref (or a previous one, other-identifier B1).
 */
final class ActivityChecks {

    /** {@code key} and {@code args} word the message in the page's language ({@code iati.finding.<key>}). */
    record Problem(int line, int column, String code, String message, String key, List<Object> args) {
    }

    private static final BigDecimal HUNDRED = new BigDecimal(100);
    /** IATI rulesets accept sums that differ from 100 by rounding only. */
    private static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    private final List<Problem> problems = new ArrayList<>();
    private @Nullable String identifier;
    private @Nullable String reportingRef;
    private final List<String> previousRefs = new ArrayList<>();
    private final Share places = new Share();
    private final Map<String, Share> sectors = new LinkedHashMap<>();
    private final Map<String, String> dates = new LinkedHashMap<>();
    private int line = 1;
    private int column = 1;

    /** Where the activity starts: its findings without a position of their own point there. */
    void at(int line, int column) {
        this.line = line;
        this.column = column;
    }

    void identifier(String identifier) {
        this.identifier = identifier;
    }

    void reportingOrg(@Nullable String ref) {
        reportingRef = ref;
    }

    void previousReportingOrg(String ref) {
        previousRefs.add(ref);
    }

    void place(@Nullable String percentage, int atLine, int atColumn) {
        places.add(percentage, atLine, atColumn);
    }

    void sector(@Nullable String vocabulary, @Nullable String percentage, int atLine, int atColumn) {
        sectors.computeIfAbsent(vocabulary == null ? "1" : vocabulary, v -> new Share())
            .add(percentage, atLine, atColumn);
    }

    void date(@Nullable String type, @Nullable String isoDate) {
        if (type != null && isoDate != null && isoDate.length() >= 10) {
            dates.putIfAbsent(type, isoDate.substring(0, 10));
        }
    }

    void period(@Nullable String start, @Nullable String end, String element, int atLine, int atColumn) {
        if (start != null && end != null && start.length() >= 10 && end.length() >= 10
                && start.substring(0, 10).compareTo(end.substring(0, 10)) > 0) {
            problems.add(new Problem(atLine, atColumn, "period-end-before-start",
                element + " period-end " + end + " is before its period-start " + start, "period-end-before-start",
                List.of(element, end, start)));
        }
    }

    @Nullable String identifier() {
        return identifier;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    List<Problem> judge() {
        places.judge("recipient-percentages", "the percentages of recipient countries and regions", "", problems);
        sectors.forEach((vocabulary, share) -> share.judge("sector-percentages",
            "the percentages of sectors of vocabulary " + vocabulary, vocabulary, problems));
        order("1", "3", "planned start", "planned end");
        order("2", "4", "actual start", "actual end");
        if (identifier != null && reportingRef != null && !identifier.startsWith(reportingRef)
                && previousRefs.stream().noneMatch(identifier::startsWith)) {
            problems.add(new Problem(line, column, "identifier-prefix", "the identifier " + identifier
                + " does not start with the reporting organisation's ref " + reportingRef, "identifier-prefix",
                List.of(identifier, reportingRef)));
        }
        return problems;
    }

    private void order(String startType, String endType, String startName, String endName) {
        String start = dates.get(startType);
        String end = dates.get(endType);
        if (start != null && end != null && start.compareTo(end) > 0) {
            problems.add(new Problem(line, column, "end-before-start",
                "the " + endName + " date " + end + " is before the " + startName + " date " + start,
                "end-before-start." + (startType.equals("1") ? "planned" : "actual"), List.of(end, start)));
        }
    }

    /** Percentages that must sum to 100 when there are several shares or any share states one. */
    private static final class Share {
        private BigDecimal sum = BigDecimal.ZERO;
        private int count;
        private int withPercentage;
        private int line;
        private int column;

        void add(@Nullable String percentage, int atLine, int atColumn) {
            if (count++ == 0) {
                line = atLine;
                column = atColumn;
            }
            if (percentage != null && !percentage.isBlank()) {
                try {
                    sum = sum.add(new BigDecimal(percentage.trim()));
                    withPercentage++;
                } catch (NumberFormatException e) {
                    // the schema reports a percentage that is not a decimal
                }
            }
        }

        void judge(String code, String what, String vocabulary, List<Problem> problems) {
            if (count == 0 || (count == 1 && withPercentage == 0)) {
                return;
            }
            if (withPercentage < count) {
                problems.add(new Problem(line, column, code, what + " must each be given when there are "
                    + count + " of them", code + ".missing", List.of(count, vocabulary)));
            } else if (sum.subtract(HUNDRED).abs().compareTo(TOLERANCE) > 0) {
                problems.add(new Problem(line, column, code, what + " sum to " + sum.stripTrailingZeros()
                    .toPlainString() + ", not 100", code + ".sum", List.of(sum.stripTrailingZeros().toPlainString(),
                        vocabulary)));
            }
        }
    }
}
