package org.regionaltc.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One record as the search index holds it. {@code titles} and {@code bodies} are keyed by language (en, es, fr, pt);
 * a text whose language is unknown is given under every language. {@code audience} names who may find it, as
 * {@link SearchAudience} tokens; the secretariat finds everything. {@code cycle}: the review cycle a priority or
 * meeting belongs to, whose change refreshes it.
 */
record SearchDocument(String type, long id, String url, Map<String, String> titles, Map<String, String> bodies,
        List<String> countries, List<String> subRegions, List<String> themes, List<String> themeTree,
        Set<String> audience, @Nullable String cycle) {

    String key() {
        return type + ":" + id;
    }
}
