package org.rollcall.imports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first sheet of an XLSX workbook, read with POI's SAX event model: the sheet's XML is streamed row by row and
 * never built into a workbook in memory (only the shared-strings table and the styles are held). A cell with a
 * formula or a merged region is refused with its cell reference; numbers keep no ".0"; cells with a date format give
 * an ISO date (yyyy-mm-dd).
 */
final class XlsxRows {

    private final Path file;
    private final TabularColumns columns;

    XlsxRows(Path file, TabularColumns columns) {
        this.file = file;
        this.columns = columns;
    }

    TabularFile read(String fileName, Consumer<TabularRow> rows) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return done(fileName, 0, List.of(FileProblem.ofFile("The workbook has no sheet")));
            }
            SheetHandler handler = new SheetHandler(styles, strings, rows);
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(handler);
                xml.parse(new InputSource(sheet));
            }
            if (handler.header == null && handler.problems.isEmpty()) {
                handler.problems.add(FileProblem.ofFile("The first sheet is empty: its first row must name the "
                        + "columns: " + HeaderMap.list(columns.all())));
            }
            return done(fileName, handler.handed, handler.problems);
        } catch (InvalidFormatException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            return done(fileName, 0, List.of(FileProblem.ofFile("The file is a ZIP archive but not an Excel "
                    + "workbook (.xlsx): save it from Excel as .xlsx, or as CSV")));
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            // POI refuses zip bombs and damaged workbooks with runtime exceptions; the person needs a message.
            return done(fileName, 0, List.of(FileProblem.ofFile("The workbook cannot be read (" + e.getMessage()
                    + "): open it in Excel and save it again as .xlsx, or save it as CSV")));
        }
    }

    private TabularFile done(String fileName, int handed, List<FileProblem> problems) {
        return new TabularFile(fileName, TabularFile.Format.XLSX, "XLSX", handed, problems);
    }

    private final class SheetHandler extends DefaultHandler {

        private final StylesTable styles;
        private final ReadOnlySharedStringsTable strings;
        private final Consumer<TabularRow> rows;
        final List<FileProblem> problems = new ArrayList<>();
        HeaderMap header;
        int handed;

        private int rowNumber;
        private final Map<Integer, String> cells = new TreeMap<>();
        private final List<FileProblem> rowProblems = new ArrayList<>();
        private String cellRef;
        private String cellType;
        private String cellStyle;
        private boolean inValue;
        private boolean inFormula;
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder formula = new StringBuilder();
        private boolean hasFormula;
        private int nextRow = 1;
        private int nextColumn;

        SheetHandler(StylesTable styles, ReadOnlySharedStringsTable strings, Consumer<TabularRow> rows) {
            this.styles = styles;
            this.strings = strings;
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? nextRow : Integer.parseInt(r);
                    nextRow = rowNumber + 1;
                    nextColumn = 0;
                    cells.clear();
                    rowProblems.clear();
                }
                case "c" -> {
                    cellRef = attributes.getValue("r");
                    if (cellRef == null) {
                        cellRef = new CellReference(rowNumber - 1, nextColumn).formatAsString(false);
                    }
                    cellType = attributes.getValue("t");
                    cellStyle = attributes.getValue("s");
                    text.setLength(0);
                    formula.setLength(0);
                    hasFormula = false;
                }
                case "v", "t" -> inValue = true;
                case "f" -> {
                    inFormula = true;
                    hasFormula = true;
                }
                case "mergeCell" -> mergedRegion(attributes.getValue("ref"));
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inFormula) {
                formula.append(ch, start, length);
            } else if (inValue) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "f" -> inFormula = false;
                case "c" -> endCell();
                case "row" -> endRow();
                default -> { }
            }
        }

        private void endCell() {
            CellReference ref = new CellReference(cellRef);
            int column = ref.getCol();
            nextColumn = column + 1;
            if (hasFormula) {
                String name = header == null ? null : header.columnAt(column);
                rowProblems.add(new FileProblem(rowNumber, name, "cell " + cellRef + " holds a formula (="
                        + formula + "): Rollcall reads values only; copy the column and paste it back as values"));
                return;
            }
            String value = value();
            if (!value.isBlank()) {
                cells.put(column, value);
            }
        }

        private String value() {
            String raw = text.toString();
            if (cellType == null || cellType.equals("n")) {
                return raw.isEmpty() ? "" : number(raw);
            }
            return switch (cellType) {
                case "s" -> strings.getItemAt(Integer.parseInt(raw.strip())).getString();
                case "b" -> raw.equals("1") ? "TRUE" : "FALSE";
                case "e" -> "#ERROR " + raw;
                default -> raw; // inlineStr, str, d (ISO date text)
            };
        }

        private String number(String raw) {
            if (cellStyle != null && !cellStyle.isEmpty()) {
                XSSFCellStyle style = styles.getStyleAt(Integer.parseInt(cellStyle));
                if (style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString())) {
                    LocalDateTime at = DateUtil.getLocalDateTime(Double.parseDouble(raw));
                    return at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? at.toLocalDate().toString()
                            : at.toString();
                }
            }
            BigDecimal number = new BigDecimal(raw);
            return number.stripTrailingZeros().toPlainString();
        }

        private void endRow() {
            if (header == null) {
                if (cells.isEmpty() && rowProblems.isEmpty()) {
                    return;
                }
                problems.addAll(rowProblems);
                header = new HeaderMap(rowNumber, cells, columns, i -> "cell "
                        + CellReference.convertNumToColString(i) + rowNumber);
                problems.addAll(header.problems());
                return;
            }
            if (!header.problems().isEmpty()) {
                return; // the header is wrong: the rows cannot be read until it is fixed
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (Map.Entry<Integer, String> cell : cells.entrySet()) {
                String name = header.columnAt(cell.getKey());
                if (name == null) {
                    String where = CellReference.convertNumToColString(cell.getKey()) + rowNumber;
                    rowProblems.add(new FileProblem(rowNumber, null, "cell " + where + " has a value but its "
                            + "column has no header: remove it or name the column"));
                } else {
                    values.put(name, cell.getValue());
                }
            }
            if (!rowProblems.isEmpty()) {
                problems.addAll(rowProblems);
            } else if (!values.isEmpty()) {
                rows.accept(new TabularRow(rowNumber, values));
                handed++;
            }
        }

        private void mergedRegion(String ref) {
            int line = ref == null ? 0 : new CellReference(ref.split(":")[0]).getRow() + 1;
            problems.add(new FileProblem(line, null, "cells " + ref + " are merged: unmerge them and put the value "
                    + "in each row's own cell"));
        }
    }
}
