package org.regionaltc.report;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * A small page layout over PDFBox: headings that feed a table of contents and the PDF's bookmarks, wrapped
 * paragraphs, tables that continue on the next page with their header, horizontal bar charts, and page numbers.
 * Text uses the standard Helvetica fonts, whose Latin-1 repertoire covers the four languages of the programme.
 */
final class PdfLayout implements AutoCloseable {

    private static final PDRectangle SIZE = PDRectangle.A4;
    private static final float MARGIN = 50;
    private static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;
    private static final Color ACCENT = new Color(0x00, 0x50, 0x7a);
    private static final Color[] SERIES = {ACCENT, new Color(0xf0, 0xb4, 0x00)};

    private record Entry(String title, int level, PDPage page) {
    }

    private final PDDocument document = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final Map<Character, Boolean> encodable = new HashMap<>();
    private final List<Entry> contents = new ArrayList<>();
    private PDPage page;
    private PDPageContentStream out;
    private float y;

    PdfLayout() throws IOException {
        newPage();
    }

    void title(String title, String subtitle) throws IOException {
        y -= 120;
        write(bold, 24, MARGIN, y, title, ACCENT);
        y -= 30;
        for (String line : wrap(subtitle, regular, 13, WIDTH)) {
            write(regular, 13, MARGIN, y, line, Color.DARK_GRAY);
            y -= 18;
        }
        newPage();
    }

    void heading(String text, int level) throws IOException {
        float size = level == 1 ? 16 : 13;
        ensure(size + 40);
        y -= level == 1 ? 18 : 10;
        write(bold, size, MARGIN, y, text, level == 1 ? ACCENT : Color.BLACK);
        y -= size;
        contents.add(new Entry(text, level, page));
    }

    void paragraph(String text) throws IOException {
        for (String line : wrap(text, regular, 10, WIDTH)) {
            ensure(14);
            write(regular, 10, MARGIN, y, line, Color.BLACK);
            y -= 14;
        }
        y -= 4;
    }

    /** Rows of text; widths are fractions of the text width; the header repeats on each page the table spans. */
    void table(List<String> header, float[] widths, List<List<String>> rows) throws IOException {
        if (rows.isEmpty()) {
            return;
        }
        tableRow(header, widths, true);
        for (List<String> row : rows) {
            float height = rowHeight(row, widths, regular);
            if (y - height < MARGIN + 20) {
                newPage();
                tableRow(header, widths, true);
            }
            tableRow(row, widths, false);
        }
        y -= 8;
    }

    private float rowHeight(List<String> row, float[] widths, PDType1Font font) throws IOException {
        int lines = 1;
        for (int i = 0; i < row.size(); i++) {
            lines = Math.max(lines, wrap(row.get(i), font, 9, widths[i] * WIDTH - 6).size());
        }
        return lines * 11 + 5;
    }

