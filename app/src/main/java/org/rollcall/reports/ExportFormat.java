package org.rollcall.reports;

/** The formats every report exports to, with the same figures in each. */
public enum ExportFormat {
    CSV("CSV", "csv", "text/csv"),
    XLSX("Excel (XLSX)", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PDF("PDF", "pdf", "application/pdf");

    private final String label;
    private final String extension;
    private final String mediaType;

    ExportFormat(String label, String extension, String mediaType) {
        this.label = label;
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }
}
