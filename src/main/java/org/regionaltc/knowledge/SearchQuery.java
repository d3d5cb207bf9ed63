package org.regionaltc.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.Text;

/**
 * A search request as a Lucene query: the words, analysed in each requested language against that language's
 * titles (weighted 3) and texts, every word required in some field; then the filters and who may find what.
 * The simple query syntax never fails on what a user types ("+", "-", quotes and * work; anything else is a word).
 */
record SearchQuery(@Nullable Query text, Query full, List<String> languages) {

    static final Set<String> TYPES = Set.of("lesson", "project", "priority", "meeting", "decision");
    static final int MAX_QUERY = 500;

    static SearchQuery of(SearchIndex.Request request, Analyzer analyzer, Optional<Set<String>> audience) {
        String q = request.query() == null ? "" : request.query().strip();
        if (q.isEmpty()) {
            throw new InvalidInput("q", "search.error.query");
        }
        if (q.length() > MAX_QUERY) {
            throw new InvalidInput("q", "error.tooLong", MAX_QUERY);
        }
        String language = Text.blankToNull(request.language());
        if (language != null && !Analyzers.LANGUAGES.contains(language)) {
            throw new InvalidInput("lang", "search.error.language", language);
        }
        String type = Text.blankToNull(request.type());
        if (type != null && !TYPES.contains(type)) {
            throw new InvalidInput("type", "error.oneOf", String.join(", ", new java.util.TreeSet<>(TYPES)), type);
        }
        if (request.size() > SearchIndex.MAX_SIZE) {
            throw new InvalidInput("size", "error.max", SearchIndex.MAX_SIZE);
        }
        List<String> languages = language == null ? Analyzers.LANGUAGES : List.of(language);
        Map<String, Float> weights = new LinkedHashMap<>();
        for (String l : languages) {
            weights.put("title_" + l, 3f);
            weights.put("body_" + l, 1f);
        }
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, weights);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query text = parser.parse(q);
        if (text == null || text instanceof MatchNoDocsQuery) {
            return new SearchQuery(null, new MatchNoDocsQuery(), languages);
        }
        BooleanQuery.Builder full = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        filter(full, "type", type);
        filter(full, "country", Text.codeOrNull(request.country()));
        filter(full, "themeTree", Text.blankToNull(request.theme()));
        audience.ifPresent(tokens -> {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            tokens.forEach(t -> any.add(new TermQuery(new Term("audience", t)), BooleanClause.Occur.SHOULD));
            full.add(any.setMinimumNumberShouldMatch(1).build(), BooleanClause.Occur.FILTER);
        });
        return new SearchQuery(text, full.build(), languages);
    }

    static Map<String, Map<String, Long>> emptyFacets() {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        SearchIndex.FACETS.forEach(f -> facets.put(f, Map.of()));
        return facets;
    }

    private static void filter(BooleanQuery.Builder query, String field, @Nullable String value) {
        if (value != null) {
            query.add(new TermQuery(new Term(field, value.strip())), BooleanClause.Occur.FILTER);
        }
    }
}
