package org.regionaltc.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionaltc.reference.Grouping;
import org.regionaltc.reference.Groupings;
import org.regionaltc.reference.ThematicAreas;
import org.regionaltc.system.Role;
import org.regionaltc.system.SignedInUser;
import org.springframework.stereotype.Component;

/** What every source adds to its documents: the sub-regions of their countries, the parents of their themes. */
@Component
class SearchFacts {

    /**
     * Reference data changes rarely; a rebuild of 100,000 documents should not read it 100,000 times. The index reads
     * it afresh for each batch of changes it applies ({@link #forget}), so that nodes index alike.
     */
    private static final long KEPT_MILLIS = 60_000;

    private final Groupings groupings;
    private final ThematicAreas themes;
    private volatile Reference reference = new Reference(List.of(), Map.of(), 0);

    private record Reference(List<Grouping> groupings, Map<String, @Nullable String> parents, long readAt) {
    }

    SearchFacts(Groupings groupings, ThematicAreas themes) {
        this.groupings = groupings;
        this.themes = themes;
    }

    void forget() {
        reference = new Reference(List.of(), Map.of(), 0);
    }

    private Reference reference() {
        Reference current = reference;
        if (System.currentTimeMillis() - current.readAt() > KEPT_MILLIS) {
            Map<String, @Nullable String> parents = new java.util.HashMap<>();
            themes.findAll().forEach(t -> parents.put(t.code(), t.parentCode()));
            current = new Reference(groupings.findAll(), parents, System.currentTimeMillis());
            reference = current;
        }
        return current;
    }

    List<String> subRegions(Collection<String> countries) {
        Set<String> regions = new LinkedHashSet<>();
        for (Grouping grouping : reference().groupings()) {
            if (countries.stream().anyMatch(grouping::hasCurrentMember)) {
                regions.add(grouping.subRegion());
            }
        }
        return List.copyOf(regions);
    }

    List<String> membersOf(@Nullable String grouping) {
        return grouping == null ? List.of() : groupings.findByCode(grouping)
            .map(g -> g.members().stream().map(Grouping.Member::countryCode).toList()).orElse(List.of());
    }

    /** The themes with their parent areas, so that a filter on an area finds its sub-themes. */
    List<String> themeTree(Collection<String> codes) {
        Set<String> tree = new LinkedHashSet<>(codes);
        Map<String, @Nullable String> parents = reference().parents();
        for (String code : codes) {
            String parent = parents.get(code);
            if (parent != null) {
                tree.add(parent);
            }
        }
        return List.copyOf(tree);
    }

    /** A focal point with no country, or of one, as the visibility rules of other features take a user. */
    static SignedInUser focalPoint(@Nullable String country) {
        return new SignedInUser(0, "search-index", "search index", "", Role.FOCAL_POINT,
            country == null ? Set.of() : Set.of(country), null, true);
    }

    /** Texts by language: the given language if it is one of the four, else every language. */
    static Map<String, String> inLanguage(@Nullable String language, @Nullable String text) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return texts;
        }
        if (language != null && Analyzers.LANGUAGES.contains(language)) {
            texts.put(language, text);
        } else {
            Analyzers.LANGUAGES.forEach(l -> texts.put(l, text));
        }
        return texts;
    }

    static String join(@Nullable String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                present.add(part.strip());
            }
        }
        return String.join("\n", present);
    }
}
