package org.rollcall.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rollcall.reports.ReportTable;

/** Reads exported reports back with the libraries people's tools use: Commons CSV, POI, PDFBox. */
public final class ExportReading {

    // A figure standing alone: not part of a word, a UPN, a date like 2026-12-02 or a label like "(3)".
    private static final Pattern FIGURE = Pattern.compile("(?<![\\w./()\\-])\\d+(?:\\.\\d+)?(?![\\w/()\\-]|\\.\\d)");

    private ExportReading() {
    }

    /** Every record, headings first, without the byte-order mark. */
    public static List<List<String>> csv(byte[] bytes) throws IOException {
        if (!(bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF)) {
            throw new AssertionError("the CSV does not start with a UTF-8 byte-order mark");
        }
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3),
                StandardCharsets.UTF_8)) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : CSVFormat.EXCEL.parse(reader)) {
                rows.add(record.toList());
            }
            return rows;
        }
    }

    /** Every row of the first sheet, headings first: numbers as Double, text as String, empty cells null. */
    public static List<List<Object>> xlsx(byte[] bytes, int columns) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<List<Object>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<Object> cells = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    Cell cell = row == null ? null : row.getCell(c);
                    cells.add(cell == null ? null : cell.getCellType() == CellType.NUMERIC ? cell.getNumericCellValue()
                            : cell.getStringCellValue());
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    public static String pdfText(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    public static int pdfPages(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return document.getNumberOfPages();
        }
    }

    /**
     * The figures in the PDF's table, in reading order: page footers and the heading lines left out. Text cells
     * must hold no standalone number (names, schools, codes), or they would be read as figures too.
     */
    public static List<String> pdfFigures(byte[] bytes) throws IOException {
        List<String> figures = new ArrayList<>();
        for (String line : pdfText(bytes).split("\\R")) {
            if (line.startsWith("Page ") || line.startsWith("Produced ") || line.matches(".*\\d{4} to \\d.*")
                    || line.matches("^\\d{1,2} \\p{L}+ \\d{4}$") || line.contains(" — ")) {
                continue;
            }
            Matcher m = FIGURE.matcher(line);
            while (m.find()) {
                figures.add(m.group());
            }
        }
        return figures;
    }

    /**
     * The three files hold the table: the same headings, every cell's text in CSV and XLSX (numbers as numeric
     * cells of the same value), and the same figures in the PDF, in order.
     */
    public static void assertAgree(ReportTable table, byte[] csvBytes, byte[] xlsxBytes, byte[] pdf)
            throws IOException {
        String what = table.kind().label();
        List<List<String>> csv = csv(csvBytes);
        List<List<Object>> xlsx = xlsx(xlsxBytes, table.columns().size());
        assertThat(csv.getFirst()).as(what).isEqualTo(table.columns());
        assertThat(xlsx.getFirst()).as(what).isEqualTo(new ArrayList<Object>(table.columns()));
        assertThat(csv).as(what).hasSize(table.rows().size() + 1);
        assertThat(xlsx).as(what).hasSize(table.rows().size() + 1);
        for (int r = 0; r < table.rows().size(); r++) {
            for (int c = 0; c < table.columns().size(); c++) {
                Object cell = table.rows().get(r).get(c);
                String where = what + " row " + r + " column " + table.columns().get(c);
                Object inXlsx = xlsx.get(r + 1).get(c);
                String inCsv = csv.get(r + 1).get(c);
                if (cell instanceof Number n) {
                    assertThat(inXlsx).as(where).isEqualTo(Double.parseDouble(Cells.text(n)));
                    assertThat(inCsv).as(where).isEqualTo(Cells.text(n));
                } else if (cell == null) {
                    assertThat(inXlsx).as(where).isNull();
                    assertThat(inCsv).as(where).isEmpty();
                } else {
                    assertThat(inXlsx).as(where).isEqualTo(Cells.text(cell));
                    assertThat(inCsv).as(where).isEqualTo(CsvExport.cell(cell));
                }
            }
        }
        // Text cells may hold numbers too (dates) and wrap over lines: every number, counted, whatever the order.
        assertThat(pdfFigures(pdf)).as(what).containsExactlyInAnyOrderElementsOf(numbersIn(table));
    }

    /** Every number the table prints, in its figures and inside its text (a date's day and year). */
    public static List<String> numbersIn(ReportTable table) {
        List<String> numbers = new ArrayList<>();
        table.rows().forEach(row -> row.forEach(cell -> {
            Matcher m = FIGURE.matcher(Cells.text(cell));
            while (m.find()) {
                numbers.add(m.group());
            }
        }));
        return numbers;
    }

    /** The table's figures (number cells) as CSV and PDF print them, row by row. */
    public static List<String> figures(ReportTable table) {
        List<String> figures = new ArrayList<>();
        table.rows().forEach(row -> row.stream().filter(c -> c instanceof Number).map(Cells::text)
                .forEach(figures::add));
        return figures;
    }
}
