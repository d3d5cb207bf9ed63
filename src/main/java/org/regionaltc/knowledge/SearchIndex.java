package org.regionaltc.knowledge;

import org.regionaltc.demo.DemoSettings;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.regionaltc.audit.AuditTrail;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The application's own full-text index (Apache Lucene) of lessons, projects, priorities, meetings and decisions,
 * so that search answers the same on H2 and PostgreSQL. It lives under the data folder of each node and is rebuilt
 * from the database only when missing or stale: its commit carries a stamp (index format, database epoch, demo
 * setting) and the last audit-trail change it applied. It then follows the audit trail, which every feature writes
 * in the same transaction as its change, so every node stays current within a poll interval.
 */
@Component
public class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    /** Raise when the fields or their analysis change: every node then rebuilds its index once. */
    static final String FORMAT = "1";
    static final int MAX_SIZE = 100;
    static final List<String> FACETS = List.of("type", "country", "subRegion", "theme");

    public record Request(String query, @Nullable String language, @Nullable String type, @Nullable String country,
            @Nullable String theme, int page, int size) {
    }

    public record Hit(String type, long id, String title, String snippet, float score, String url) {
    }

    public record Result(long total, List<Hit> hits, Map<String, Map<String, Long>> facets) {
    }

    private final List<SearchSource> sources;
    private final SearchFacts facts;
    private final AuditTrail audit;
    private final SearchEpoch epoch;
    private final SearchSettings settings;
    private final boolean demo;
    private final Analyzer analyzer = Analyzers.perField();
    private final Object writeLock = new Object();
    private final Map<Long, Long> gaps = new HashMap<>();

    private @Nullable Directory directory;
    private @Nullable IndexWriter writer;
    private @Nullable ReferenceManager<IndexSearcher> searchers;
    private @Nullable ScheduledExecutorService follower;
    private long mark;
    /** Whether the last open found the index missing or stale and rebuilt it. */
    boolean rebuiltAtOpen;

    SearchIndex(List<SearchSource> sources, SearchFacts facts, AuditTrail audit, SearchEpoch epoch,
            SearchSettings settings, DemoSettings demo) {
        this.sources = sources;
        this.facts = facts;
        this.audit = audit;
        this.epoch = epoch;
        this.settings = settings;
        this.demo = demo.enabled();
    }

    /** After the demo programme has loaded (application runners), so that a first build includes it. */
    @EventListener(ApplicationReadyEvent.class)
    void open() throws IOException {
        Files.createDirectories(settings.indexDir());
        directory = FSDirectory.open(settings.indexDir());
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        } catch (LockObtainFailedException e) {
            // Another process (the server, when this is the command line) keeps the index current: read it.
            log.info("Search index {} is kept by another process; reading it as it is", settings.indexDir());
            searchers = new SearcherManager(directory, new SearcherFactory());
            return;
        }
        Map<String, String> stored = new HashMap<>();
        writer.getLiveCommitData().forEach(entry -> stored.put(entry.getKey(), entry.getValue()));
        long last = audit.lastSequence();
        String expected = stamp();
        long storedMark = Long.parseLong(stored.getOrDefault("mark", "-1"));
        searchers = new SearcherManager(writer, new SearcherFactory());
        if (!expected.equals(stored.get("stamp")) || storedMark < 0 || storedMark > last) {
            log.info("Search index {} is missing or stale: rebuilding it from the database", settings.indexDir());
            rebuild();
            rebuiltAtOpen = true;
        } else {
            mark = storedMark;
            rebuiltAtOpen = false;
            catchUp();
        }
        follower = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "search-index-follower");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.pollInterval().toMillis();
        follower.scheduleWithFixedDelay(this::followQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void close() throws IOException {
        if (follower != null) {
            follower.shutdownNow();
            try {
                follower.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (writeLock) {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                writer.close();
            }
            if (directory != null) {
                directory.close();
            }
            writer = null;
        }
    }

    /** Reads every source again into an empty index; returns how many documents it holds. */
    public long rebuild() {
        synchronized (writeLock) {
            IndexWriter w = requireWriter();
            try {
                long from = audit.lastSequence();
                facts.forget();
                w.deleteAll();
                List<Document> batch = new ArrayList<>();
                for (SearchSource source : sources) {
                    source.all().forEach(d -> {
                        batch.add(toLucene(d));
                        if (batch.size() == 1000) {
                            add(w, batch);
                        }
                    });
                }
                add(w, batch);
                mark = from;
                gaps.clear();
                commit(w);
                return w.getDocStats().numDocs;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Applies every change the audit trail recorded since the last one applied; returns how many. */
    public int catchUp() {
        synchronized (writeLock) {
            IndexWriter w = requireWriter();
            List<AuditTrail.Change> changes = new ArrayList<>(audit.changesAmong(gaps.keySet()));
            changes.forEach(c -> gaps.remove(c.sequence()));
            List<AuditTrail.Change> next = audit.changesAfter(mark, 5000);
            long expected = mark + 1;
            long now = System.currentTimeMillis();
            for (AuditTrail.Change change : next) {
                // A sequence number skipped here may belong to a transaction that commits later: look again for a while.
                for (long missing = expected; missing < change.sequence(); missing++) {
                    gaps.put(missing, now);
                }
                expected = change.sequence() + 1;
                mark = change.sequence();
            }
            gaps.values().removeIf(seen -> now - seen > 30_000);
            changes.addAll(next);
            if (!changes.isEmpty()) {
                // Every node indexes a change with the reference data as it is now, not as this node last read it.
                facts.forget();
            }
            try {
                for (AuditTrail.Change change : changes) {
                    apply(w, change);
                }
                if (!next.isEmpty() || !changes.isEmpty()) {
                    commit(w);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return changes.size();
        }
    }

    public Result search(Request request, Optional<SignedInUser> viewer, Locale locale) {
        return searchAs(request, SearchAudience.of(viewer), locale);
    }

    /** What the secretariat finds: for the command line, which runs with the database's own rights. */
    public Result searchEverything(Request request, Locale locale) {
        return searchAs(request, Optional.empty(), locale);
    }

    /** How many documents the index holds, and its size on disk in bytes. */
    public long[] size() throws IOException {
        IndexSearcher searcher = requireSearchers().acquire();
        try {
            long bytes = 0;
            for (String file : java.util.Objects.requireNonNull(directory).listAll()) {
                bytes += directory.fileLength(file);
            }
            return new long[] {searcher.getIndexReader().numDocs(), bytes};
        } finally {
            requireSearchers().release(searcher);
        }
    }

    private Result searchAs(Request request, Optional<Set<String>> audience, Locale locale) {
        ReferenceManager<IndexSearcher> manager = requireSearchers();
        try {
            manager.maybeRefresh();
            IndexSearcher searcher = manager.acquire();
            try {
                return search(searcher, analyzer, request, audience, locale);
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One page of hits with the facets of every match, from any index of {@link #toLucene} documents. */
    static Result search(IndexSearcher searcher, Analyzer analyzer, Request request, Optional<Set<String>> audience,
            Locale locale) throws IOException {
        SearchQuery query = SearchQuery.of(request, analyzer, audience);
        if (query.text() == null) {
            return new Result(0, List.of(), SearchQuery.emptyFacets());
        }
        int size = Math.min(Math.max(request.size(), 1), MAX_SIZE);
        int page = Math.max(request.page(), 1);
        // One pass over the matches collects both the best page*size hits and the facet counts of them all.
        Object[] collected = searcher.search(query.full(), new MultiCollectorManager(
            new TopScoreDocCollectorManager(page * size, Integer.MAX_VALUE), new FacetCounts.Manager()));
        TopDocs top = (TopDocs) collected[0];
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Long>> facets = (Map<String, Map<String, Long>>) collected[1];
        long total = top.totalHits.value();
        ScoreDoc[] all = top.scoreDocs;
        int from = Math.min((page - 1) * size, all.length);
        ScoreDoc[] shown = java.util.Arrays.copyOfRange(all, from, all.length);
        List<Hit> hits = Snippets.hits(searcher, analyzer, query, new TopDocs(
            new TotalHits(shown.length, TotalHits.Relation.EQUAL_TO), shown), locale);
        return new Result(total, hits, facets);
    }

    private void apply(IndexWriter w, AuditTrail.Change change) throws IOException {
        if (change.entityId() == null) {
            return;
        }
        for (SearchSource source : sources) {
            try {
                Optional<SearchSource.Refresh> refresh = source.on(change.entityType(), change.entityId());
                if (refresh.isPresent()) {
                    w.deleteDocuments(refresh.get().delete());
                    w.addDocuments(refresh.get().documents().stream().map(SearchIndex::toLucene).toList());
                }
            } catch (NumberFormatException e) {
                log.warn("Search index: change {} of {} names no numeric id; skipped", change.sequence(), change.entityType());
            }
        }
    }

    private void followQuietly() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            // The next poll tries again; the changes stay in the audit trail until they are applied.
            log.warn("Search index: following the audit trail failed, trying again", e);
        }
    }

    private void commit(IndexWriter w) throws IOException {
        w.setLiveCommitData(Map.of("stamp", stamp(), "mark", String.valueOf(mark)).entrySet());
        w.commit();
        requireSearchers().maybeRefreshBlocking();
    }

    private String stamp() {
        return "format=" + FORMAT + ";epoch=" + epoch.current() + ";demo=" + demo;
    }

    private static void add(IndexWriter w, List<Document> batch) {
        try {
            w.addDocuments(batch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        batch.clear();
    }

    static Document toLucene(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField("key", d.key(), Field.Store.NO));
        doc.add(new StringField("type", d.type(), Field.Store.YES));
        doc.add(new SortedSetDocValuesField("type", new BytesRef(d.type())));
        doc.add(new StoredField("id", d.id()));
        doc.add(new StoredField("url", d.url()));
        if (d.cycle() != null) {
            doc.add(new StringField("cycle", d.cycle(), Field.Store.NO));
        }
        d.titles().forEach((language, text) -> doc.add(new TextField("title_" + language, text, Field.Store.YES)));
        d.bodies().forEach((language, text) -> doc.add(new TextField("body_" + language, text, Field.Store.YES)));
        keywords(doc, "country", d.countries(), true);
        keywords(doc, "subRegion", d.subRegions(), true);
        keywords(doc, "theme", d.themes(), true);
        keywords(doc, "themeTree", d.themeTree(), false);
        keywords(doc, "audience", List.copyOf(d.audience()), false);
        return doc;
    }

    private static void keywords(Document doc, String field, List<String> values, boolean facet) {
        for (String value : values.stream().distinct().toList()) {
            doc.add(new StringField(field, value, Field.Store.NO));
            if (facet) {
                doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
            }
        }
    }

    private IndexWriter requireWriter() {
        if (writer == null) {
            throw new IllegalStateException("the search index is read-only in this process or not open");
        }
        return writer;
    }

    /** The web server answers before the application is ready: until the index is open, search is unavailable. */
    private ReferenceManager<IndexSearcher> requireSearchers() {
        if (searchers == null) {
            throw new org.springframework.web.server.ResponseStatusException(
                org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE,
                "The search index is being built from the database; try again in a moment");
        }
        return searchers;
    }





}
