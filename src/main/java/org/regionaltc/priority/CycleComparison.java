package org.regionaltc.priority;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.Pure;

/**
 * What changed between two review cycles: priorities added, dropped, re-ranked and re-worded, counted per country,
 * sub-region (grouping) and theme. A priority of the later cycle matches the one it was carried forward from, or
 * else one with the same level, scope and title.
 */
@Pure
public record CycleComparison(ReviewCycle from, ReviewCycle to, List<Change> changes, Map<String, Counts> byCountry,
        Map<String, Counts> byGrouping, Map<String, Counts> byTheme) {

    public enum Kind { ADDED, DROPPED, RERANKED, REWORDED }

    public record Change(Set<Kind> kinds, PriorityLevel level, @Nullable String countryCode,
            @Nullable String groupingCode, String theme, @Nullable String titleBefore, @Nullable String titleAfter,
            @Nullable Integer rankBefore, @Nullable Integer rankAfter) {

        public String scope() {
            return countryCode != null ? countryCode : groupingCode != null ? groupingCode : "GRULAC";
        }
    }

    public record Counts(int added, int dropped, int reranked, int reworded) {

        Counts plus(Set<Kind> kinds) {
            return new Counts(added + (kinds.contains(Kind.ADDED) ? 1 : 0), dropped + (kinds.contains(Kind.DROPPED) ? 1 : 0),
                reranked + (kinds.contains(Kind.RERANKED) ? 1 : 0), reworded + (kinds.contains(Kind.REWORDED) ? 1 : 0));
        }
    }

    /**
     * @param rootTheme maps a thematic area or sub-theme code to the area it is grouped under
     * @param groupingsOf the groupings a country belongs to
     */
    public static CycleComparison compare(ReviewCycle from, List<Priority> before, ReviewCycle to, List<Priority> after,
            Function<String, String> rootTheme, Function<String, List<String>> groupingsOf) {
        List<Priority> old = before.stream().filter(p -> p.status() == PriorityStatus.SUBMITTED).toList();
        List<Priority> now = after.stream().filter(p -> p.status() == PriorityStatus.SUBMITTED).toList();
        Map<Long, Priority> oldById = new HashMap<>();
        Map<String, Priority> oldByKey = new HashMap<>();
        old.forEach(p -> {
            oldById.put(p.id(), p);
            oldByKey.putIfAbsent(key(p), p);
        });
        Set<Long> matched = new HashSet<>();
        List<Change> changes = new ArrayList<>();
        for (Priority p : now) {
            Priority was = p.carriedFromId() != null && oldById.containsKey(p.carriedFromId())
                && !matched.contains(p.carriedFromId()) ? oldById.get(p.carriedFromId()) : oldByKey.get(key(p));
            if (was == null || matched.contains(was.id())) {
                changes.add(change(EnumSet.of(Kind.ADDED), p, null, p, rootTheme));
                continue;
            }
            matched.add(was.id());
            Set<Kind> kinds = EnumSet.noneOf(Kind.class);
            if (was.rank() != p.rank()) {
                kinds.add(Kind.RERANKED);
            }
            if (!normalized(was.title()).equals(normalized(p.title()))
                    || !normalized(was.rationale()).equals(normalized(p.rationale()))) {
                kinds.add(Kind.REWORDED);
            }
            if (!kinds.isEmpty()) {
                changes.add(change(kinds, p, was, p, rootTheme));
            }
        }
        old.stream().filter(p -> !matched.contains(p.id()))
            .forEach(p -> changes.add(change(EnumSet.of(Kind.DROPPED), p, p, null, rootTheme)));
        Map<String, Counts> byCountry = new TreeMap<>();
        Map<String, Counts> byGrouping = new TreeMap<>();
        Map<String, Counts> byTheme = new TreeMap<>();
        for (Change c : changes) {
            if (c.countryCode() != null) {
                byCountry.merge(c.countryCode(), new Counts(0, 0, 0, 0).plus(c.kinds()), (a, b) -> a.plus(c.kinds()));
                groupingsOf.apply(c.countryCode()).forEach(g -> byGrouping.merge(g, new Counts(0, 0, 0, 0).plus(c.kinds()),
                    (a, b) -> a.plus(c.kinds())));
            } else {
                byGrouping.merge(c.scope(), new Counts(0, 0, 0, 0).plus(c.kinds()), (a, b) -> a.plus(c.kinds()));
            }
            byTheme.merge(c.theme(), new Counts(0, 0, 0, 0).plus(c.kinds()), (a, b) -> a.plus(c.kinds()));
        }
        return new CycleComparison(from, to, List.copyOf(changes), byCountry, byGrouping, byTheme);
    }

    public long count(Kind kind) {
        return changes.stream().filter(c -> c.kinds().contains(kind)).count();
    }

    private static Change change(Set<Kind> kinds, Priority p, @Nullable Priority was, @Nullable Priority is,
            Function<String, String> rootTheme) {
        return new Change(kinds, p.level(), p.countryCode(), p.groupingCode(), rootTheme.apply(p.thematicAreaCode()),
            was == null ? null : was.title(), is == null ? null : is.title(), was == null ? null : was.rank(),
            is == null ? null : is.rank());
    }

    private static String key(Priority p) {
        return p.level() + "|" + p.scope() + "|" + normalized(p.title());
    }

    private static String normalized(@Nullable String text) {
        return Objects.requireNonNullElse(text, "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
