package org.regionaltc.priority;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.regionaltc.reference.Grouping;
import org.regionaltc.reference.Groupings;
import org.regionaltc.reference.ThematicArea;
import org.regionaltc.reference.ThematicAreas;
import org.regionaltc.system.SignedInUser;
import org.springframework.stereotype.Component;

/** Compares two review cycles on what the reader may see of them. */
@Component
class Comparisons {

    private final ReviewCycles cycles;
    private final Priorities priorities;
    private final ThematicAreas themes;
    private final Groupings groupings;

    Comparisons(ReviewCycles cycles, Priorities priorities, ThematicAreas themes, Groupings groupings) {
        this.cycles = cycles;
        this.priorities = priorities;
        this.themes = themes;
        this.groupings = groupings;
    }

    public CycleComparison compare(long fromId, long toId) {
        ReviewCycle from = Visibility.requireVisible(cycles.get(fromId));
        ReviewCycle to = Visibility.requireVisible(cycles.get(toId));
        Map<String, String> parents = themes.findAll().stream()
            .collect(Collectors.toMap(ThematicArea::code, t -> t.parentCode() == null ? t.code() : t.parentCode()));
        List<Grouping> all = groupings.findAll();
        Function<String, List<String>> groupingsOf = country -> all.stream()
            .filter(g -> g.hasCurrentMember(country)).map(Grouping::code).toList();
        return CycleComparison.compare(from, visible(from), to, visible(to), code -> parents.getOrDefault(code, code),
            groupingsOf);
    }

    /** The priorities of a cycle the signed-in reader (or an anonymous visitor) may see. */
    /** The review cycles the signed-in user (or the public) may see, newest first. */
    public List<ReviewCycle> visibleCycles() {
        Optional<SignedInUser> user = SignedInUser.current();
        return cycles.findAll().stream().filter(c -> Visibility.canSee(user, c)).toList();
    }

    public List<Priority> visible(ReviewCycle cycle) {
        return visible(cycle, priorities.findByCycle(cycle.id()));
    }

    /** The same, from all the cycle's priorities already read. */
    public List<Priority> visible(ReviewCycle cycle, List<Priority> all) {
        Optional<SignedInUser> user = SignedInUser.current();
        return all.stream().filter(p -> Visibility.canSee(user, cycle, p)).toList();
    }
}
