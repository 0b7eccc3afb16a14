package org.rollcall.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The downloadable templates of a file {@link TabularReader} reads: the header row and one example row, as CSV (UTF-8)
 * or XLSX (all cells text). Used by the bulk imports and by the marks files of schoolfeed.
 */
public final class TabularTemplates {

    public static final String CSV_TYPE = "text/csv; charset=UTF-8";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private TabularTemplates() {
    }

    public static void csv(List<String> header, List<String> example, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            printer.printRecord(example);
        }
    }

    public static void xlsx(List<String> header, List<String> example, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Import");
            // Text cells: a URN or UPN typed as a number would lose leading zeros or turn into 1E+12.
            var text = book.createCellStyle();
            text.setDataFormat(book.createDataFormat().getFormat("@"));
            for (int r = 0; r < 2; r++) {
                Row row = sheet.createRow(r);
                List<String> values = r == 0 ? header : example;
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c));
                    row.getCell(c).setCellStyle(text);
                }
            }
            for (int c = 0; c < header.size(); c++) {
                sheet.setDefaultColumnStyle(c, text);
                sheet.setColumnWidth(c, 22 * 256);
            }
            book.write(out);
        }
    }
}
