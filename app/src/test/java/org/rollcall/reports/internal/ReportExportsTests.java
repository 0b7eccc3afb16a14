package org.rollcall.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rollcall.reports.ReportKind;
import org.rollcall.reports.ReportTable;
import org.rollcall.statistics.DateRange;

/**
 * The three exports of one fixed table hold the same headings, text and figures (read back with Commons CSV, POI
 * and PDFBox); CSV carries a byte-order mark and defuses formulas; a long table pages with its footer.
 */
class ReportExportsTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateRange WEEK = DateRange.of(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 4));
    private static final Instant PRODUCED = Instant.parse("2026-12-04T16:05:00Z");
    private static final List<String> COLUMNS = List.of("Child", "UPN", "School", "Possible sessions",
            "Sessions attended", "Attendance %", "Note");

    private static ReportTable table(List<List<Object>> rows) {
        return new ReportTable(ReportKind.WEEKLY_SUMMARY, "Weekly attendance summary — Testshire, 30 November 2026 "
                + "to 4 December 2026", WEEK, PRODUCED, COLUMNS, rows);
    }

    private static List<List<Object>> rows() {
        return List.of(
                Arrays.asList("Zoë Ålund", "A801200001001", "St Mary's C of E Primary School, Long Name Road", 10, 9,
                        90.0, "=HYPERLINK(\"http://evil\")"),
                Arrays.asList("Ben Archer", "Not known", "Northfield Academy", 10, 4, 40.0, "+call the carer"),
                Arrays.asList("Cleo Marsh", "T801200001002", "Northfield Academy", 0, 0, null, "-3 sessions"),
                Arrays.asList("Dev Patel", "B801200001003", "Northfield Academy", 7, 6, 85.7, "@mention"),
                Arrays.asList("All children", null, null, 27, 19, 70.4, null));
    }

    private static byte[] export(ReportTable table, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (format) {
            case "csv" -> CsvExport.write(table, out);
            case "xlsx" -> XlsxExport.write(table, out);
            default -> PdfExport.write(table, LONDON, out);
        }
        return out.toByteArray();
    }

    @Test
    void csvHasTheHeadingsAndEveryCellWithFormulasDefused() throws IOException {
        List<List<String>> csv = ExportReading.csv(export(table(rows()), "csv"));
        assertThat(csv.getFirst()).isEqualTo(COLUMNS);
        assertThat(csv.get(1)).containsExactly("Zoë Ålund", "A801200001001",
                "St Mary's C of E Primary School, Long Name Road", "10", "9", "90.0", "'=HYPERLINK(\"http://evil\")");
        assertThat(csv.get(2).get(6)).isEqualTo("'+call the carer");
        assertThat(csv.get(3)).containsExactly("Cleo Marsh", "T801200001002", "Northfield Academy", "0", "0", "",
                "'-3 sessions");
        assertThat(csv.get(4).get(6)).isEqualTo("'@mention");
        assertThat(csv.get(5)).containsExactly("All children", "", "", "27", "19", "70.4", "");
    }

    @Test
    void theThreeFormatsHoldTheSameFigures() throws IOException {
        ReportTable table = table(rows());
        List<List<String>> csv = ExportReading.csv(export(table, "csv"));
        List<List<Object>> xlsx = ExportReading.xlsx(export(table, "xlsx"), COLUMNS.size());
        byte[] pdf = export(table, "pdf");

        assertThat(xlsx.getFirst()).isEqualTo(new ArrayList<Object>(COLUMNS));
        assertThat(xlsx).hasSize(csv.size());
        for (int r = 0; r < table.rows().size(); r++) {
            List<Object> row = table.rows().get(r);
            for (int c = 0; c < COLUMNS.size(); c++) {
                Object cell = row.get(c);
                Object inXlsx = xlsx.get(r + 1).get(c);
                if (cell instanceof Number n) {
                    assertThat(inXlsx).as("row %d column %s", r, COLUMNS.get(c)).isEqualTo(n.doubleValue());
                    assertThat(csv.get(r + 1).get(c)).isEqualTo(Cells.text(n));
                } else if (cell == null) {
                    assertThat(inXlsx).isNull();
                } else {
                    assertThat(inXlsx).isEqualTo(cell);
                }
            }
        }
        assertThat(ExportReading.pdfFigures(pdf)).containsExactlyElementsOf(ExportReading.figures(table))
                .containsExactly("10", "9", "90.0", "10", "4", "40.0", "0", "0", "7", "6", "85.7", "27", "19", "70.4");
        String text = ExportReading.pdfText(pdf);
        assertThat(text).contains("Weekly attendance summary — Testshire", "30 November 2026 to 4 December 2026",
                "Produced 4 December 2026 at 16:05", "Zoë Ålund", "Page 1 of 1");
    }

    @Test
    void aLongTableRepeatsItsHeadingsOnEveryPdfPageAndNumbersThem() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            rows.add(Arrays.asList("Child " + (char) ('A' + i % 26), "Not known", "Northfield Academy", 10, i % 11,
                    (i % 11) * 10.0, null));
        }
        byte[] pdf = export(table(rows), "pdf");
        int pages = ExportReading.pdfPages(pdf);
        assertThat(pages).isGreaterThan(1);
        String text = ExportReading.pdfText(pdf);
        assertThat(text).contains("Page 1 of " + pages, "Page " + pages + " of " + pages);
        assertThat(text.split("Sessions attended", -1)).hasSize(pages + 1);
        assertThat(ExportReading.pdfFigures(pdf)).containsExactlyElementsOf(ExportReading.figures(table(rows)));
    }

    @Test
    void anEmptyReportStillExportsItsHeadings() throws IOException {
        ReportTable empty = table(List.of());
        assertThat(ExportReading.csv(export(empty, "csv"))).containsExactly(COLUMNS);
        assertThat(ExportReading.xlsx(export(empty, "xlsx"), COLUMNS.size())).hasSize(1);
        assertThat(ExportReading.pdfText(export(empty, "pdf"))).contains("Nothing to report for this range.");
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() {
        assertThatThrownBy(() -> table(List.of(List.of("only one cell"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a row of 1 cells under 7 columns");
    }
}
