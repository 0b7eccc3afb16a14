package org.rollcall.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SVG is well-formed XML with an accessible name, escapes every label, and shows the table's figures. */
class SvgChartsTests {

    private static final Chart REASONS = new Chart("reasons", "Absence reasons, Monday 30 November 2026",
            "Sessions missed by reason", "Reason", "Sessions", List.of(
                    new Chart.Bar("I (Illness)", 5.0, "5 sessions"),
                    new Chart.Bar("O (Other <unauthorised> & \"unknown\")", 2.0, "2 sessions"),
                    new Chart.Bar("M (Medical)", 0.0, "0 sessions")), null);

    @Test
    void barsAreAnAccessibleImageWithTitleAndDescription() throws Exception {
        Document svg = parse(SvgCharts.bars(REASONS));
        Element root = svg.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("reasons-title reasons-desc");
        assertThat(text(svg, "title").getFirst()).isEqualTo("Absence reasons, Monday 30 November 2026");
        assertThat(text(svg, "desc")).containsExactly("Sessions missed by reason");
        assertThat(svg.getElementsByTagName("script").getLength()).isZero();
    }

    @Test
    void everyLabelIsEscapedAndNothingExecutableGetsThrough() throws Exception {
        Chart hostile = new Chart("hostile", "<script>alert(1)</script>", "a\"b'c & <d>", "Label", "Value",
                List.of(new Chart.Bar("<img src=x onerror=alert(1)>", 1.0, "]]><script>x</script>"),
                        new Chart.Bar("nul\u0000char", 1.0, "1")), null);
        for (String text : List.of(SvgCharts.bars(hostile), SvgCharts.columns(hostile))) {
            assertThat(text).doesNotContain("<script").doesNotContain("<img").doesNotContain("\u0000")
                    .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("a&quot;b&#39;c &amp; &lt;d&gt;");
            Document svg = parse(text); // still well-formed: the labels became text, not markup
            assertThat(svg.getElementsByTagName("script").getLength()).isZero();
            assertThat(svg.getElementsByTagName("img").getLength()).isZero();
            assertThat(text(svg, "title")).contains("<img src=x onerror=alert(1)>: ]]><script>x</script>");
        }
        assertThat(SvgCharts.htmlTable(hostile)).doesNotContain("<script").doesNotContain("<img");
    }

    @Test
    void emptyDataDrawsASayingChartNotAnError() throws Exception {
        Chart none = new Chart("weeks", "Attendance by week", "No weeks yet", "Week", "Attendance", List.of(), 100.0);
        for (String text : List.of(SvgCharts.bars(none), SvgCharts.columns(none))) {
            Document svg = parse(text);
            assertThat(svg.getElementsByTagName("rect").getLength()).isZero();
            assertThat(text(svg, "text")).containsExactly("No figures to show");
        }
        assertThat(none.tableRows()).isEmpty();
        assertThat(none.top()).isEqualTo(100.0);
        Chart zeros = new Chart("z", "Zeros", "", "", "", List.of(new Chart.Bar("A", 0.0, "0")), null);
        assertThat(zeros.top()).isEqualTo(1.0); // no division by zero
        assertThat(parse(SvgCharts.bars(zeros)).getElementsByTagName("rect").getLength()).isEqualTo(1);
    }

    @Test
    void theTableAlternativeHasTheChartsFigures() throws Exception {
        for (String text : List.of(SvgCharts.bars(REASONS), SvgCharts.columns(REASONS))) {
            List<String> barTitles = new ArrayList<>();
            NodeList groups = parse(text).getElementsByTagName("g");
            for (int i = 0; i < groups.getLength(); i++) {
                barTitles.add(((Element) groups.item(i)).getElementsByTagName("title").item(0).getTextContent());
            }
            assertThat(barTitles).containsExactlyElementsOf(REASONS.tableRows().stream()
                    .map(row -> row.get(0) + ": " + row.get(1)).toList());
        }
        assertThat(REASONS.tableRows()).containsExactly(List.of("I (Illness)", "5 sessions"),
                List.of("O (Other <unauthorised> & \"unknown\")", "2 sessions"), List.of("M (Medical)", "0 sessions"));
        assertThat(SvgCharts.htmlTable(REASONS)).contains("<th scope=\"row\">I (Illness)</th><td>5 sessions</td>");
    }

    @Test
    void barLengthsFollowTheValuesAndAFixedScale() throws Exception {
        Chart percent = new Chart("pct", "Attendance", "", "Week", "Attendance", List.of(
                new Chart.Bar("7 Sep", 100.0, "100%"), new Chart.Bar("14 Sep", 50.0, "50%"),
                new Chart.Bar("21 Sep", null, "No sessions")), 100.0, "%");
        Document svg = parse(SvgCharts.columns(percent));
        assertThat(text(svg, "text")).contains("0%", "50%", "100%"); // the scale, with its unit
        NodeList rects = svg.getElementsByTagName("rect");
        double full = Double.parseDouble(((Element) rects.item(0)).getAttribute("height"));
        double half = Double.parseDouble(((Element) rects.item(1)).getAttribute("height"));
        assertThat(half).isEqualTo(full / 2);
        assertThat(((Element) rects.item(2)).getAttribute("height")).isEqualTo("0.0");
    }

    @Test
    void columnLabelsAreSpacedSoTheyNeverOverlap() throws Exception {
        List<Chart.Bar> weeks = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            weeks.add(new Chart.Bar("Week of " + i + " Sep", 90.0, "90%"));
        }
        Document svg = parse(SvgCharts.columns(new Chart("weeks", "Weeks", "", "Week", "Attendance", weeks, 100.0)));
        List<Double> xs = new ArrayList<>();
        NodeList texts = svg.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            if ("middle".equals(t.getAttribute("text-anchor"))) {
                xs.add(Double.parseDouble(t.getAttribute("x")));
            }
        }
        assertThat(xs).hasSizeBetween(2, 13);
        for (int i = 1; i < xs.size(); i++) {
            assertThat(xs.get(i) - xs.get(i - 1)).as("room for a 14-character label").isGreaterThan(14 * 7.5);
        }
    }

    @Test
    void badChartsAreRefusedWithAReason() {
        assertThatThrownBy(() -> new Chart("Bad Id", "t", "", "", "", List.of(), null))
                .hasMessageContaining("lower-case letters");
        assertThatThrownBy(() -> new Chart("ok", " ", "", "", "", List.of(), null)).hasMessageContaining("title");
        assertThatThrownBy(() -> new Chart.Bar("a", -1.0, "-1")).hasMessageContaining("zero or more");
        assertThatThrownBy(() -> new Chart.Bar("a", Double.NaN, "?")).hasMessageContaining("zero or more");
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> text(Document svg, String tag) {
        NodeList nodes = svg.getElementsByTagName(tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
