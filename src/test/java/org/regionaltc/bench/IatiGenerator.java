package org.regionaltc.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Builds an IATI activity file of any size by repeating the official annotated example activity (every element of
 * the standard, realistic) under fresh identifiers. As a stream, so tests and benchmarks need no disk; as a command,
 * {@code IatiGenerator FILE MEGABYTES}, for xmllint and the CLI.
 */
public final class IatiGenerator extends InputStream {

    private static final String EXAMPLE = "/iati/examples/activity-standard-example-annotated.xml";
    private static final String IDENTIFIER = "AA-AAA-123456789-ABC123";

    private final byte[] header;
    private final byte[] before;
    private final byte[] after;
    private final byte[] footer;
    private final long limit;
    private long written;
    private long activities;
    private byte[] current = new byte[0];
    private int position;
    private boolean done;

    /** A file of at least {@code bytes} (whole activities), then closed. */
    public IatiGenerator(long bytes) {
        String example = example();
        int start = example.indexOf("<iati-activity ");
        int end = example.indexOf("</iati-activity>") + "</iati-activity>".length();
        String activity = example.substring(start, end);
        int id = activity.indexOf(IDENTIFIER);
        this.header = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\" "
            + "generated-datetime=\"2026-11-29T00:00:00Z\">\n").getBytes(StandardCharsets.UTF_8);
        this.before = activity.substring(0, id).getBytes(StandardCharsets.UTF_8);
        this.after = (activity.substring(id + IDENTIFIER.length()) + "\n").getBytes(StandardCharsets.UTF_8);
        this.footer = "</iati-activities>\n".getBytes(StandardCharsets.UTF_8);
        this.limit = bytes;
        this.current = header;
    }

    public long activities() {
        return activities;
    }

    private static String example() {
        try (InputStream in = Objects.requireNonNull(IatiGenerator.class.getResourceAsStream(EXAMPLE))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (position == current.length && !next()) {
            return -1;
        }
        int n = Math.min(len, current.length - position);
        System.arraycopy(current, position, b, off, n);
        position += n;
        written += n;
        return n;
    }

    private boolean next() {
        if (done) {
            return false;
        }
        position = 0;
        if (written >= limit) {
            current = footer;
            done = true;
            return true;
        }
        activities++;
        byte[] id = (IDENTIFIER + "-G" + activities).getBytes(StandardCharsets.UTF_8);
        byte[] next = new byte[before.length + id.length + after.length];
        System.arraycopy(before, 0, next, 0, before.length);
        System.arraycopy(id, 0, next, before.length, id.length);
        System.arraycopy(after, 0, next, before.length + id.length, after.length);
        current = next;
        return true;
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        long megabytes = Long.parseLong(args[1]);
        try (IatiGenerator in = new IatiGenerator(megabytes * 1024 * 1024);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            in.transferTo(out);
            System.out.println(file + ": " + Files.size(file) + " bytes, " + in.activities() + " activities");
        }
    }
}
