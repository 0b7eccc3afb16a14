package org.rollcall.imports;

import java.util.List;

/**
 * What reading a file found: its format, how its text was decoded, how many data rows were handed on and the
 * problems with the file itself (layout, encoding, formulas, merged cells, size). Rows with a problem here were not
 * handed on.
 *
 * @param encoding "UTF-8", "UTF-8 with byte-order mark", "Windows-1252" or, for XLSX, "XLSX"
 */
public record TabularFile(String fileName, Format format, String encoding, int rows, List<FileProblem> problems) {

    public enum Format {
        CSV("CSV"), XLSX("Excel workbook (XLSX)"), UNKNOWN("not read");

        private final String label;

        Format(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public TabularFile {
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
