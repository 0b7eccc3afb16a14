package org.rollcall.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.rollcall.notify.MessageKind;
import org.rollcall.notify.Signature;
import org.rollcall.notify.Wording;

/**
 * The shipped templates render the filled-in wording as text, escaped HTML and a letter; the letter becomes a tagged
 * PDF that PDFBox reads back, with its font embedded and dated by the message's time, not the machine's. A kind whose
 * templates are missing or whose shipped wording is wrong stops start-up, naming the problem.
 */
class LetterAndTemplatesTests {

    static final MessageKind SUMMARY = new MessageKind("daily-summary", "Daily summary of today's calls",
            List.of(new MessageKind.Placeholder("schools", "schools"), new MessageKind.Placeholder("children", "n"),
                    new MessageKind.Placeholder("firstCall", "first"), new MessageKind.Placeholder("lastCall", "last")),
            true);
    static final Instant WRITTEN = Instant.parse("2026-12-02T10:31:00Z");
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final MessageKinds kinds = new MessageKinds(List.of(SUMMARY));
    private final MessageRenderer renderer = new MessageRenderer();

    private MessageRenderer.Rendered render() {
        Wording wording = kinds.find("daily-summary").orElseThrow().wording();
        Map<String, String> values = new HashMap<>(Map.of("schools", "14", "children", "50", "firstCall", "10:31",
                "lastCall", "11:46", "authority", "Oakfield <1> & Co", "date", "2 December 2026"));
        return renderer.render(SUMMARY, WordingTemplate.fill(wording.subject(), values),
                WordingTemplate.fill(wording.body(), values), new Signature("Dr Ada Lovelace", "Virtual School Head",
                        "vs@oakfield.example.org"), "Oakfield <1> & Co", values);
    }

    @Test
    void textAndHtmlCarryTheWordingAndSignatureWithValuesEscapedInHtml() {
        MessageRenderer.Rendered m = render();
        assertThat(m.subject()).isEqualTo("Rollcall today: 14 schools to call for Oakfield <1> & Co");
        assertThat(m.text()).contains("Today, 2 December 2026, Rollcall calls 14 schools and provisions about 50 of "
                + "Oakfield <1> & Co's children.").contains("Dr Ada Lovelace\nVirtual School Head\nOakfield <1> & Co")
                .contains("Good morning,\n\nToday").contains("Replies go to the Virtual School.");
        assertThat(m.html()).contains("Oakfield &lt;1&gt; &amp; Co").doesNotContain("Oakfield <1>")
                .contains("<strong>Dr Ada Lovelace</strong>").contains("lang=\"en-GB\"");
        assertThat(m.letterHtml()).contains("<h1>Rollcall today: 14 schools to call for Oakfield &lt;1&gt; &amp; Co</h1>");
    }

    @Test
    void theLetterIsATaggedPdfWithItsFontEmbeddedDatedByRollcallsClock() throws IOException {
        byte[] pdf = new LetterPdf().render(render().letterHtml(), WRITTEN, LONDON);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Rollcall today: 14 schools to call for Oakfield <1> & Co")
                    .contains("Dr Ada Lovelace").contains("Virtual School Head").contains("Yours sincerely")
                    .contains("Page 1 of 1");
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Rollcall today: 14 schools to call for Oakfield <1> & Co");
            assertThat(document.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(WRITTEN);
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged for screen readers").isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).contains("LiberationSans");
        }
        assertThat(java.util.Arrays.equals(new LetterPdf().render(render().letterHtml(), WRITTEN, LONDON), pdf))
                .as("the same letter, byte for byte, on every attempt").isTrue();
    }

    @Test
    void aKindWithoutTemplatesOrWithBadShippedWordingStopsStartUp() {
        assertThatThrownBy(() -> new MessageKinds(List.of(new MessageKind("no-such-kind", "Missing", List.of(),
                false)))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("message kind no-such-kind has no template notify/templates/no-such-kind.txt");
        // The shipped daily-summary wording uses {schools}, which this declaration does not have.
        assertThatThrownBy(() -> new MessageKinds(List.of(new MessageKind("daily-summary", "Summary", List.of(),
                true)))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unknown placeholder {schools}");
    }
}
