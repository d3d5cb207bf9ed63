package org.regionaltc.iati;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Imports uploaded on the page run in the background, one at a time, so that the page can poll how far one has got
 * (activities so far, megabytes read) instead of waiting on a request that outlives a proxy's timeout. Kept in memory:
 * a job lasts as long as its import, and the last few are kept to show their summaries.
 */
@Component
class ImportJobs {

    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);
    private static final int KEPT = 20;

    private final IatiImport importer;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "iati-import");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, ImportJob> jobs = new LinkedHashMap<>();

    ImportJobs(IatiImport importer) {
        this.importer = importer;
    }

    /** Starts importing {@code upload}, a temporary copy of the uploaded file that the job deletes when done. */
    synchronized ImportJob start(Path upload, String file, boolean atomic) throws IOException {
        ImportJob job = new ImportJob(file, Files.size(upload));
        jobs.put(job.id, job);
        while (jobs.size() > KEPT) {
            jobs.remove(jobs.keySet().iterator().next());
        }
        worker.submit(() -> run(job, upload, atomic));
        return job;
    }

    synchronized Optional<ImportJob> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private void run(ImportJob job, Path upload, boolean atomic) {
        try (InputStream in = Files.newInputStream(upload)) {
            job.summary = importer.run(in, job.file, atomic, read -> job.read = read, n -> job.activities = n);
            job.read = job.size;
        } catch (IOException | RuntimeException e) {
            LOG.warn("The import of {} failed", job.file, e);
            job.failed = true;
        } finally {
            try {
                Files.deleteIfExists(upload);
            } catch (IOException e) {
                LOG.warn("Could not delete {}", upload, e);
            }
        }
    }
}
