package org.regionaltc.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ranking on a constructed corpus in the four languages, through the index's own analysis, query and facets:
 * for each query the expected record comes first. No database: this is about the words.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchRelevanceTests {

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private DirectoryReader reader;
    private IndexSearcher searcher;

    @BeforeAll
    void index() throws IOException {
        List<SearchDocument> corpus = new ArrayList<>();
        corpus.add(lesson(1, "es", "Un clúster textil más competitivo",
            "Las empresas del clúster textil de Lima se volvieron más competitivas con la certificación.", "PE", "T1"));
        corpus.add(lesson(2, "es", "Eficiencia energética en ingenios azucareros",
            "La auditoría de energía redujo el consumo de vapor en los ingenios.", "GT", "T2"));
        corpus.add(lesson(3, "es", "Cadenas de valor del cacao fino",
            "Los productores de cacao mejoraron la fermentación y el secado del grano.", "EC", "T1"));
        corpus.add(lesson(4, "es", "Hidrógeno verde para la minería",
            "La producción de hidrógeno por electrólisis abastece camiones mineros.", "CL", "T2"));
        corpus.add(lesson(5, "es", "Economía circular de los plásticos",
            "Cooperativas a cargo del reciclaje de envases plásticos en la ciudad.", "MX", "T3"));
        corpus.add(lesson(6, "en", "Energy efficiency in dairy processing",
            "Heat recovery cut the energy bills of dairy plants.", "UY", "T2"));
        corpus.add(lesson(7, "en", "Quality infrastructure for exporters",
            "Accredited laboratories helped exporters meet foreign standards.", "CR", "T1"));
        corpus.add(lesson(8, "en", "Women-led enterprises in agro-processing",
            "Training programmes supported women entrepreneurs processing fruits.", "JM", "T1"));
        corpus.add(lesson(9, "en", "Competitiveness of the leather cluster",
            "Tanneries became competitive after sharing an effluent plant.", "AR", "T3"));
        corpus.add(lesson(10, "en", "Digital records for small fisheries",
            "Shared ledgers tracked the catch from boat to market.", "BZ", "T1"));
        corpus.add(lesson(11, "fr", "Énergie solaire pour les coopératives laitières",
            "Les panneaux solaires alimentent le refroidissement du lait.", "HT", "T2"));
        corpus.add(lesson(12, "fr", "Compétitivité des filières textiles",
            "Les entreprises textiles deviennent plus fortes grâce à la formation.", "HT", "T1"));
        corpus.add(lesson(13, "fr", "Normalisation et métrologie industrielle",
            "Les laboratoires de métrologie ont été accrédités par l'organisme national.", "HT", "T1"));
        corpus.add(lesson(14, "fr", "Gestion des déchets électroniques",
            "Le recyclage des déchets électroniques crée des emplois locaux.", "HT", "T3"));
        corpus.add(lesson(15, "fr", "Tourisme durable dans les Caraïbes",
            "Les hôtels ont réduit leur consommation d'eau de moitié.", "DO", "T3"));
        corpus.add(lesson(16, "pt", "Biocombustíveis a partir da cana-de-açúcar",
            "As usinas produzem etanol e eletricidade a partir do bagaço.", "BR", "T2"));
        corpus.add(lesson(17, "pt", "Inovação em pequenas indústrias de móveis",
            "Os fabricantes de móveis adotaram design e inovação.", "BR", "T1"));
        corpus.add(lesson(18, "pt", "Energia eólica no Nordeste",
            "Parques eólicos geram empregos locais.", "BR", "T2"));
        corpus.add(lesson(19, "pt", "Competitividade da indústria do couro",
            "Curtumes mais modernos exportam para a Europa.", "BR", "T3"));
        corpus.add(lesson(20, "pt", "Capacitação de jovens técnicos",
            "Cursos de mecatrônica formaram técnicos para a indústria.", "BR", "T1"));
        // Near misses: the same words in a weaker place, so that ranking, not mere matching, is tested.
        corpus.add(lesson(21, "es", "Informe anual del programa",
            "Se mencionan la energía, el cacao y la minería entre muchos otros temas del año.", "PE", "T1"));
        corpus.add(lesson(22, "en", "Annual report of the programme",
            "Dairy, leather, laboratories and fisheries are among many topics of the year.", "PE", "T1"));
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Analyzers.perField()))) {
            for (SearchDocument d : corpus) {
                writer.addDocument(SearchIndex.toLucene(d));
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    @AfterAll
    void close() throws IOException {
        reader.close();
        directory.close();
    }

    @ParameterizedTest(name = "[{0}] {1} finds lesson {2} first")
    @CsvSource(nullValues = "-", value = {
        "es, competitividad, 1",
        "es, energía, 2",
        "es, energia, 2",
        "-, energia ingenios, 2",
        "es, fermentación del cacao, 3",
        "es, hidrogeno, 4",
        "es, reciclaje envase, 5",
        "en, heat recovery, 6",
        "en, laboratory accreditation, 7",
        "en, fruit processing, 8",
        "en, competitive tannery, 9",
        "en, tracking catch, 10",
        "-, dairy, 6",
        "fr, énergie solaire, 11",
        "fr, compétitivité textile, 12",
        "fr, metrologie, 13",
        "fr, dechets electroniques, 14",
        "fr, consommation d'eau, 15",
        "pt, bagaço, 16",
        "pt, inovacao moveis, 17",
        "pt, energia eolica, 18",
        "pt, competitividade, 19",
        "pt, mecatronica, 20",
        "-, Hidrógeno, 4",
    })
    void theExpectedLessonRanksFirst(@Nullable String language, String query, long expected) throws IOException {
        SearchIndex.Result result = search(query, language, null, Optional.empty());
        assertThat(result.hits()).as("hits for %s", query).isNotEmpty();
        assertThat(result.hits().getFirst().id()).as("first hit for '%s' (%s)", query, result.hits()).isEqualTo(expected);
    }

    @Test
    void marksTheMatchedWordsInTheSnippetAndEscapesTheRest() throws IOException {
        SearchIndex.Result result = search("consommation", "fr", null, Optional.empty());
        assertThat(result.hits().getFirst().snippet()).contains("<mark>consommation</mark>").contains("d&#x27;eau");
    }

    @Test
    void countsFacetsOverEveryMatchNotOnlyThePageShown() throws IOException {
        // "energia" stems alike in Spanish and Portuguese: lessons 2, 18 and the Spanish annual report 21.
        SearchIndex.Result result = search("energia", null, null, Optional.empty(), 1);
        assertThat(result.total()).isEqualTo(3);
        assertThat(result.hits()).hasSize(1);
        assertThat(result.facets().get("type")).isEqualTo(Map.of("lesson", 3L));
        assertThat(result.facets().get("country")).isEqualTo(Map.of("GT", 1L, "BR", 1L, "PE", 1L));
        assertThat(result.facets().get("theme")).isEqualTo(Map.of("T2", 2L, "T1", 1L));
    }

    @Test
    void aFilterNarrowsHitsAndFacets() throws IOException {
        SearchIndex.Result result = search("energia", null, "BR", Optional.empty(), 10);
        assertThat(result.hits()).extracting(SearchIndex.Hit::id).containsExactly(18L);
        assertThat(result.facets().get("country")).isEqualTo(Map.of("BR", 1L));
    }

    @Test
    void aViewerFindsOnlyWhatTheirTokensOpen() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Analyzers.perField()))) {
                writer.addDocument(SearchIndex.toLucene(withAudience(lesson(1, "es", "Zinc en Perú", "zinc", "PE", "T1"),
                    Set.of(SearchAudience.country("PE")))));
                writer.addDocument(SearchIndex.toLucene(withAudience(lesson(2, "es", "Zinc publicado", "zinc", "CL", "T1"),
                    Set.of(SearchAudience.PUBLIC))));
            }
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                IndexSearcher s = new IndexSearcher(r);
                assertThat(ids(s, Optional.of(Set.of(SearchAudience.PUBLIC)))).containsExactly(2L);
                assertThat(ids(s, Optional.of(Set.of(SearchAudience.PUBLIC, SearchAudience.country("CL"))))).containsExactly(2L);
                assertThat(ids(s, Optional.of(Set.of(SearchAudience.PUBLIC, SearchAudience.country("PE")))))
                    .containsExactlyInAnyOrder(1L, 2L);
                assertThat(ids(s, Optional.empty())).containsExactlyInAnyOrder(1L, 2L);
            }
        }
    }

    private static List<Long> ids(IndexSearcher s, Optional<Set<String>> audience) throws IOException {
        return SearchIndex.search(s, Analyzers.perField(), new SearchIndex.Request("zinc", null, null, null, null, 1, 10),
            audience, Locale.ENGLISH).hits().stream().map(SearchIndex.Hit::id).toList();
    }

    private SearchIndex.Result search(String q, @Nullable String language, @Nullable String country,
            Optional<Set<String>> audience) throws IOException {
        return search(q, language, country, audience, 10);
    }

    private SearchIndex.Result search(String q, @Nullable String language, @Nullable String country,
            Optional<Set<String>> audience, int size) throws IOException {
        return SearchIndex.search(searcher, Analyzers.perField(),
            new SearchIndex.Request(q, language, null, country, null, 1, size), audience, Locale.ENGLISH);
    }

    private static SearchDocument lesson(long id, String language, String title, String body, String country,
            String theme) {
        return new SearchDocument("lesson", id, "/lessons/" + id, Map.of(language, title), Map.of(language, body),
            List.of(country), List.of(), List.of(theme), List.of(theme), Set.of(SearchAudience.PUBLIC), null);
    }

    private static SearchDocument withAudience(SearchDocument d, Set<String> audience) {
        return new SearchDocument(d.type(), d.id(), d.url(), d.titles(), d.bodies(), d.countries(), d.subRegions(),
            d.themes(), d.themeTree(), audience, d.cycle());
    }
}
