package org.regionaltc.alliance;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.Text;

/**
 * The availability periods and past assignments of the expert page, posted as parallel columns of rows
 * ({@code periodStart[i]}, {@code periodEnd[i]}; {@code assignmentProject[i]}, {@code assignmentRole[i]}). The page
 * always offers a few empty rows to fill in; an empty row is skipped, a half-filled one is refused naming its line.
 */
final class ExpertRows {

    /** How many empty rows the page adds under the expert's own, to add periods and assignments without script. */
    static final int EMPTY_ROWS = 2;

    private ExpertRows() {
    }

    static List<Expert.Period> periods(@Nullable List<String> starts, @Nullable List<String> ends) {
        List<Expert.Period> periods = new ArrayList<>();
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < Math.max(size(starts), size(ends)); i++) {
            String start = at(starts, i);
            String end = at(ends, i);
            if (start == null && end == null) {
                continue;
            }
            LocalDate from = date(start, i, errors);
            LocalDate to = date(end, i, errors);
            if (from == null || to == null || to.isBefore(from)) {
                errors.add(new InvalidInput.FieldError("availability", "expert.rows.period", i + 1));
            } else {
                periods.add(new Expert.Period(from, to));
            }
        }
        refuse(errors);
        return periods;
    }

    static List<Expert.Assignment> assignments(@Nullable List<String> projects, @Nullable List<String> roles) {
        List<Expert.Assignment> assignments = new ArrayList<>();
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < Math.max(size(projects), size(roles)); i++) {
            String project = at(projects, i);
            String role = at(roles, i);
            if (project == null && role == null) {
                continue;
            }
            Long projectId = project == null ? null : number(project);
            if (projectId == null || role == null || role.length() > 200) {
                errors.add(new InvalidInput.FieldError("assignments", "expert.rows.assignment", i + 1));
            } else {
                assignments.add(new Expert.Assignment(projectId, role));
            }
        }
        refuse(errors);
        return assignments;
    }

    /** The form with the page's rows in place of the (absent) JSON lists. */
    static ExpertForm into(ExpertForm form, List<Expert.Period> periods, List<Expert.Assignment> assignments) {
        return new ExpertForm(form.name(), form.email(), form.phone(), form.cv(), form.themes(), form.sectors(),
            form.languages(), form.countries(), periods, assignments, form.version());
    }

    private static @Nullable LocalDate date(@Nullable String value, int row, List<InvalidInput.FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new InvalidInput.FieldError("availability", "expert.rows.date", row + 1, value));
            return null;
        }
    }

    private static @Nullable Long number(String value) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void refuse(List<InvalidInput.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors.stream().distinct().toList());
        }
    }

    private static int size(@Nullable List<String> values) {
        return values == null ? 0 : values.size();
    }

    private static @Nullable String at(@Nullable List<String> values, int i) {
        if (values == null || i >= values.size()) {
            return null;
        }
        String value = Text.blankToNull(values.get(i));
        return value == null ? null : value.strip();
    }
}
