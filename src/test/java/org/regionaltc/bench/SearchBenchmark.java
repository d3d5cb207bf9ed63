package org.regionaltc.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.regionaltc.Application;
import org.regionaltc.knowledge.SearchIndex;
import org.regionaltc.system.Role;
import org.regionaltc.system.SignedInUser;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loads 100,000 lessons generated in the four languages into the configured database (once), then times a rebuild
 * of the search index from the database, measures the index on disk, and times 2,000 searches (p50/p95/max) as a
 * visitor, a focal point and the secretariat. Beside it, as a reference, the same words searched with SQL LIKE on
 * the lesson table. Run by bench/search.sh, not by the suite.
 */
public final class SearchBenchmark {

    static final int LESSONS = 100_000;
    static final int QUERIES = 2_000;
    static final int WARM_UPS = 300;
    static final int LIKE_QUERIES = 50;

    private static final String[] COUNTRIES = {"AR", "BO", "BR", "CL", "CO", "CR", "DO", "EC", "GT", "HN", "JM", "MX",
        "PA", "PE", "PY", "SV", "TT", "UY"};
    private static final String[][] WORDS = {
        // en
        {"energy", "efficiency", "competitive", "cluster", "exporters", "quality", "laboratory", "standards", "women",
            "entrepreneurs", "training", "dairy", "leather", "tannery", "textile", "cocoa", "coffee", "fisheries",
            "recycling", "plastics", "solar", "wind", "hydrogen", "mining", "water", "tourism", "innovation",
            "furniture", "design", "digital", "traceability", "value", "chain", "cooperative", "small", "industry",
            "policy", "investment", "skills", "youth", "certification", "metrology", "waste", "circular", "biofuel",
            "sugar", "cane", "fruit", "processing", "market"},
        // es
        {"energía", "eficiencia", "competitivo", "competitividad", "clúster", "exportadores", "calidad", "laboratorio",
            "normas", "mujeres", "emprendedoras", "formación", "lácteos", "cuero", "curtiembre", "textil", "cacao",
            "café", "pesca", "reciclaje", "plásticos", "solar", "eólica", "hidrógeno", "minería", "agua", "turismo",
            "innovación", "muebles", "diseño", "digital", "trazabilidad", "cadena", "valor", "cooperativa", "pequeña",
            "industria", "política", "inversión", "jóvenes", "certificación", "metrología", "residuos", "circular",
            "biocombustible", "azúcar", "caña", "fruta", "procesamiento", "mercado"},
        // fr
        {"énergie", "efficacité", "compétitif", "compétitivité", "grappe", "exportateurs", "qualité", "laboratoire",
            "normes", "femmes", "entrepreneures", "formation", "laitier", "cuir", "tannerie", "textile", "cacao", "café",
            "pêche", "recyclage", "plastiques", "solaire", "éolien", "hydrogène", "mines", "eau", "tourisme",
            "innovation", "meubles", "conception", "numérique", "traçabilité", "chaîne", "valeur", "coopérative",
            "petite", "industrie", "politique", "investissement", "jeunes", "certification", "métrologie", "déchets",
            "circulaire", "biocarburant", "sucre", "canne", "fruits", "transformation", "marché"},
        // pt
        {"energia", "eficiência", "competitivo", "competitividade", "cluster", "exportadores", "qualidade",
            "laboratório", "normas", "mulheres", "empreendedoras", "capacitação", "laticínios", "couro", "curtume",
            "têxtil", "cacau", "café", "pesca", "reciclagem", "plásticos", "solar", "eólica", "hidrogênio", "mineração",
            "água", "turismo", "inovação", "móveis", "design", "digital", "rastreabilidade", "cadeia", "valor",
            "cooperativa", "pequena", "indústria", "política", "investimento", "jovens", "certificação", "metrologia",
            "resíduos", "circular", "biocombustível", "açúcar", "cana", "frutas", "processamento", "mercado"}};
    private static final String[] LANGUAGES = {"en", "es", "fr", "pt"};

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .properties("tc.demo.enabled=false", "logging.level.root=WARN")
                .run(args)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            load(jdbc);
            SearchIndex index = context.getBean(SearchIndex.class);

            long start = System.nanoTime();
            long documents = index.rebuild();
            double rebuildSeconds = (System.nanoTime() - start) / 1e9;
            long[] size = index.size();
            System.out.printf("rebuild from the database: %d documents in %.1f s; index on disk %.1f MB%n",
                documents, rebuildSeconds, size[1] / 1048576.0);

