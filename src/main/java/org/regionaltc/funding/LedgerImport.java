package org.regionaltc.funding;

import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.regionaltc.system.Csv;
import org.regionaltc.system.InvalidInput.FieldError;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports ledger entries from CSV, one transaction for the whole file, each line checked as if the lines before
 * it were written (so commitments add up against their window). A dry run and an import with errors roll back;
 * only {@link Mode#VALID_ONLY}, chosen explicitly, keeps the valid lines of a file that has errors.
 */
@Service
public class LedgerImport {

    public enum Mode { DRY_RUN, ALL_OR_NOTHING, VALID_ONLY }

    public record LineError(int line, String field, String message) {
    }

    public record Report(Mode mode, int lines, int valid, int written, List<LineError> errors) {

        public boolean hasErrors() {
            return !errors.isEmpty();
        }
    }

    static final List<String> REQUIRED = List.of("type", "body", "date", "currency", "amount");
    static final String HEADER = "type,body,project,window,date,currency,amount,reference,notes";
    private static final Map<String, String> COLUMN = Map.of("type", "type", "bodyCode", "body", "projectId", "project",
        "windowId", "window", "date", "date", "currency", "currency", "amount", "amount", "reference", "reference",
        "notes", "notes");

    private final LedgerEntries ledger;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    LedgerImport(LedgerEntries ledger, JdbcClient jdbc, TransactionTemplate transaction) {
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    public Report run(Reader csv, Mode mode) {
        List<Csv.Row> rows = Csv.read(csv);
        List<LineError> errors = new ArrayList<>();
        if (rows.isEmpty()) {
            errors.add(new LineError(1, "file", "holds no entries; expected the header " + HEADER + " and one line per entry"));
            return new Report(mode, 0, 0, 0, errors);
        }
        List<String> missing = REQUIRED.stream().filter(c -> !rows.getFirst().values().containsKey(c)).toList();
        if (!missing.isEmpty()) {
            errors.add(new LineError(1, "header", "misses the columns " + missing + "; expected " + HEADER));
            return new Report(mode, rows.size(), 0, 0, errors);
        }
        return transaction.execute(status -> {
            int valid = 0;
            for (Csv.Row row : rows) {
                int before = errors.size();
                LedgerDraft draft = toDraft(row, errors);
                if (errors.size() == before) {
                    ledger.check(draft).forEach(e -> errors.add(new LineError(row.line(), column(e), e.message())));
                }
                if (errors.size() == before) {
                    String over = ledger.overEnvelope(draft);
                    if (over != null) {
                        errors.add(new LineError(row.line(), "amount", over));
                    }
                }
                if (errors.size() == before) {
                    ledger.write(draft, false);
                    valid++;
                }
            }
            boolean keep = mode == Mode.VALID_ONLY || (mode == Mode.ALL_OR_NOTHING && errors.isEmpty());
            if (!keep) {
                status.setRollbackOnly();
            }
            return new Report(mode, rows.size(), valid, keep ? valid : 0, List.copyOf(errors));
        });
    }

    private LedgerDraft toDraft(Csv.Row row, List<LineError> errors) {
        Long projectId = null;
        String project = row.get("project");
        if (!project.isEmpty()) {
            projectId = jdbc.sql("SELECT id FROM tc_project WHERE identifier = :identifier").param("identifier", project)
                .query(Long.class).optional().orElse(null);
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
