package org.rollcall.charts;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a chart shows: its accessible name ({@code title}) and description, the headings of its table alternative,
 * and one bar per label. {@code scaleMax} fixes the top of the scale (100 for a percentage); null takes the largest
 * value. {@code id} prefixes the ids of the title and description, so two charts on one page do not clash.
 * {@code unit} follows the numbers of the scale ("%"; empty for none).
 */
public record Chart(String id, String title, String description, String labelHeading, String valueHeading,
                    List<Bar> bars, Double scaleMax, String unit) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,40}");

    public Chart {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a chart id is 1 to 41 lower-case letters, digits or hyphens, "
                    + "starting with a letter; got " + id);
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a chart needs a title: it is the chart's accessible name");
        }
        description = description == null ? "" : description;
        labelHeading = labelHeading == null ? "" : labelHeading;
        valueHeading = valueHeading == null ? "" : valueHeading;
        bars = List.copyOf(bars);
        unit = unit == null ? "" : unit;
        if (scaleMax != null && !(scaleMax > 0)) {
            throw new IllegalArgumentException("a chart's scale must end above zero; got " + scaleMax);
        }
    }

    /** A chart whose scale has no unit. */
    public Chart(String id, String title, String description, String labelHeading, String valueHeading,
                 List<Bar> bars, Double scaleMax) {
        this(id, title, description, labelHeading, valueHeading, bars, scaleMax, "");
    }

    /** The top of the scale: {@code scaleMax}, else the largest value, else 1 (an empty or all-zero chart). */
    public double top() {
        if (scaleMax != null) {
            return scaleMax;
        }
        return bars.stream().filter(b -> b.value() != null).mapToDouble(Bar::value).max().orElse(0) > 0
                ? bars.stream().filter(b -> b.value() != null).mapToDouble(Bar::value).max().getAsDouble() : 1;
    }

    /** The table alternative: one row per bar, its label and the figure as shown. */
    public List<List<String>> tableRows() {
        return bars.stream().map(b -> List.of(b.label(), b.shown())).toList();
    }

    /**
     * One bar. {@code value} null draws no bar (no figure that week); {@code shown} is the figure as people read it
     * ("93.5%", "12 sessions", "No sessions yet"), on the chart and in the table alike.
     */
    public record Bar(String label, Double value, String shown) {

        public Bar {
            if (label == null || shown == null) {
                throw new IllegalArgumentException("a bar needs a label and the figure as shown");
            }
            if (value != null && (value.isNaN() || value.isInfinite() || value < 0)) {
                throw new IllegalArgumentException("a bar's value must be a number of zero or more; got " + value);
            }
        }
    }
}
