package org.regionaltc.knowledge;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/** Counts, over every matching document, the values of each facet field (type, country, sub-region, theme). */
final class FacetCounts implements Collector {

    private final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();

    FacetCounts() {
        SearchIndex.FACETS.forEach(f -> counts.put(f, new TreeMap<>()));
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        Map<String, SortedSetDocValues> values = new HashMap<>();
        Map<String, long[]> ordinals = new HashMap<>();
        for (String field : SearchIndex.FACETS) {
            SortedSetDocValues dv = DocValues.getSortedSet(context.reader(), field);
            values.put(field, dv);
            ordinals.put(field, new long[(int) dv.getValueCount()]);
        }
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {
            }

            @Override
            public void collect(int doc) throws IOException {
                for (String field : SearchIndex.FACETS) {
                    SortedSetDocValues dv = values.get(field);
                    if (dv.advanceExact(doc)) {
                        long[] perOrdinal = ordinals.get(field);
                        for (int i = 0; i < dv.docValueCount(); i++) {
                            perOrdinal[(int) dv.nextOrd()]++;
                        }
                    }
                }
            }

            @Override
            public void finish() throws IOException {
                for (String field : SearchIndex.FACETS) {
                    SortedSetDocValues lookup = DocValues.getSortedSet(context.reader(), field);
                    long[] perOrdinal = ordinals.get(field);
                    for (int ord = 0; ord < perOrdinal.length; ord++) {
                        if (perOrdinal[ord] > 0) {
                            counts.get(field).merge(lookup.lookupOrd(ord).utf8ToString(), perOrdinal[ord], Long::sum);
                        }
                    }
                }
            }
        };
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    static final class Manager implements CollectorManager<FacetCounts, Map<String, Map<String, Long>>> {

        @Override
        public FacetCounts newCollector() {
            return new FacetCounts();
        }

        @Override
        public Map<String, Map<String, Long>> reduce(Collection<FacetCounts> collectors) {
            Map<String, Map<String, Long>> total = new LinkedHashMap<>();
            SearchIndex.FACETS.forEach(f -> total.put(f, new TreeMap<>()));
            for (FacetCounts c : collectors) {
                c.counts.forEach((field, values) -> values.forEach((v, n) -> total.get(field).merge(v, n, Long::sum)));
            }
            return total;
        }
    }
}
