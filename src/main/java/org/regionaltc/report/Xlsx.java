package org.regionaltc.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Writes sheets as an XLSX workbook through POI's streaming SXSSF: only a window of rows stays in memory, the rest
 * goes to a temporary file that is deleted once the workbook is written. Numbers are numeric cells, dates are
 * date cells, text is text (never a formula, whatever it starts with).
 */
final class Xlsx {

    private static final int ROWS_IN_MEMORY = 200;
    /** Excel's own limit on the characters of a cell. */
    private static final int MAX_TEXT = 32_767;

    private Xlsx() {
    }

    static void write(List<Sheet> sheets, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            workbook.setCompressTempFiles(true);
            Styles styles = new Styles(workbook);
            for (Sheet sheet : sheets) {
                write(workbook, styles, sheet);
            }
            workbook.write(out);
        }
    }

    private record Styles(CellStyle header, CellStyle date, CellStyle dateTime) {

        Styles(SXSSFWorkbook workbook) {
            this(workbook.createCellStyle(), workbook.createCellStyle(), workbook.createCellStyle());
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            dateTime.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        }
    }

    private static void write(SXSSFWorkbook workbook, Styles styles, Sheet sheet) {
        SXSSFSheet out = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheet.name()));
        Row header = out.createRow(0);
        for (int c = 0; c < sheet.columns().size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(sheet.columns().get(c));
            cell.setCellStyle(styles.header());
            out.setColumnWidth(c, 18 * 256);
        }
        out.createFreezePane(0, 1);
        int[] next = {1};
        sheet.rows().each(values -> {
            Row row = out.createRow(next[0]++);
            for (int c = 0; c < values.size(); c++) {
                set(row.createCell(c), values.get(c), styles);
            }
        });
    }

    private static void set(Cell cell, @Nullable Object value, Styles styles) {
        switch (value) {
            case null -> cell.setBlank();
            case BigDecimal number -> cell.setCellValue(number.doubleValue());
            case Number number -> cell.setCellValue(number.doubleValue());
            case Boolean flag -> cell.setCellValue(flag);
            case LocalDate date -> {
                cell.setCellValue(date);
                cell.setCellStyle(styles.date());
            }
            case OffsetDateTime at -> {
                cell.setCellValue(at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
                cell.setCellStyle(styles.dateTime());
            }
            default -> {
                String text = value.toString();
                cell.setCellValue(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
            }
        }
    }
}
