package org.rollcall.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** The shared free-text check: what it refuses, what it lets through, and what it says. */
class FreeTextTests {

    @Test
    void aNulIsRefusedSayingWhereItIs() {
        assertThat(FreeText.problem("ill\u0000ness", "the reason", 500, false)).hasValue("the reason contains a "
                + "control character (U+0000) at character 4: use letters, digits, spaces and punctuation only, on "
                + "one line");
    }

    @Test
    void aRightToLeftOverrideIsRefusedSayingWhatItDoes() {
        assertThat(FreeText.problem("Sick \u202Egnitimov", "the reason", 500, false)).hasValue("the reason contains "
                + "an invisible right-to-left override character (U+202E) at character 6, which makes text show in "
                + "another order than it was typed: retype the text rather than pasting it");
    }

    @Test
    void everyOverrideAndIsolateIsRefused() {
        for (int c : new int[] {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069}) {
            assertThat(FreeText.problem("a" + Character.toString(c) + "b", "the note", 500, true))
                    .as("U+%04X", c).isPresent();
        }
    }

    @Test
    void otherControlCharactersAreRefusedAndLineBreaksOnlyWhereAllowed() {
        assertThat(FreeText.problem("a\u0007b", "the note", 500, true)).isPresent();
        assertThat(FreeText.problem("a\u007Fb", "the note", 500, true)).isPresent();
        assertThat(FreeText.problem("a\u0085b", "the note", 500, true)).isPresent();
        assertThat(FreeText.problem("first line\nsecond\r\nthird\tcolumn", "the note", 500, true)).isEmpty();
        assertThat(FreeText.problem("first line\nsecond", "the reason", 500, false)).hasValueSatisfying(m ->
                assertThat(m).contains("(U+000A) at character 11").endsWith("on one line"));
        assertThat(FreeText.problem("with\ttab", "the reason", 500, false)).isEmpty();
    }

    @Test
    void ordinaryTextInAnyScriptPassesIncludingRightToLeftLettersAndEmoji() {
        assertThat(FreeText.problem("Zoë O'Brien-Ćosić — مرحبا שלום 👍 (dentist, 9:30)", "the reason", 500, false))
                .isEmpty();
        assertThat(FreeText.problem(null, "the reason", 500, false)).isEmpty();
    }

    @Test
    void theLengthIsCountedAfterStrippingAndNamedWithTheLimit() {
        assertThat(FreeText.problem("x".repeat(5000), "the reason", 500, false))
                .hasValue("the reason is 5000 characters long: keep it to 500");
        assertThat(FreeText.problem("  " + "x".repeat(500) + "  ", "the reason", 500, false)).isEmpty();
    }

    @Test
    void checkedStripsOrRefusesWithAnIllegalArgument() {
        assertThat(FreeText.checked("  Mrs Smith ", "the contact's name", FreeText.MAX_NAME, false))
                .isEqualTo("Mrs Smith");
        assertThat(FreeText.checked("   ", "the contact's name", FreeText.MAX_NAME, false)).isNull();
        assertThatIllegalArgumentException().isThrownBy(() -> FreeText.checked("Mrs\u202ESmith", "the contact's name",
                FreeText.MAX_NAME, false)).withMessageStartingWith("the contact's name contains an invisible");
    }
}
