package org.regionaltc.iati;

import org.jspecify.annotations.Nullable;

/** One import running in the background, as the page shows it: how far it has got, then its summary. */
public final class ImportJob {
    final String id = java.util.UUID.randomUUID().toString();
    final String file;
    final long size;
    volatile long read;
    volatile int activities;
    volatile IatiImport.@Nullable Summary summary;
    volatile boolean failed;

    ImportJob(String file, long size) {
        this.file = file;
        this.size = size;
    }

    public String getId() {
        return id;
    }

    public String getFile() {
        return file;
    }

    public boolean done() {
        return summary != null || failed;
    }

    public boolean isFailed() {
        return failed;
    }

    public IatiImport.@Nullable Summary getSummary() {
        return summary;
    }

    public int getActivities() {
        return activities;
    }

    /** Megabytes read so far, one decimal: a 50 MB upload moves visibly between two polls. */
    public String getMegabytesRead() {
        return String.format(java.util.Locale.ROOT, "%.1f", read / 1048576.0);
    }

    public String getMegabytes() {
        return String.format(java.util.Locale.ROOT, "%.1f", size / 1048576.0);
    }

    public int getPercent() {
        return size == 0 ? 100 : (int) Math.min(100, read * 100 / size);
    }
}
