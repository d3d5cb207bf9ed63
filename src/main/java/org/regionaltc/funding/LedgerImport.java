package org.regionaltc.funding;

import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.regionaltc.financing.ProjectFacts;
import org.regionaltc.system.Csv;
import org.regionaltc.system.Capped;
import org.regionaltc.system.InputErrors;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.InvalidInput.FieldError;
import org.regionaltc.system.PausePoint;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports ledger entries from CSV, one transaction for the whole file, each line checked as if the lines before
 * it were written (so commitments add up against their window). A dry run and an import with errors roll back;
 * only {@link Mode#VALID_ONLY}, chosen explicitly, keeps the valid lines of a file that has errors. A line equal to
 * an entry already in the ledger (or to an earlier line of the file) is skipped and reported, in every mode, so that
 * importing the same export twice does not count its money twice.
 */
@Service
public class LedgerImport {

    public enum Mode { DRY_RUN, ALL_OR_NOTHING, VALID_ONLY }

    public record LineError(int line, String field, String message) {
    }

    /**
     * A line skipped because the ledger already has it: entryId is the entry that was there before this import,
     * repeatsLine the earlier line of the same file that holds it.
     */
    public record AlreadyInLedger(int line, @Nullable Long entryId, @Nullable Integer repeatsLine) {
    }

    /**
     * What an import did. Only the first {@link #REPORTED} errors and lines already in the ledger are listed;
     * {@code moreErrors} and {@code moreAlreadyInLedger} count the others.
     */
    public record Report(Mode mode, int lines, int valid, int written, List<AlreadyInLedger> alreadyInLedger,
            int moreAlreadyInLedger, List<LineError> errors, int moreErrors) {

        Report(Mode mode, int lines, int valid, int written, List<LineError> errors) {
            this(mode, lines, valid, written, List.of(), 0, errors, 0);
        }

        public boolean hasErrors() {
            return !errors.isEmpty();
        }

        public int errorCount() {
            return errors.size() + moreErrors;
        }

        public int alreadyCount() {
            return alreadyInLedger.size() + moreAlreadyInLedger;
        }
    }

    /** Enough to see what is wrong with a file; a 50 MB file of bad lines once answered 67 MB of errors. */
    static final int REPORTED = 1000;
    static final List<String> REQUIRED = List.of("type", "body", "date", "currency", "amount");
    static final String HEADER = "type,body,project,window,date,currency,amount,reference,notes";
    private static final Map<String, String> COLUMN = Map.of("type", "type", "bodyCode", "body", "projectId", "project",
        "windowId", "window", "date", "date", "currency", "currency", "amount", "amount", "reference", "reference",
        "notes", "notes");

    private final LedgerEntries ledger;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final MessageSource messages;
    private final ProjectFacts projects;
    private final PausePoint pause;

    LedgerImport(LedgerEntries ledger, JdbcClient jdbc, TransactionTemplate transaction, MessageSource messages,
            ProjectFacts projects, PausePoint pause) {
        this.ledger = ledger;
        this.pause = pause;
        this.projects = projects;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.messages = messages;
    }

    /** The encodings a file may be read in when it has no byte-order mark. */
    public static Charset charset(@Nullable String name) {
        if (name == null || name.isBlank() || name.strip().equalsIgnoreCase("UTF-8")) {
            return StandardCharsets.UTF_8;
        }
        if (List.of("windows-1252", "cp1252").contains(name.strip().toLowerCase(Locale.ROOT))) {
            return Charset.forName("windows-1252");
        }
        throw new InvalidInput("charset", "error.import.charset", name);
    }

    /** Imports a file as uploaded: its bytes are read as {@link Csv#decode} says. */
    public Report run(byte[] file, Charset charset, Mode mode) {
        String text;
        try {
            text = Csv.decode(file, charset);
        } catch (Csv.Unreadable e) {
            return unreadable(mode, e);
        }
        return run(new StringReader(text), mode);
    }

    public Report run(Reader csv, Mode mode) {
        List<Csv.Row> rows;
        try {
            rows = Csv.read(csv);
        } catch (Csv.Unreadable e) {
            return unreadable(mode, e);
        }
        if (rows.isEmpty()) {
            return new Report(mode, 0, 0, 0, List.of(new LineError(1, "file",
                "holds no entries; expected the header " + HEADER + " and one line per entry")));
        }
        List<String> missing = REQUIRED.stream().filter(c -> !rows.getFirst().values().containsKey(c)).toList();
        if (!missing.isEmpty()) {
            return new Report(mode, rows.size(), 0, 0, List.of(new LineError(1, "header",
                "misses the columns " + missing + "; expected " + HEADER)));
        }
        Capped<LineError> errors = new Capped<>(REPORTED);
        return transaction.execute(status -> {
            lockBodiesOf(rows);
            int valid = 0;
            Capped<AlreadyInLedger> already = new Capped<>(REPORTED);
            Map<Long, Integer> writtenFrom = new HashMap<>();
            for (Csv.Row row : rows) {
                int before = errors.count();
                LedgerDraft draft = toDraft(row, errors);
                if (errors.count() == before) {
                    ledger.check(draft).forEach(e -> errors.add(new LineError(row.line(), column(e),
                        InputErrors.message(e, messages, LocaleContextHolder.getLocale()))));
                }
                if (errors.count() == before) {
                    Long same = ledger.findSame(draft).orElse(null);
                    if (same != null) {
                        Integer earlierLine = writtenFrom.get(same);
                        already.add(new AlreadyInLedger(row.line(), earlierLine == null ? same : null, earlierLine));
                        continue;
                    }
                }
                if (errors.count() == before) {
                    FieldError over = ledger.overEnvelope(draft);
                    if (over != null) {
                        errors.add(new LineError(row.line(), "amount",
                            InputErrors.message(over, messages, LocaleContextHolder.getLocale())));
                    }
                }
                if (errors.count() == before) {
                    writtenFrom.put(ledger.write(draft, false).id(), row.line());
                    valid++;
                    pause.reached("ledger-import", valid);
                }
            }
            boolean keep = mode == Mode.VALID_ONLY || (mode == Mode.ALL_OR_NOTHING && errors.count() == 0);
            if (!keep) {
                status.setRollbackOnly();
            }
            return new Report(mode, rows.size(), valid, keep ? valid : 0, already.kept(), already.more(),
                errors.kept(), errors.more());
        });
    }

    /**
     * Two imports of the same lines at once would each find the other's lines missing and write them both: an
     * import holds the rows of the financing bodies its file names until it ends, so imports of the same bodies
     * take turns (the second then finds the first's lines in the ledger). A unique index cannot do this: ledgers
     * may already hold the duplicates this check now prevents, and identical entries typed by hand stay allowed.
     */
    private void lockBodiesOf(List<Csv.Row> rows) {
        TreeSet<String> codes = new TreeSet<>();
        rows.forEach(r -> codes.add(r.get("body").toUpperCase(Locale.ROOT)));
        codes.remove("");
        if (!codes.isEmpty()) {
            jdbc.sql("SELECT code FROM financing_body WHERE code IN (:codes) ORDER BY code FOR UPDATE")
                .param("codes", List.copyOf(codes)).query(String.class).list();
        }
    }

    Report unreadable(Mode mode, Csv.Unreadable e) {
        String message = InputErrors.message(e.errors().getFirst(), messages, LocaleContextHolder.getLocale());
        return new Report(mode, 0, 0, 0, List.of(new LineError(e.line(), "file", message)));
    }

    private LedgerDraft toDraft(Csv.Row row, Capped<LineError> errors) {
        Long projectId = null;
        String project = row.get("project");
        if (!project.isEmpty()) {
            projectId = projects.findIdByIdentifier(project).orElse(null);
            if (projectId == null) {
                errors.add(new LineError(row.line(), "project", "is not a known project identifier: " + project));
            }
        }
        Long windowId = null;
        if (!row.get("window").isEmpty()) {
            try {
                windowId = Long.valueOf(row.get("window"));
            } catch (NumberFormatException e) {
                errors.add(new LineError(row.line(), "window", "is not a window number: " + row.get("window")));
            }
        }
        LocalDate date = null;
        if (!row.get("date").isEmpty()) {
            try {
                date = LocalDate.parse(row.get("date"));
            } catch (DateTimeParseException e) {
                errors.add(new LineError(row.line(), "date", "is not a date (YYYY-MM-DD): " + row.get("date")));
            }
        }
        BigDecimal amount = null;
        if (!row.get("amount").isEmpty()) {
            try {
                amount = new BigDecimal(row.get("amount"));
            } catch (NumberFormatException e) {
                errors.add(new LineError(row.line(), "amount", "is not a number (use a dot for decimals, no thousands "
                    + "separator): " + row.get("amount")));
            }
        }
        return new LedgerDraft(row.get("type"), row.get("body"), projectId, windowId, date, row.get("currency"), amount,
            row.get("reference"), row.get("notes"));
    }

    private static String column(FieldError error) {
        return COLUMN.getOrDefault(error.field(), error.field());
    }
}
