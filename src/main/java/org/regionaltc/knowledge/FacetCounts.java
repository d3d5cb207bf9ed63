package org.regionaltc.knowledge;

import java.io.IOException;
import java.util.Collection;
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
        // Arrays by field position rather than maps: collect() runs once per match, for every match.
        int fields = SearchIndex.FACETS.size();
        SortedSetDocValues[] values = new SortedSetDocValues[fields];
        long[][] ordinals = new long[fields][];
        for (int f = 0; f < fields; f++) {
            values[f] = DocValues.getSortedSet(context.reader(), SearchIndex.FACETS.get(f));
            ordinals[f] = new long[(int) values[f].getValueCount()];
        }
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {
            }

            @Override
            public void collect(int doc) throws IOException {
                for (int f = 0; f < fields; f++) {
                    SortedSetDocValues dv = values[f];
                    if (dv.advanceExact(doc)) {
                        long[] perOrdinal = ordinals[f];
                        for (int i = dv.docValueCount(); i > 0; i--) {
                            perOrdinal[(int) dv.nextOrd()]++;
                        }
                    }
                }
            }

            @Override
            public void finish() throws IOException {
                for (int f = 0; f < fields; f++) {
                    String field = SearchIndex.FACETS.get(f);
                    SortedSetDocValues lookup = DocValues.getSortedSet(context.reader(), field);
                    long[] perOrdinal = ordinals[f];
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
