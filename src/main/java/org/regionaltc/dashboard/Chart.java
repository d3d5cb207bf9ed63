package org.regionaltc.dashboard;

import java.util.List;

/**
 * One chart of a dashboard as the page draws it, its table view shows it and its CSV holds it: the same rows and
 * columns in all three. Labels are in the reader's language; keys are the codes behind them.
 */
public record Chart(String id, String title, String kind, List<String> measures, List<String> columns, List<Row> rows) {

    public record Row(String key, String label, List<Number> values) {
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