    private void tableRow(List<String> cells, float[] widths, boolean header) throws IOException {
        PDType1Font font = header ? bold : regular;
        float height = rowHeight(cells, widths, font);
        ensure(height);
        if (header) {
            out.setNonStrokingColor(new Color(0xf1, 0xf5, 0xf8));
            out.addRect(MARGIN, y - height + 9, WIDTH, height);
            out.fill();
        }
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            float line = y;
            for (String text : wrap(cells.get(i), font, 9, widths[i] * WIDTH - 6)) {
                write(font, 9, x + 3, line, text, Color.BLACK);
                line -= 11;
            }
            x += widths[i] * WIDTH;
        }
        out.setStrokingColor(new Color(0xc9, 0xd3, 0xdc));
        out.moveTo(MARGIN, y - height + 9);
        out.lineTo(MARGIN + WIDTH, y - height + 9);
        out.stroke();
        y -= height;
    }

    /** Horizontal bars, one or two series, each labelled with its value; the chart draws the figures its table lists. */
    void bars(List<String> labels, List<String> series, List<double[]> values, Function<Double, String> format)
            throws IOException {
        if (labels.isEmpty()) {
            return;
        }
        float barHeight = 9;
        float labelWidth = WIDTH * 0.35f;
        float plot = WIDTH - labelWidth - 70;
        double max = 0;
        for (double[] v : values) {
            for (double d : v) {
                max = Math.max(max, d);
            }
        }
        if (series.size() > 1) {
            ensure(16);
            float x = MARGIN + labelWidth;
            for (int s = 0; s < series.size(); s++) {
                out.setNonStrokingColor(SERIES[s % SERIES.length]);
                out.addRect(x, y - 1, 8, 8);
                out.fill();
                write(regular, 8, x + 11, y, series.get(s), Color.BLACK);
                x += regular.getStringWidth(safe(series.get(s), regular)) / 1000 * 8 + 30;
            }
            y -= 14;
        }
        for (int i = 0; i < labels.size(); i++) {
            float group = series.size() * (barHeight + 2) + 6;
            ensure(group);
            write(regular, 8, MARGIN, y - 1, fit(labels.get(i), labelWidth - 6), Color.BLACK);
            float top = y;
            for (int s = 0; s < series.size(); s++) {
                double value = values.get(i)[s];
                float length = max > 0 ? (float) (value / max * plot) : 0;
                out.setNonStrokingColor(SERIES[s % SERIES.length]);
                out.addRect(MARGIN + labelWidth, top - 2, Math.max(length, 0.5f), barHeight);
                out.fill();
                write(regular, 7, MARGIN + labelWidth + length + 3, top, format.apply(value), Color.DARK_GRAY);
                top -= barHeight + 2;
            }
            y -= group;
        }
        y -= 6;
    }

    /**
     * Puts the table of contents after the title page, numbers every page "n / total" and adds bookmarks, then
     * writes the document.
     */
    void finish(String contentsTitle, OutputStream target) throws IOException {
        out.close();
        PDPage first = document.getPage(0);
        List<PDPage> tocPages = new ArrayList<>();
        PDPage toc = new PDPage(SIZE);
        tocPages.add(toc);
        document.getPages().insertAfter(toc, first);
        PDPageContentStream stream = new PDPageContentStream(document, toc);
        float line = SIZE.getHeight() - MARGIN - 16;
        stream.close();
        out = new PDPageContentStream(document, toc, PDPageContentStream.AppendMode.APPEND, true);
        write(bold, 16, MARGIN, line, contentsTitle, ACCENT);
        line -= 28;
        PDDocumentOutline outline = new PDDocumentOutline();
        document.getDocumentCatalog().setDocumentOutline(outline);
        PDOutlineItem parent = null;
        for (Entry entry : contents) {
            int number = document.getPages().indexOf(entry.page()) + 1;
            float indent = entry.level() == 1 ? 0 : 16;
            PDType1Font font = entry.level() == 1 ? bold : regular;
            write(font, 10, MARGIN + indent, line, fit(entry.title(), WIDTH - indent - 40), Color.BLACK);
            String n = String.valueOf(number);
            write(regular, 10, MARGIN + WIDTH - regular.getStringWidth(n) / 1000 * 10, line, n, Color.BLACK);
            line -= entry.level() == 1 ? 16 : 13;
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(entry.title());
            PDPageFitDestination destination = new PDPageFitDestination();
            destination.setPage(entry.page());
            item.setDestination(destination);
            if (entry.level() == 1 || parent == null) {
                outline.addLast(item);
                parent = item;
            } else {
                parent.addLast(item);
            }
        }
        out.close();
        int total = document.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                out = footer;
                String label = (i + 1) + " / " + total;
                write(regular, 8, MARGIN + WIDTH - regular.getStringWidth(label) / 1000 * 8, MARGIN - 25, label, Color.GRAY);
            }
        }
        document.save(target);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    private void ensure(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        page = new PDPage(SIZE);
        document.addPage(page);
        out = new PDPageContentStream(document, page);
        y = SIZE.getHeight() - MARGIN - 10;
    }

    private void write(PDType1Font font, float size, float x, float at, String text, Color color) throws IOException {
        out.beginText();
        out.setNonStrokingColor(color);
        out.setFont(font, size);
        out.newLineAtOffset(x, at);
        out.showText(safe(text, font));
        out.endText();
    }

    private String fit(String text, float width) throws IOException {
        String safe = safe(text, regular);
        while (safe.length() > 1 && regular.getStringWidth(safe) / 1000 * 8 > width) {
            safe = safe.substring(0, safe.length() - 2) + "…";
        }
        return safe;
    }

    private List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : safe(text, font).split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size <= width || line.isEmpty()) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Text the font can show: a character outside its encoding becomes '?' rather than failing the report. */
    private String safe(String text, PDType1Font font) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            // French groups digits with a narrow no-break space, which Latin-1 lacks: a no-break space shows the same.
            char shown = c == '\t' || c == '\r' ? ' ' : c == '\u202f' ? '\u00a0' : c;
            boolean ok = shown == '\n' || encodable.computeIfAbsent(shown, ch -> {
                try {
                    font.encode(String.valueOf(ch));
                    return true;
                } catch (IllegalArgumentException | IOException e) {
                    return false;
                }
            });
            b.append(ok ? shown : '?');
        }
        return b.toString();
    }
}
