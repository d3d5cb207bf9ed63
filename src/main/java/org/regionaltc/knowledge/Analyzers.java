package org.regionaltc.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * The text analysis of each language: lower case, (French) elision, stop words, accents folded, then the Snowball
 * stemmer. Accents are folded BEFORE stemming so that "informacion" typed without its accent stems as "información"
 * does; Snowball rather than the "light" stemmers because the light Spanish stemmer leaves "competitividad" and
 * "competitivo" apart, and the programme's readers search for the concept, not the word form.
 */
final class Analyzers {

    static final List<String> LANGUAGES = Lesson.LANGUAGES;

    private Analyzers() {
    }

    static Analyzer of(String language) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                if (language.equals("fr")) {
                    stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
                }
                stream = new StopFilter(stream, stopWords(language));
                stream = new ASCIIFoldingFilter(stream);
                stream = new SnowballFilter(stream, stemmer(language));
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** title_xx and body_xx fields analysed in their language; every other field is a keyword. */
    static Analyzer perField() {
        Map<String, Analyzer> fields = new HashMap<>();
        for (String language : LANGUAGES) {
            Analyzer analyzer = of(language);
            fields.put("title_" + language, analyzer);
            fields.put("body_" + language, analyzer);
        }
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), fields);
    }

    private static CharArraySet stopWords(String language) {
        return switch (language) {
            case "es" -> SpanishAnalyzer.getDefaultStopSet();
            case "fr" -> FrenchAnalyzer.getDefaultStopSet();
            case "pt" -> PortugueseAnalyzer.getDefaultStopSet();
            default -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
        };
    }

    private static SnowballStemmer stemmer(String language) {
        return switch (language) {
            case "es" -> new SpanishStemmer();
            case "fr" -> new FrenchStemmer();
            case "pt" -> new PortugueseStemmer();
            default -> new EnglishStemmer();
        };
    }
}
