package org.regionaltc.knowledge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * The hits of one page with their title in the reader's language and a snippet of their text in which the matched
 * words are marked. Snippets are HTML: the text is escaped and only {@code <mark>} is added.
 */
final class Snippets {

    private Snippets() {
    }

    static List<SearchIndex.Hit> hits(IndexSearcher searcher, Analyzer analyzer, SearchQuery query, TopDocs page,
            Locale locale) throws IOException {
        if (page.scoreDocs.length == 0) {
            return List.of();
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            .withMaxLength(20_000)
            .build();
        List<String> languages = ordered(query.languages(), locale.getLanguage());
        String[] fields = languages.stream().map(l -> "body_" + l).toArray(String[]::new);
        int[] passages = new int[fields.length];
        java.util.Arrays.fill(passages, 2);
        Map<String, String[]> snippets = highlighter.highlightFields(fields, query.text(), page, passages);
        List<SearchIndex.Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.scoreDocs.length; i++) {
            ScoreDoc scoreDoc = page.scoreDocs[i];
            Document doc = searcher.storedFields().document(scoreDoc.doc);
            String title = title(doc, ordered(Analyzers.LANGUAGES, locale.getLanguage()));
            hits.add(new SearchIndex.Hit(doc.get("type"), doc.getField("id").numericValue().longValue(), title,
                snippet(snippets, fields, i, title), scoreDoc.score, doc.get("url")));
        }
        return hits;
    }

    /** The marked passage of the first language that has one, else the start of the first text there is. */
    private static String snippet(Map<String, String[]> snippets, String[] fields, int i, String title) {
        String plain = null;
        for (String field : fields) {
            String s = snippets.get(field)[i];
            if (s != null && s.contains("<mark>")) {
                return s;
            }
            if (plain == null && s != null) {
                plain = s;
            }
        }
        return plain != null ? plain : HtmlUtils.htmlEscape(title);
    }

    private static String title(Document doc, List<String> languages) {
        for (String language : languages) {
            @Nullable String title = doc.get("title_" + language);
            if (title != null) {
                return title;
            }
        }
        return "";
    }

    private static List<String> ordered(List<String> languages, String first) {
        List<String> ordered = new ArrayList<>();
        if (languages.contains(first)) {
            ordered.add(first);
        }
        languages.stream().filter(l -> !l.equals(first)).forEach(ordered::add);
        return ordered;
    }
}
