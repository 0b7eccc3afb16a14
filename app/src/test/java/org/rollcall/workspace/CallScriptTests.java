package org.rollcall.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** A call script's rules, without Spring: placeholders by name, the recording notice required, lengths bounded. */
class CallScriptTests {

    private static final Map<String, String> VALUES = Map.of("school", "Oak Primary", "contact", "Mrs Register",
            "children", "Ali Khan and Bea Jones", "operator", "Sam", "authority", "Speedwell Borough");

    @Test
    void theDefaultScriptIsValidAndFillsEveryPlaceholder() {
        SaidScript said = CallScript.DEFAULT.fill(VALUES);
        assertThat(said.greeting()).isEqualTo("Hello, this is Sam calling from Rollcall.");
        assertThat(said.callingFor()).isEqualTo("We are calling for Speedwell Borough about children it looks after "
                + "at Oak Primary. May I speak to Mrs Register?");
        assertThat(said.recordingNotice()).isEqualTo("This call is recorded for quality and record-keeping.");
        assertThat(said.questions()).hasSize(3).first().isEqualTo("What are today's attendance codes for Ali Khan "
                + "and Bea Jones?");
        assertThat(said.toString()).doesNotContain("{");
    }

    @Test
    void unknownPlaceholdersAreRefusedByNameAllAtOnce() {
        assertThatThrownBy(() -> new CallScript("Hi {schoolName}", "For {authority}", "Recorded, {operator}.",
                "Codes for {child}?\nAnd {upn}?"))
                .isInstanceOfSatisfying(ScriptRefusedException.class, e -> assertThat(e.problems()).containsExactly(
                        "the greeting has an unknown placeholder {schoolName}: use {school}, {contact}, {children}, "
                                + "{operator} or {authority}",
                        "the questions has an unknown placeholder {child}: use {school}, {contact}, {children}, "
                                + "{operator} or {authority}",
                        "the questions has an unknown placeholder {upn}: use {school}, {contact}, {children}, "
                                + "{operator} or {authority}"));
    }

    @Test
    void theRecordingNoticeIsRequiredAndLengthsAreBounded() {
        assertThatThrownBy(() -> new CallScript("Hello", "For us", "   ", null))
                .isInstanceOfSatisfying(ScriptRefusedException.class, e -> assertThat(e.problems()).containsExactly(
                        "the recording notice is empty: every call must say it is recorded"));
        assertThatThrownBy(() -> new CallScript("x".repeat(501), null, "Recorded.", "q".repeat(2001)))
                .isInstanceOfSatisfying(ScriptRefusedException.class, e -> assertThat(e.problems()).containsExactly(
                        "the greeting is 501 characters long: keep it to 500",
                        "the questions is 2001 characters long: keep it to 2000"));
        assertThatThrownBy(() -> new CallScript("Hello {school", null, "Recorded.\u202E", null))
                .isInstanceOfSatisfying(ScriptRefusedException.class, e -> assertThat(e.problems()).hasSize(2)
                        .anySatisfy(p -> assertThat(p).startsWith("the greeting has a { or } that opens or closes "
                                + "no placeholder"))
                        .anySatisfy(p -> assertThat(p).startsWith("the recording notice contains an invisible "
                                + "right-to-left override")));
        // Only the notice is required; blank parts are simply not said, and questions keep one a line.
        CallScript minimal = new CallScript(" ", null, " Recorded. ", "One?\n\n Two? ");
        assertThat(minimal.greeting()).isNull();
        assertThat(minimal.recordingNotice()).isEqualTo("Recorded.");
        assertThat(minimal.fill(VALUES).questions()).containsExactly("One?", "Two?");
    }
}
