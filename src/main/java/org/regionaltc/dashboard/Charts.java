package org.regionaltc.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.regionaltc.reference.Names;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Turns a dashboard's figures into its charts, labelled in the reader's language. */
@Component
public class Charts {

    private final Names names;
    private final MessageSource messages;

    Charts(Names names, MessageSource messages) {
        this.names = names;
        this.messages = messages;
    }

    public List<Chart> of(Dashboard d) {
        List<Chart> charts = new ArrayList<>();
        charts.add(chart("status", "bar", List.of("dashboard.column.projects", "dashboard.column.budget"),
            d.portfolio().byStatus().rows().stream().map(s -> row(s.key(), names.of("ProjectStatus", s.key()),
                s.projects(), s.budgetUsd())).toList()));
        charts.add(chart("subregion", "pie", List.of("dashboard.column.budget", "dashboard.column.projects"),
            d.portfolio().bySubregion().rows().stream().map(s -> row(s.key(), subregion(s.key()),
                s.budgetUsd(), s.projects())).toList()));
        charts.add(chart("theme", "bar", List.of("dashboard.column.budget", "dashboard.column.projects"),
            d.portfolio().byTheme().rows().stream().map(s -> row(s.key(), names.theme(s.key()),
                s.budgetUsd(), s.projects())).toList()));
        charts.add(chart("alignment", "bar", List.of("dashboard.column.projects"),
            d.alignment().distribution().stream().map(b -> row(b.key(), b.key(), b.projects())).toList()));
        charts.add(chart("sources", "pie", List.of("dashboard.column.secured"),
            d.funding().bySource().stream().map(s -> row(s.key(), source(s.key()), s.securedUsd())).toList()));
        if (d.funding().gap() != null) {
            charts.add(chart("funding", "bar", List.of("dashboard.column.amount"), List.of(
                row("SECURED", text("dashboard.column.secured"), d.funding().secured()),
                row("GAP", text("dashboard.column.gap"), d.funding().gap()))));
        }
        if (d.pipeline() != null) {
            charts.add(chart("pipeline", "bar", List.of("dashboard.column.total", "dashboard.column.weighted",
                    "dashboard.column.proposals"),
                d.pipeline().byStage().stream().map(s -> row(s.key(), names.of("Stage", s.key()), s.totalUsd(),
                    s.weightedUsd(), s.proposals())).toList()));
        }
        charts.add(chart("countries", "map", countryColumns(d), d.portfolio().byCountry().rows().stream()
            .map(c -> d.funding().gap() == null
                ? row(c.key(), names.country(c.key()), c.budgetUsd(), c.projects(), c.score() == null ? null : round(c.score()))
                : row(c.key(), names.country(c.key()), c.budgetUsd(), c.gapUsd(), c.projects(), c.score() == null ? null : round(c.score())))
            .toList()));
        return charts;
    }

    private static List<String> countryColumns(Dashboard d) {
        return d.funding().gap() == null
            ? List.of("dashboard.column.budget", "dashboard.column.projects", "dashboard.column.score")
            : List.of("dashboard.column.budget", "dashboard.column.gap", "dashboard.column.projects", "dashboard.column.score");
    }

    public String subregion(String key) {
        return messages.getMessage("dashboard.subregion." + key.replace(' ', '_'), null, key, LocaleContextHolder.getLocale());
    }

    private String source(String key) {
        return key.equals(DashboardQueries.COFINANCING) ? text("dashboard.cofinancing") : names.body(key);
    }

    private String text(String code) {
        return messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
    }

    private Chart chart(String id, String kind, List<String> columns, List<Chart.Row> rows) {
        Locale locale = LocaleContextHolder.getLocale();
        return new Chart(id, messages.getMessage("dashboard.chart." + id, null, id, locale), kind,
            columns.stream().map(c -> c.substring(c.lastIndexOf('.') + 1)).toList(), columns.stream().map(c -> messages.getMessage(c, null, c, locale)).toList(), rows);
    }

    private static Chart.Row row(String key, String label, @Nullable Number... values) {
        return new Chart.Row(key, label, Arrays.asList(values));
    }

    private static BigDecimal round(double score) {
        return BigDecimal.valueOf(Math.round(score));
    }
}
