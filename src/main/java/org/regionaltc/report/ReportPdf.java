package org.regionaltc.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.regionaltc.dashboard.Dashboard;
import org.regionaltc.dialogue.ActionItem;
import org.regionaltc.dialogue.Decision;
import org.regionaltc.dialogue.Meeting;
import org.regionaltc.offer.NationalResources;
import org.regionaltc.priority.CycleComparison;
import org.regionaltc.priority.Priority;
import org.regionaltc.reference.Names;
import org.regionaltc.results.Rollup;
import org.regionaltc.system.Figures;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The review report as a PDF in the reader's language: the same sections, tables and figures as its page. */
@Component
class ReportPdf {

    private final MessageSource messages;
    private final Names names;
    private final Figures figures;

    ReportPdf(MessageSource messages, Names names, Figures figures) {
        this.messages = messages;
        this.names = names;
        this.figures = figures;
    }

    void write(ReviewReport report, OutputStream target) throws IOException {
        try (PdfLayout pdf = new PdfLayout()) {
            pdf.title(text("report.title"), report.cycle().title() + "\n" + text("report.period",
                report.cycle().periodStart(), report.cycle().periodEnd()) + "\n"
                + (report.scoped() ? text("report.scope.countries", names.countries(String.join(" ", report.countries())))
                    : text("report.scope.all")));
            priorities(pdf, report);
            alignment(pdf, report.figures());
            mobilization(pdf, report);
            results(pdf, report.results());
            dialogue(pdf, report);
            pdf.finish(text("report.contents"), target);
        }
    }

    private void priorities(PdfLayout pdf, ReviewReport report) throws IOException {
        pdf.heading("1. " + text("report.section.priorities"), 1);
        pdf.paragraph(text("report.priorities.count", report.priorities().size()));
        pdf.table(List.of(text("report.column.scope"), text("report.column.theme"), text("report.column.rank"),
                text("report.column.priority"), text("report.column.weight")), new float[] {0.18f, 0.22f, 0.08f, 0.42f, 0.10f},
            report.priorities().stream().map(this::priorityRow).toList());
        pdf.heading("1.1 " + text("report.section.changes"), 2);
        if (report.previous() == null) {
            pdf.paragraph(text("report.changes.noPrevious"));
            return;
        }
        pdf.paragraph(text("report.changes.since", report.previous().title(), report.changes().size()));
        pdf.table(List.of(text("report.column.change"), text("report.column.scope"), text("report.column.before"),
                text("report.column.after")), new float[] {0.18f, 0.14f, 0.34f, 0.34f},
            report.changes().stream().map(this::changeRow).toList());
    }

    private List<String> priorityRow(Priority p) {
        return List.of(names.scope(p.countryCode(), p.groupingCode()), names.theme(p.thematicAreaCode()),
            String.valueOf(p.rank()), p.title(), figures.weight(p.weight()));
    }

    private List<String> changeRow(CycleComparison.Change c) {
        List<String> kinds = c.kinds().stream().map(k -> text("countryPage.change." + k)).toList();
        return List.of(String.join(", ", kinds), names.scope(c.countryCode(), c.groupingCode()),
            c.titleBefore() == null ? "—" : c.titleBefore(), c.titleAfter() == null ? "—" : c.titleAfter());
    }

    private void alignment(PdfLayout pdf, Dashboard d) throws IOException {
        pdf.heading("2. " + text("report.section.alignment"), 1);
        pdf.paragraph(text("report.alignment.summary", d.portfolio().projects(), figures.number(d.portfolio().budgetUsd()),
            d.alignment().score() == null ? "—" : figures.score(d.alignment().score())));
        pdf.heading("2.1 " + text("dashboard.chart.alignment"), 2);
        pdf.bars(d.alignment().distribution().stream().map(Dashboard.Band::key).toList(),
            List.of(text("dashboard.column.projects")),
            d.alignment().distribution().stream().map(b -> new double[] {b.projects()}).toList(), v -> figures.number(v));
        pdf.heading("2.2 " + text("dashboard.chart.theme"), 2);
        List<Dashboard.Share> themes = d.portfolio().byTheme().rows();
        pdf.bars(themes.stream().map(s -> names.theme(s.key())).toList(), List.of(text("dashboard.column.budget")),
            themes.stream().map(s -> new double[] {s.budgetUsd().doubleValue()}).toList(), v -> figures.number(v));
        pdf.heading("2.3 " + text("report.section.gaps"), 2);
        pdf.paragraph(text("report.gaps.count", d.gaps().rows().size()));
        pdf.table(List.of(text("report.column.scope"), text("report.column.theme"), text("report.column.priority"),
                text("report.column.weight"), text("dashboard.gap.linked")), new float[] {0.16f, 0.2f, 0.38f, 0.1f, 0.16f},
            d.gaps().rows().stream().map(g -> List.of(names.scope(g.countryCode(), g.groupingCode()), names.theme(g.theme()),
                g.title(), figures.weight(g.weight()), figures.number(g.linkedBudgetUsd()))).toList());
    }

