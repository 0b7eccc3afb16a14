package org.rollcall.reports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.rollcall.reports.ReportTable;

/**
 * A report as XLSX with Apache POI's streaming writer (SXSSF): only a window of rows is in memory, the rest goes to a
 * temporary file deleted when done. Headings bold in a frozen first row; numbers are numeric cells (percentages shown
 * to one decimal place, the same value as CSV and PDF); the title and range are the document's title.
 */
final class XlsxExport {

    // Rows kept in memory before SXSSF flushes them to its temporary file.
    private static final int WINDOW = 200;
    private static final int MAX_SHEET_NAME = 31;

    private XlsxExport() {
    }

    static void write(ReportTable table, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(table.title());
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("Rollcall");
            String label = table.kind().label();
            SXSSFSheet sheet = workbook.createSheet(safeName(label));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < table.columns().size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(table.columns().get(c));
                cell.setCellStyle(heading);
                sheet.setColumnWidth(c, Math.min(60, Math.max(12, table.columns().get(c).length() + 4)) * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof Integer || value instanceof Long) {
                        cell.setCellValue(((Number) value).doubleValue());
                    } else if (value instanceof Number n) {
                        // The value rounded as CSV and PDF print it, so all three formats hold the same figure.
                        cell.setCellValue(Double.parseDouble(Cells.text(n)));
                        cell.setCellStyle(decimal);
                    } else {
                        cell.setCellValue(Cells.text(value));
                    }
                }
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static String safeName(String label) {
        String name = label.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return name.length() > MAX_SHEET_NAME ? name.substring(0, MAX_SHEET_NAME) : name;
    }
}