            Random random = new Random(7);
            List<Optional<SignedInUser>> viewers = List.of(Optional.empty(),
                Optional.of(new SignedInUser(1, "fp", "fp", "", Role.FOCAL_POINT, Set.of("PE"), null, true)),
                Optional.of(new SignedInUser(2, "off", "off", "", Role.OFFICER, Set.of(), null, true)));
            for (int i = 0; i < WARM_UPS; i++) {
                search(index, random, viewers);
            }
            long[] times = new long[QUERIES];
            long hits = 0;
            for (int i = 0; i < QUERIES; i++) {
                long t = System.nanoTime();
                hits += search(index, random, viewers);
                times[i] = System.nanoTime() - t;
            }
            report("Lucene search (" + QUERIES + " queries, 1-2 words, random language and viewer, facets, snippets)",
                times);
            System.out.printf("  mean total hits per query: %d%n", hits / QUERIES);

            long[] like = new long[LIKE_QUERIES];
            for (int i = 0; i < LIKE_QUERIES; i++) {
                int language = random.nextInt(4);
                String word = WORDS[language][random.nextInt(WORDS[language].length)];
                long t = System.nanoTime();
                jdbc.queryForList("SELECT id FROM lesson WHERE LOWER(title_" + LANGUAGES[language] + ") LIKE ? OR LOWER(text_"
                    + LANGUAGES[language] + ") LIKE ? ORDER BY id LIMIT 10", "%" + word + "%", "%" + word + "%");
                like[i] = System.nanoTime() - t;
            }
            report("Reference: SQL LIKE on the lesson table (" + LIKE_QUERIES + " one-word queries, no stemming, no facets)", like);
        }
    }

    private static long search(SearchIndex index, Random random, List<Optional<SignedInUser>> viewers) {
        int language = random.nextInt(4);
        String[] words = WORDS[language];
        String q = words[random.nextInt(words.length)] + (random.nextBoolean() ? "" : " " + words[random.nextInt(words.length)]);
        String lang = random.nextInt(3) == 0 ? null : LANGUAGES[language];
        return index.search(new SearchIndex.Request(q, lang, null, null, null, 1, 10),
            viewers.get(random.nextInt(viewers.size())), Locale.ENGLISH).total();
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s%n  p50 %.2f ms, p95 %.2f ms, max %.2f ms%n", what, sorted[sorted.length / 2] / 1e6,
            sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    private static void load(JdbcTemplate jdbc) {
        Integer present = jdbc.queryForObject("SELECT COUNT(*) FROM lesson", Integer.class);
        if (present != null && present >= LESSONS) {
            return;
        }
        long start = System.nanoTime();
        Random random = new Random(42);
        Timestamp now = Timestamp.from(Instant.now());
        for (int batch = 0; batch < LESSONS / 1000; batch++) {
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                int language = random.nextInt(4);
                Object[] row = new Object[12];
                Arrays.fill(row, null);
                row[language] = sentence(random, language, 6);
                row[4 + language] = sentence(random, language, 60);
                row[8] = random.nextInt(5) == 0 ? "DRAFT" : "PUBLISHED";
                row[9] = random.nextInt(4) == 0 ? "INTERNAL" : "PUBLIC";
                row[10] = now;
                row[11] = COUNTRIES[random.nextInt(COUNTRIES.length)];
                rows.add(row);
            }
            jdbc.batchUpdate("""
                    INSERT INTO lesson (kind, title_en, title_es, title_fr, title_pt, text_en, text_es, text_fr, text_pt,
                                        status, audience, author, written_at)
                    VALUES ('LESSON', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', ?)
                    """, rows.stream().map(r -> Arrays.copyOf(r, 11)).toList());
            List<Object[]> countries = new ArrayList<>();
            List<Long> ids = jdbc.queryForList("SELECT id FROM lesson ORDER BY id DESC LIMIT 1000", Long.class);
            for (int i = 0; i < ids.size(); i++) {
                countries.add(new Object[] {ids.get(i), rows.get(rows.size() - 1 - i)[11]});
            }
            jdbc.batchUpdate("INSERT INTO lesson_country (lesson_id, country_code) VALUES (?, ?)", countries);
        }
        System.out.printf("loaded %d lessons in %.1f s%n", LESSONS, (System.nanoTime() - start) / 1e9);
    }

    private static String sentence(Random random, int language, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            s.append(i == 0 ? "" : " ").append(WORDS[language][random.nextInt(WORDS[language].length)]);
        }
        return s.toString();
    }
}
