package org.rollcall.charts;

import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link Chart} as SVG text: horizontal bars (long labels, such as absence reasons) or vertical columns (a
 * series, such as weeks). The SVG is an image with an accessible name and description ({@code role="img"},
 * {@code <title>}, {@code <desc>}); every label goes through XML escaping and nothing executable is written, so the
 * text may be put into a page or a PDF as it is. Presentation attributes only (no style elements), sizes in a
 * viewBox so it scales to its container.
 */
public final class SvgCharts {

    static final int WIDTH = 640;
    private static final String BAR = "#1a5fb4";
    private static final String INK = "#1f2937";
    private static final String GRID = "#c4c9d0";
    private static final String FONT = "font-family=\"sans-serif\" font-size=\"13\" fill=\"" + INK + "\"";
    // Beyond this a label is shortened on the chart (the table alternative and the bar's tooltip keep it whole).
    private static final int LABEL_CHARS = 34;

    private SvgCharts() {
    }

    /** One horizontal bar per label, the label on the left and the figure as shown after the bar. */
    public static String bars(Chart chart) {
        int row = 28;
        int top = 12;
        int labelWidth = 250;
        int barSpace = WIDTH - labelWidth - 110;
        int height = chart.bars().isEmpty() ? 60 : top + row * chart.bars().size() + 8;
        StringBuilder svg = open(chart, height);
        if (chart.bars().isEmpty()) {
            return empty(svg, height);
        }
        double max = chart.top();
        for (int i = 0; i < chart.bars().size(); i++) {
            Chart.Bar bar = chart.bars().get(i);
            int y = top + i * row;
            double w = bar.value() == null ? 0 : Math.min(1, bar.value() / max) * barSpace;
            svg.append("<g>");
            svg.append("<title>").append(Xml.escape(bar.label() + ": " + bar.shown())).append("</title>");
            svg.append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 18)
                    .append("\" text-anchor=\"end\" ").append(FONT).append('>')
                    .append(Xml.escape(shorten(bar.label()))).append("</text>");
            svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 4).append("\" width=\"")
                    .append(number(w)).append("\" height=\"").append(row - 8).append("\" fill=\"").append(BAR)
                    .append("\"/>");
            svg.append("<text x=\"").append(number(labelWidth + w + 6)).append("\" y=\"").append(y + 18)
                    .append("\" ").append(FONT).append('>').append(Xml.escape(bar.shown())).append("</text>");
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    /**
     * One vertical column per label, oldest first, with a scale on the left (quarters of its top) and every few
     * labels under the columns so they never overlap; each column's figure is in its tooltip and the table.
     */
    public static String columns(Chart chart) {
        int height = 260;
        int left = 56;
        int right = 12;
        int top = 14;
        int bottom = 44;
        StringBuilder svg = open(chart, height);
        if (chart.bars().isEmpty()) {
            return empty(svg, height);
        }
        double max = chart.top();
        int plotHeight = height - top - bottom;
        double slot = (double) (WIDTH - left - right) / chart.bars().size();
        for (int q = 0; q <= 4; q++) {
            double y = top + plotHeight - plotHeight * q / 4.0;
            svg.append("<line x1=\"").append(left).append("\" x2=\"").append(WIDTH - right).append("\" y1=\"")
                    .append(number(y)).append("\" y2=\"").append(number(y)).append("\" stroke=\"").append(GRID)
                    .append("\" stroke-width=\"1\"/>");
            svg.append("<text x=\"").append(left - 6).append("\" y=\"").append(number(y + 4))
                    .append("\" text-anchor=\"end\" ").append(FONT).append('>')
                    .append(Xml.escape(scale(max * q / 4) + chart.unit())).append("</text>");
        }
        // Every n-th label, so they never overlap: a 13px sans-serif character is at most about 7.5px wide.
        int widest = chart.bars().stream().mapToInt(b -> shorten(b.label()).length()).max().orElse(1);
        int every = Math.max(1, (int) Math.ceil((widest * 7.5 + 8) / slot));
        for (int i = 0; i < chart.bars().size(); i++) {
            Chart.Bar bar = chart.bars().get(i);
            double h = bar.value() == null ? 0 : Math.min(1, bar.value() / max) * plotHeight;
            double x = left + i * slot;
            svg.append("<g>");
            svg.append("<title>").append(Xml.escape(bar.label() + ": " + bar.shown())).append("</title>");
            svg.append("<rect x=\"").append(number(x + slot * 0.15)).append("\" y=\"")
                    .append(number(top + plotHeight - h)).append("\" width=\"").append(number(slot * 0.7))
                    .append("\" height=\"").append(number(h)).append("\" fill=\"").append(BAR).append("\"/>");
            if (i % every == 0) {
                svg.append("<text x=\"").append(number(x + slot / 2)).append("\" y=\"").append(height - bottom + 18)
                        .append("\" text-anchor=\"middle\" ").append(FONT).append('>')
                        .append(Xml.escape(shorten(bar.label()))).append("</text>");
            }
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    /** The table alternative as an HTML table (for a PDF report's HTML), the same figures as the chart. */
    public static String htmlTable(Chart chart) {
        StringBuilder html = new StringBuilder("<table><caption>").append(Xml.escape(chart.title()))
                .append("</caption><thead><tr><th scope=\"col\">").append(Xml.escape(chart.labelHeading()))
                .append("</th><th scope=\"col\">").append(Xml.escape(chart.valueHeading()))
                .append("</th></tr></thead><tbody>");
        for (List<String> row : chart.tableRows()) {
            html.append("<tr><th scope=\"row\">").append(Xml.escape(row.get(0))).append("</th><td>")
                    .append(Xml.escape(row.get(1))).append("</td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    private static StringBuilder open(Chart chart, int height) {
        String id = chart.id();
        return new StringBuilder(4096).append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" ")
                .append("aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\" ")
                .append("viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" ")
                .append("width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">")
                .append("<title id=\"").append(id).append("-title\">").append(Xml.escape(chart.title()))
                .append("</title><desc id=\"").append(id).append("-desc\">").append(Xml.escape(chart.description()))
                .append("</desc>");
    }

    private static String empty(StringBuilder svg, int height) {
        return svg.append("<text x=\"").append(WIDTH / 2).append("\" y=\"").append(height / 2 + 4)
                .append("\" text-anchor=\"middle\" ").append(FONT).append(">No figures to show</text></svg>")
                .toString();
    }

    private static String shorten(String label) {
        return label.length() <= LABEL_CHARS ? label : label.substring(0, LABEL_CHARS - 1).stripTrailing() + "…";
    }

    private static String scale(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
