package org.rollcall.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rollcall.notify.MessageKind;
import org.rollcall.notify.Wording;

/** An authority's wording: every unknown placeholder named when saved, values filled in, paragraphs kept. */
class WordingTemplateTests {

    static final MessageKind NOTICE = new MessageKind("absence-notice", "Absence notice",
            List.of(new MessageKind.Placeholder("child", "the child's first name"),
                    new MessageKind.Placeholder("school", "the school's name")), false);

    @Test
    void knownPlaceholdersAreAccepted() {
        assertThat(WordingTemplate.problems(NOTICE, new Wording("Absence of {child}",
                "Dear colleague,\n\n{child} was absent from {school} on {date}.\n\n{authority}"))).isEmpty();
    }

    @Test
    void eachUnknownPlaceholderIsNamedWithWhatIsAccepted() {
        List<String> problems = WordingTemplate.problems(NOTICE, new Wording("Absence of {childSurname}",
                "{child} ({upn}) at {school}"));
        assertThat(problems).containsExactly(
                "unknown placeholder {childSurname}: Absence notice may use {child}, {school}, {authority}, {date}",
                "unknown placeholder {upn}: Absence notice may use {child}, {school}, {authority}, {date}");
    }

    @Test
    void aBraceOutsideAPlaceholderIsRefused() {
        assertThat(WordingTemplate.problems(NOTICE, new Wording("Absence of {child", "Body")))
                .singleElement().asString().startsWith("a '{' or '}' is not part of a placeholder");
    }

    @Test
    void anEmptySubjectOrBodyIsRefusedSayingWhatToWrite() {
        assertThat(WordingTemplate.problems(NOTICE, new Wording(" ", "")))
                .containsExactly("the subject is empty: write a subject line, for example \"Absence of {child}\"",
                        "the body is empty: write the message, with paragraphs separated by a blank line");
        assertThat(WordingTemplate.problems(NOTICE, null)).hasSize(2);
        assertThat(WordingTemplate.problems(NOTICE, new Wording("Two\nlines", "Body")))
                .containsExactly("the subject must be one line of at most 200 characters");
    }

    @Test
    void valuesAreFilledInAsPlainText() {
        assertThat(WordingTemplate.fill("{child} at {school}: {child}", Map.of("child", "Amara", "school",
                "St Anne's $1 <b>"))).isEqualTo("Amara at St Anne's $1 <b>: Amara");
    }

    @Test
    void paragraphsSplitAtBlankLinesAndKeepTheirLines() {
        assertThat(WordingTemplate.paragraphs("Dear colleague,\n\nLine one\nLine two\n \n\nEnd"))
                .containsExactly(List.of("Dear colleague,"), List.of("Line one", "Line two"), List.of("End"));
    }

    @Test
    void theCallerMustGiveExactlyTheKindsOwnValues() {
        assertThat(NotificationService.valueProblems(NOTICE, Map.of("child", "Amara", "upn", "A123", "school", " ")))
                .containsExactly("no value for {school} (the school's name)",
                        "{upn} is not a placeholder of Absence notice (it takes {child}, {school}): it would not be "
                                + "shown, so it is not accepted");
    }
}
