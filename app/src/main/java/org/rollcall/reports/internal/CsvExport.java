package org.rollcall.reports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rollcall.reports.ReportTable;

/**
 * A report as CSV (Apache Commons CSV): UTF-8 with a byte-order mark so Excel reads names with accents, the headings
 * then the rows, written straight to the stream. Text that a spreadsheet would run as a formula (starting with =, +,
 * -, @, a tab or a carriage return) gets a leading apostrophe (OWASP's CSV-injection advice); numbers stay numbers.
 */
final class CsvExport {

    private static final char BOM = '\uFEFF';

    private CsvExport() {
    }

    static void write(ReportTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setRecordSeparator("\r\n").get());
        csv.printRecord(table.columns().stream().map(CsvExport::guard).toList());
        for (List<Object> row : table.rows()) {
            csv.printRecord(row.stream().map(CsvExport::cell).toList());
        }
        csv.flush();
    }

    static String cell(Object value) {
        return value instanceof Number ? Cells.text(value) : guard(Cells.text(value));
    }

    /** A leading apostrophe on text a spreadsheet would read as a formula. */
    static String guard(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
