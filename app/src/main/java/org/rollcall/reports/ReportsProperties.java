package org.rollcall.reports;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxRows the most rows one report may have; a longer one is refused with a message asking for a shorter
 *     range, so no report (or its export, held in memory as bytes) can exhaust the heap
 * @param pdfMaxRows the most rows exported as PDF (laying out pages costs far more than CSV or XLSX rows)
 */
@ConfigurationProperties("rollcall.reports")
public record ReportsProperties(Integer maxRows, Integer pdfMaxRows) {

    public ReportsProperties {
        maxRows = maxRows == null ? 50_000 : maxRows;
        pdfMaxRows = pdfMaxRows == null ? 2_000 : pdfMaxRows;
        if (maxRows < 1 || pdfMaxRows < 1) {
            throw new IllegalArgumentException("rollcall.reports.max-rows and pdf-max-rows must be at least 1");
        }
    }
}