    private void mobilization(PdfLayout pdf, ReviewReport report) throws IOException {
        Dashboard d = report.figures();
        pdf.heading("3. " + text("report.section.mobilization"), 1);
        pdf.paragraph(text("report.mobilization.summary", figures.number(d.funding().secured()),
            d.funding().gap() == null ? "—" : figures.number(d.funding().gap()),
            d.cofinancingRatio() == null ? "—" : figures.ratio(d.cofinancingRatio().ratio())));
        pdf.heading("3.1 " + text("dashboard.chart.sources"), 2);
        List<Dashboard.Source> sources = d.funding().bySource();
        pdf.bars(sources.stream().map(s -> s.key().equals("COFINANCING") ? text("dashboard.cofinancing") : names.body(s.key())).toList(),
            List.of(text("dashboard.column.secured")),
            sources.stream().map(s -> new double[] {s.securedUsd().doubleValue()}).toList(), v -> figures.number(v));
        if (d.pipeline() != null) {
            pdf.heading("3.2 " + text("dashboard.chart.pipeline"), 2);
            pdf.paragraph(text("report.pipeline.summary", figures.number(d.pipeline().totalUsd()),
                figures.number(d.pipeline().weightedUsd())));
            List<Dashboard.StageFigures> stages = d.pipeline().byStage();
            pdf.bars(stages.stream().map(s -> names.of("Stage", s.key())).toList(),
                List.of(text("dashboard.column.total"), text("dashboard.column.weighted")),
                stages.stream().map(s -> new double[] {s.totalUsd().doubleValue(), s.weightedUsd().doubleValue()}).toList(),
                v -> figures.number(v));
        }
        nationalResources(pdf, d.pipeline() == null ? "3.2 " : "3.3 ", report);
    }

    private void nationalResources(PdfLayout pdf, String number, ReviewReport report) throws IOException {
        NationalResources.Summary nr = report.nationalResources();
        pdf.heading(number + text("report.section.nationalResources"), 2);
        pdf.paragraph(text("report.nationalResources.summary", nr.total().offers(), figures.number(nr.total().offeredUsd()),
            figures.number(nr.total().confirmedUsd()), figures.number(nr.total().unallocatedUsd())));
        if (!nr.currenciesWithoutRate().isEmpty()) {
            pdf.paragraph(text("report.nationalResources.withoutRate", String.join(", ", nr.currenciesWithoutRate())));
        }
        if (nr.isEmpty()) {
            return;
        }
        float[] widths = {0.32f, 0.1f, 0.2f, 0.19f, 0.19f};
        pdf.paragraph(text("report.nationalResources.byCountry"));
        pdf.table(resourceColumns(), widths,
            nr.byCountry().stream().map(l -> resourceRow(names.country(l.key()), l)).toList());
        pdf.paragraph(text("report.nationalResources.byTheme"));
        pdf.table(resourceColumns(), widths,
            nr.byTheme().stream().map(l -> resourceRow(names.theme(l.key()), l)).toList());
    }

    private List<String> resourceColumns() {
        return List.of("", text("report.column.offers"), text("report.column.offered"), text("report.column.confirmed"),
            text("report.column.unallocated"));
    }

    private List<String> resourceRow(String label, NationalResources.Line l) {
        return List.of(label, String.valueOf(l.offers()), figures.number(l.offeredUsd()), figures.number(l.confirmedUsd()),
            figures.number(l.unallocatedUsd()));
    }

    private void results(PdfLayout pdf, List<Rollup.Row> rows) throws IOException {
        pdf.heading("4. " + text("report.section.results"), 1);
        if (rows.isEmpty()) {
            pdf.paragraph(text("dashboard.nothing"));
            return;
        }
        pdf.table(List.of(text("report.column.theme"), text("report.column.unit"), text("report.column.year"),
                text("report.column.target"), text("report.column.actual"), text("report.column.indicators")),
            new float[] {0.3f, 0.2f, 0.1f, 0.15f, 0.15f, 0.1f},
            rows.stream().map(r -> List.of(names.theme(r.key()), r.unit(), String.valueOf(r.year()),
                figures.number(r.target()), figures.number(r.actual()), String.valueOf(r.indicators()))).toList());
        pdf.bars(rows.stream().map(r -> names.theme(r.key()) + " · " + r.unit() + " · " + r.year()).toList(),
            List.of(text("report.column.target"), text("report.column.actual")),
            rows.stream().map(r -> new double[] {r.target().doubleValue(), r.actual().doubleValue()}).toList(),
            v -> figures.number(v));
    }

    private void dialogue(PdfLayout pdf, ReviewReport report) throws IOException {
        pdf.heading("5. " + text("report.section.dialogue"), 1);
        List<List<String>> decisions = new ArrayList<>();
        for (Meeting m : report.dialogue().meetings()) {
            for (Decision decision : report.dialogue().decisions().getOrDefault(m.id(), List.of())) {
                decisions.add(List.of(m.heldOn().toString(), m.title(), decision.text()));
            }
        }
        pdf.heading("5.1 " + text("report.section.decisions"), 2);
        if (decisions.isEmpty()) {
            pdf.paragraph(text("dashboard.nothing"));
        }
        pdf.table(List.of(text("report.column.date"), text("report.column.meeting"), text("report.column.decision")),
            new float[] {0.14f, 0.3f, 0.56f}, decisions);
        pdf.heading("5.2 " + text("report.section.actions"), 2);
        List<ActionItem> actions = report.dialogue().actions();
        if (actions.isEmpty()) {
            pdf.paragraph(text("dashboard.nothing"));
        }
        pdf.table(List.of(text("countryPage.action"), text("countryPage.owner"), text("countryPage.due")),
            new float[] {0.6f, 0.25f, 0.15f},
            actions.stream().map(a -> List.of(a.description(), a.owner(), a.dueDate().toString())).toList());
    }

    private String text(String code, @Nullable Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(code, arguments, code, locale);
    }
}
