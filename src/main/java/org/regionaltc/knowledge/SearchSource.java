package org.regionaltc.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.search.Query;

/** A kind of record the search index holds, read through its feature's published types. */
interface SearchSource {

    /** What to replace in the index: the documents {@code delete} matches, by {@code documents}. */
    record Refresh(Query delete, List<SearchDocument> documents) {
    }

    /** Every document of this source, for a rebuild. */
    Stream<SearchDocument> all();

    /** What a change recorded in the audit trail means for the index, if anything. */
    Optional<Refresh> on(String entityType, String entityId);
}
