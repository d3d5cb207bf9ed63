package org.regionaltc.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.h2.tools.RunScript;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.InvalidInput;

/**
 * Backup and restore of the embedded H2 database as a gzipped SQL script (H2's {@code SCRIPT}). A script rather than
 * a copy of the database file ({@code BACKUP TO}): it is read back by any later H2, so a backup survives the H2
 * upgrade of a newer version of the application, and Flyway then migrates it on the next start. The script is
 * written here, from the rows the connection reads, because with AUTO_SERVER the connection may be to the running
 * server, which would write {@code SCRIPT TO} files in its own working directory.
 */
final class DatabaseBackup {

    /** The database the configuration points at. */
    record Database(String url, String user, String password) {
    }

    private static final int DATABASE_ALREADY_OPEN = 90020;
    private static final Pattern TABLE_COUNT = Pattern.compile("^-- (\\d+) \\+/- SELECT COUNT\\(\\*\\) FROM (\\S+);$");

    private DatabaseBackup() {
    }

    /** Writes a consistent copy of every table, the audit trail included, while the server may be running. */
    static void backup(Database db, Path output, PrintWriter progress) throws IOException, SQLException {
        h2Only(db);
        long started = System.nanoTime();
        Path partial = output.resolveSibling(output.getFileName() + ".partial");
        try (Connection connection = DriverManager.getConnection(db.url() + ";IFEXISTS=TRUE", db.user(), db.password());
                Statement sql = connection.createStatement()) {
            // One snapshot for the whole script: rows committed meanwhile by the server are in no table of it.
            sql.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
            connection.setAutoCommit(false);
            int tables = count(sql, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'");
            int table = 0;
            long rows = 0;
            try (Writer out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(partial)),
                    StandardCharsets.UTF_8)); ResultSet script = sql.executeQuery("SCRIPT")) {
                while (script.next()) {
                    String line = script.getString(1);
                    out.write(line);
                    out.write('\n');
                    Matcher count = TABLE_COUNT.matcher(line);
                    if (count.matches()) {
                        rows += Long.parseLong(count.group(1));
                        progress.printf("  [%d/%d] %s: %s rows%n", ++table, tables, count.group(2).toLowerCase(),
                            count.group(1));
                    }
                }
            }
            connection.commit();
            Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            progress.printf("Backed up %d tables, %d rows, to %s (%d KB) in %.1f s%n", table, rows, output,
                Files.size(output) / 1024, (System.nanoTime() - started) / 1e9);
        } catch (SQLException e) {
            Files.deleteIfExists(partial);
            if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1) {
                throw new InvalidInput("database", "error.cli.noDatabase", db.url());
            }
            throw e;
        }
    }

    /**
     * Replaces the database by the backup, refusing while anything (the server) holds it. The backup is first read
     * into a new database beside it, so that a damaged backup leaves the current one as it was; the current one is
     * then kept beside the restored one, renamed {@code *.before-restore-<time>.mv.db}.
     */
    static void restore(Database db, Path input, PrintWriter progress) throws IOException, SQLException {
        h2Only(db);
        if (!Files.isReadable(input)) {
            throw new InvalidInput("input", "error.cli.backupUnreadable", input.toString());
        }
        Path base = fileOf(db.url());
        String exclusive = withoutAutoServer(db.url());
        long started = System.nanoTime();
        // Held until the files are swapped: a server started meanwhile waits for the lock instead of opening a
        // database about to be replaced.
        try (Connection current = lock(exclusive, db)) {
            Path restoring = base.resolveSibling(base.getFileName() + "-restoring");
            Files.deleteIfExists(dataFile(restoring));
            String options = exclusive.contains(";") ? exclusive.substring(exclusive.indexOf(';')) : "";
            String restoringUrl = "jdbc:h2:file:" + restoring + options;
            try (Connection target = DriverManager.getConnection(restoringUrl, db.user(), db.password());
                    InputStream raw = Files.newInputStream(input);
                    Progress counted = new Progress(raw, Files.size(input), progress);
                    BufferedReader script = new BufferedReader(new InputStreamReader(new GZIPInputStream(counted),
                        StandardCharsets.UTF_8))) {
                RunScript.execute(target, script);
                try (Statement sql = target.createStatement()) {
                    sql.execute("SHUTDOWN");
                }
            } catch (java.util.zip.ZipException notGzip) {
                Files.deleteIfExists(dataFile(restoring));
                throw new InvalidInput("input", "error.cli.backupUnreadable", input.toString());
            } catch (SQLException broken) {
                Files.deleteIfExists(dataFile(restoring));
                throw broken;
            }
            if (current != null) {
                try (Statement sql = current.createStatement()) {
                    sql.execute("SHUTDOWN");
                }
            }
            Path kept = base.resolveSibling(base.getFileName() + ".before-restore-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
            if (Files.exists(dataFile(base))) {
                Files.move(dataFile(base), dataFile(kept));
                progress.println("The database replaced is kept as " + dataFile(kept));
            }
            Files.move(dataFile(restoring), dataFile(base));
        }
        progress.printf("Restored %s from %s in %.1f s; the next start migrates it to this version if it is older%n",
            dataFile(base), input, (System.nanoTime() - started) / 1e9);
    }

    /** An exclusive connection to the current database, or null when there is none yet (a new installation). */
    private static @Nullable Connection lock(String url, Database db) throws SQLException {
        try {
            Connection connection = DriverManager.getConnection(url + ";IFEXISTS=TRUE", db.user(), db.password());
            // Another process is kept out by the file lock; another connection of this JVM shares the database.
            try (Statement sql = connection.createStatement()) {
                if (count(sql, "SELECT COUNT(*) FROM information_schema.sessions") > 1) {
                    connection.close();
                    throw new Conflict(new InvalidInput.FieldError("database", "error.cli.databaseInUse", url));
                }
            }
            return connection;
        } catch (SQLException e) {
            if (e.getErrorCode() == DATABASE_ALREADY_OPEN) {
                throw new Conflict(new InvalidInput.FieldError("database", "error.cli.databaseInUse", url));
            }
            if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1) {
                return null;
            }
            throw e;
        }
    }

    private static void h2Only(Database db) {
        if (db.url().startsWith("jdbc:postgresql:")) {
            throw new Conflict(new InvalidInput.FieldError("database", "error.cli.backupOnPostgres"));
        }
        if (!db.url().startsWith("jdbc:h2:")) {
            throw new InvalidInput("database", "error.cli.backupUnsupported", db.url());
        }
    }

    /** The files' path of an H2 file URL ({@code jdbc:h2:file:./data/regional-tc;...} or {@code jdbc:h2:./data/x}). */
    static Path fileOf(String url) {
        String name = url.substring("jdbc:h2:".length()).split(";", 2)[0];
        if (name.startsWith("mem:") || name.startsWith("tcp:") || name.startsWith("ssl:")) {
            throw new InvalidInput("database", "error.cli.backupUnsupported", url);
        }
        name = name.startsWith("file:") ? name.substring("file:".length()) : name;
        return Path.of(name.startsWith("~") ? System.getProperty("user.home") + name.substring(1) : name);
    }

    private static String withoutAutoServer(String url) {
        return url.replaceAll("(?i);AUTO_SERVER=TRUE", "");
    }

    private static Path dataFile(Path base) {
        return base.resolveSibling(base.getFileName() + ".mv.db");
    }

    private static int count(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Reports every tenth of the backup read. */
    private static final class Progress extends FilterInputStream {
        private final long size;
        private final PrintWriter out;
        private long read;
        private int shown;

        Progress(InputStream in, long size, PrintWriter out) {
            super(in);
            this.size = Math.max(size, 1);
            this.out = out;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            advance(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            advance(Math.max(n, 0));
            return n;
        }

        private void advance(int n) {
            read += n;
            int tenth = (int) (read * 10 / size);
            while (shown < tenth) {
                shown++;
                out.printf("  restored %d%%%n", shown * 10);
            }
        }
    }
}
