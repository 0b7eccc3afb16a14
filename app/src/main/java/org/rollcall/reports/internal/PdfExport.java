package org.rollcall.reports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;

import org.rollcall.platform.ui.HumanDates;
import org.rollcall.reports.ReportTable;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * A report as a tagged PDF (openhtmltopdf, as the letters): an HTML table under the title, the range and when it
 * was produced, headings repeated on every page, "Page n of m" at the foot, landscape A4. Liberation Sans (shipped in
 * PDFBox) is embedded.
 */
final class PdfExport {

    private static final String FONT = "Liberation Sans";
    private static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private PdfExport() {
    }

    static void write(ReportTable table, ZoneId zone, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.useFont(() -> font(FONT_RESOURCE), FONT, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
        builder.withProducer("Rollcall (openhtmltopdf)");
        builder.withHtmlContent(html(table, zone), null);
        builder.toStream(out);
        builder.run();
    }

    static String html(ReportTable table, ZoneId zone) {
        StringBuilder html = new StringBuilder(4096 + table.rows().size() * 200);
        html.append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(table.title())).append("</title><meta name=\"subject\" content=\"")
                .append(escape(table.kind().label())).append("\"/><style>")
                .append("@page { size: A4 landscape; margin: 14mm 12mm 16mm 12mm;")
                .append(" @bottom-right { content: 'Page ' counter(page) ' of ' counter(pages);")
                .append(" font-family: '").append(FONT).append("'; font-size: 8pt; } }")
                .append(" body { font-family: '").append(FONT).append("'; font-size: 8.5pt; }")
                .append(" h1 { font-size: 14pt; font-weight: normal; margin: 0 0 2mm 0; } p { margin: 0 0 1mm 0; }")
                .append(" table { width: 100%; border-collapse: collapse; margin-top: 3mm;")
                .append(" -fs-table-paginate: paginate; }")
                .append(" th, td { border: 0.5pt solid #777; padding: 1mm 1.5mm; text-align: left;")
                .append(" vertical-align: top; } th { background: #e8e8e8; font-weight: normal; }")
                .append(" td.n { text-align: right; } tr { page-break-inside: avoid; }")
                .append("</style></head><body><h1>").append(escape(table.title())).append("</h1>")
                .append("<p>").append(escape(Cells.range(table.range()))).append("</p>")
                .append("<p>Produced ").append(escape(HumanDates.date(table.producedAt().atZone(zone).toLocalDate())))
                .append(" at ").append(escape(HumanDates.time(table.producedAt(), zone))).append("</p>")
                .append("<table><thead><tr>");
        table.columns().forEach(c -> html.append("<th scope=\"col\">").append(escape(c)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (List<Object> row : table.rows()) {
            html.append("<tr>");
            for (Object cell : row) {
                html.append(cell instanceof Number ? "<td class=\"n\">" : "<td>").append(escape(Cells.text(cell)))
                        .append("</td>");
            }
            html.append("</tr>");
        }
        if (table.rows().isEmpty()) {
            html.append("<tr><td colspan=\"").append(table.columns().size())
                    .append("\">Nothing to report for this range.</td></tr>");
        }
        return html.append("</tbody></table></body></html>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static InputStream font(String resource) {
        InputStream font = PdfExport.class.getResourceAsStream(resource);
        if (font == null) {
            throw new IllegalStateException("PDFBox's Liberation Sans font is missing from the classpath");
        }
        return font;
    }
}
