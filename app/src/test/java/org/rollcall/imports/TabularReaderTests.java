package org.rollcall.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The file reader against each bad file of issue 14's list that is about the file itself (not its values). */
class TabularReaderTests {

    private static final TabularColumns COLUMNS = TabularColumns.of("UPN", "first name", "date of birth")
            .withOptional("reason");

    private final TabularReader reader = TabularReader.withLimit(64 * 1024);
    private final List<TabularRow> rows = new ArrayList<>();

    private TabularFile read(String name, byte[] content) {
        rows.clear();
        return reader.read(name, new ByteArrayInputStream(content), COLUMNS, rows::add);
    }

    private TabularFile csv(String text, Charset charset) {
        return read("children.csv", text.getBytes(charset));
    }

    @Test
    void aGoodCsvGivesRowsByTemplateColumnWithTheirLines() {
        TabularFile file = csv("upn,First Name,  DATE OF BIRTH \nA801,Ann,01/02/2015\n\nB802,\"Bo, Jr\",2015-03-04\n",
                StandardCharsets.UTF_8);
        assertThat(file.problems()).isEmpty();
        assertThat(file.format()).isEqualTo(TabularFile.Format.CSV);
        assertThat(file.encoding()).isEqualTo("UTF-8");
        assertThat(file.rows()).isEqualTo(2);
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(0).value("UPN")).isEqualTo("A801");
        assertThat(rows.get(0).value("reason")).isEmpty();
        assertThat(rows.get(1).line()).isEqualTo(4);
        assertThat(rows.get(1).value("first name")).isEqualTo("Bo, Jr");
        assertThat(rows.get(1).problem("UPN", "x").describe()).isEqualTo("Line 4, column \"UPN\": x");
    }

    @Test
    void aSemicolonFileIsRefusedSayingHowToSaveIt() {
        TabularFile file = csv("UPN;first name;date of birth\nA801;Ann;01/02/2015\n", StandardCharsets.UTF_8);
        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).startsWith("the file seems to use ';' between columns: save it as "
                    + "comma-separated");
        });
        assertThat(rows).isEmpty();
        assertThat(csv("UPN\tfirst name\tdate of birth\n", StandardCharsets.UTF_8).problems().getFirst().message())
                .startsWith("the file seems to use tabs between columns");
    }

    @Test
    void windows1252IsDetectedAndDecoded() {
        TabularFile file = csv("UPN,first name,date of birth\nA801,Zoë Ó'Brien – café,01/02/2015\n",
                Charset.forName("windows-1252"));
        assertThat(file.problems()).isEmpty();
        assertThat(file.encoding()).isEqualTo("Windows-1252");
        assertThat(rows.getFirst().value("first name")).isEqualTo("Zoë Ó'Brien – café");
    }

    @Test
    void utf8WithAByteOrderMarkReadsItsFirstHeader() {
        byte[] text = "UPN,first name,date of birth\nA801,Zoë,01/02/2015\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        TabularFile file = read("children.csv", withBom);
        assertThat(file.problems()).isEmpty();
        assertThat(file.encoding()).isEqualTo("UTF-8 with byte-order mark");
        assertThat(rows.getFirst().value("UPN")).isEqualTo("A801");
        assertThat(rows.getFirst().value("first name")).isEqualTo("Zoë");
    }

    @Test
    void missingExtraAndRepeatedColumnsAreAllNamed() {
        TabularFile file = csv("upn,Surname,UPN,reason\nA801,Smith,A801,x\n", StandardCharsets.UTF_8);
        assertThat(file.problems()).extracting(FileProblem::describe).containsExactlyInAnyOrder(
                "Line 1, column \"Surname\": the column \"Surname\" (column 2) is not one Rollcall reads: remove it "
                        + "or correct its name; the columns are: \"UPN\", \"first name\", \"date of birth\", \"reason\"",
                "Line 1, column \"UPN\": the column \"UPN\" appears twice (column 1 and column 3): keep one",
                "Line 1, column \"first name\": the column \"first name\" is missing; the first line must name the "
                        + "columns: \"UPN\", \"first name\", \"date of birth\", \"reason\"",
                "Line 1, column \"date of birth\": the column \"date of birth\" is missing; the first line must name "
                        + "the columns: \"UPN\", \"first name\", \"date of birth\", \"reason\"");
        assertThat(rows).isEmpty();
    }

    @Test
    void aLineWithTheWrongNumberOfValuesOrBrokenQuotesIsNamed() {
        TabularFile file = csv("UPN,first name,date of birth\nA801,Ann\nA802,Bo,01/01/2015\nA803,\"Cy,01/01/2015\n",
                StandardCharsets.UTF_8);
        assertThat(file.problems()).extracting(FileProblem::line).containsExactly(2, 4);
        assertThat(file.problems().getFirst().message()).startsWith("the line has 2 values where the header has 3");
        assertThat(file.problems().get(1).message()).startsWith("the line cannot be read as CSV");
        assertThat(rows).extracting(TabularRow::line).containsExactly(3);
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutReadingItAll() {
        CountingStream endless = new CountingStream();
        TabularFile file = reader.read("huge.csv", endless, COLUMNS, rows::add);
        assertThat(file.problems()).singleElement().extracting(FileProblem::describe).asString()
                .isEqualTo("The file is larger than 64 KB, the most accepted: split it into smaller files");
        assertThat(endless.read).isLessThanOrEqualTo(64 * 1024 + 1);
        assertThat(csv("", StandardCharsets.UTF_8).problems().getFirst().message()).startsWith("The file is empty");
    }

    @Test
    void anOldExcelWorkbookIsRefusedNamingWhatToSaveItAs() {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThat(read("old.xls", ole).problems().getFirst().message()).contains("(.xlsx) or as CSV");
    }

    @Test
    void aGoodXlsxGivesTextNumbersAndDateCellsAsIsoDates() throws IOException {
        byte[] xlsx = workbook((book, sheet) -> {
            header(sheet);
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(801200001001L);
            row.createCell(1).setCellValue("Ann");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            row.createCell(2).setCellValue(LocalDate.of(2015, 2, 1));
            row.getCell(2).setCellStyle(date);
            sheet.createRow(3).createCell(1).setCellValue("Bo");
        });
        TabularFile file = read("children.xlsx", xlsx);
        assertThat(file.problems()).isEmpty();
        assertThat(file.format()).isEqualTo(TabularFile.Format.XLSX);
        assertThat(rows).hasSize(2);
        assertThat(rows.getFirst().value("UPN")).isEqualTo("801200001001");
        assertThat(rows.getFirst().value("date of birth")).isEqualTo("2015-02-01");
        assertThat(rows.get(1).line()).isEqualTo(4);
    }

    @Test
    void xlsxFormulasAndMergedCellsAreRefusedWithTheirCells() throws IOException {
        byte[] xlsx = workbook((book, sheet) -> {
            header(sheet);
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("A801");
            row.createCell(1).setCellFormula("UPPER(\"ann\")");
            row.createCell(2).setCellValue("01/02/2015");
            Row merged = sheet.createRow(2);
            merged.createCell(0).setCellValue("A802");
            merged.createCell(1).setCellValue("Bo");
            sheet.addMergedRegion(new CellRangeAddress(2, 3, 2, 2));
        });
        TabularFile file = read("children.xlsx", xlsx);
        assertThat(file.problems()).extracting(FileProblem::describe).containsExactly(
                "Line 2, column \"first name\": cell B2 holds a formula (=UPPER(\"ann\")): Rollcall reads values "
                        + "only; copy the column and paste it back as values",
                "Line 3: cells C3:C4 are merged: unmerge them and put the value in each row's own cell");
    }

    @Test
    void anXlsxWithAWrongHeaderNamesItsCells() throws IOException {
        byte[] xlsx = workbook((book, sheet) -> {
            Row row = sheet.createRow(0);
            row.createCell(0).setCellValue("UPN");
            row.createCell(1).setCellValue("name");
            row.createCell(2).setCellValue("date of birth");
        });
        assertThat(read("children.xlsx", xlsx).problems()).extracting(FileProblem::message).contains(
                "the column \"name\" (cell B1) is not one Rollcall reads: remove it or correct its name; the columns "
                        + "are: \"UPN\", \"first name\", \"date of birth\", \"reason\"");
        assertThat(read("bad.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0}).problems().getFirst().message())
                .startsWith("The file is a ZIP archive but not an Excel workbook");
    }

    private static void header(Sheet sheet) {
        Row row = sheet.createRow(0);
        row.createCell(0).setCellValue("UPN");
        row.createCell(1).setCellValue("First name");
        row.createCell(2).setCellValue("Date of birth");
    }

    private interface Filler {
        void fill(XSSFWorkbook book, Sheet sheet);
    }

    private static byte[] workbook(Filler filler) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filler.fill(book, book.createSheet("Children"));
            book.write(out);
            return out.toByteArray();
        }
    }

    /** An upload that never ends, counting what was taken from it. */
    private static final class CountingStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'x');
            read += len;
            return len;
        }
    }
}
