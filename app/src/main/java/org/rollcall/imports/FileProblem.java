package org.rollcall.imports;

/**
 * One thing wrong with an imported file.
 *
 * @param line the line in the file (the header is line 1; in an XLSX file, the row number), or 0 for the file as a
 *     whole
 * @param column the column's header as the template names it, or null when the whole line (or file) is meant
 * @param message what was wrong and what is accepted
 */
public record FileProblem(int line, String column, String message) {

    public FileProblem {
        if (line < 0 || message == null || message.isBlank()) {
            throw new IllegalArgumentException("a file problem needs a line (0 for the whole file) and a message");
        }
    }

    public static FileProblem ofFile(String message) {
        return new FileProblem(0, null, message);
    }

    /** "Line 4, column "date of birth": ..." as shown to the person importing. */
    public String describe() {
        if (line == 0) {
            return message;
        }
        return column == null ? "Line " + line + ": " + message
                : "Line " + line + ", column \"" + column + "\": " + message;
    }
}
