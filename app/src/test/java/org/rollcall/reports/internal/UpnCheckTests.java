package org.rollcall.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rollcall.directory.Upn;

/** UPN problems as the SSDA903 quality report names them (DOMAIN.md: check letter, LA number in characters 2–4). */
class UpnCheckTests {

    private static final String SOUND = Upn.withCheckLetter("801200001001");

    @Test
    void aSoundUpnOfTheAuthorityHasNoProblem() {
        assertThat(UpnCheck.problems(SOUND, "801")).isEmpty();
        assertThat(UpnCheck.problems(" " + SOUND.toLowerCase() + " ", "801")).isEmpty();
        // A temporary UPN ends in a letter, mapped to its index for the check letter.
        assertThat(UpnCheck.problems(Upn.withCheckLetter("80120000100A"), "801")).isEmpty();
    }

    @Test
    void aMissingUpnIsToBeCollected() {
        assertThat(UpnCheck.problems(null, "801")).containsExactly(UpnCheck.MISSING);
        assertThat(UpnCheck.problems("  ", "801")).containsExactly("No UPN: collect it from the school");
    }

    @Test
    void aWrongCheckLetterNamesTheLetterTheDigitsNeed() {
        char right = SOUND.charAt(0);
        char wrong = right == 'A' ? 'B' : 'A';
        assertThat(UpnCheck.problems(wrong + SOUND.substring(1), "801"))
                .containsExactly("Check letter wrong: " + wrong + " where the digits need " + right);
    }

    @Test
    void anotherAuthoritysLaNumberIsNamed() {
        assertThat(UpnCheck.problems(Upn.withCheckLetter("902200001001"), "801"))
                .containsExactly("LA number 902 is not this authority's (801)");
    }

    @Test
    void bothProblemsAtOnceAndMalformedOnesAreSaidPlainly() {
        String other = Upn.withCheckLetter("902200001001");
        char wrong = other.charAt(0) == 'A' ? 'B' : 'A';
        assertThat(UpnCheck.problems(wrong + other.substring(1), "801")).hasSize(2);
        assertThat(UpnCheck.problems("A12345", "801")).singleElement().asString().startsWith("Malformed (A12345)");
        assertThat(UpnCheck.problems("A80120000100O", "801")).singleElement().asString().startsWith("Malformed");
    }

    @Test
    void duplicatesShareTheirNormalisedForm() {
        assertThat(UpnCheck.normalised(" " + SOUND.toLowerCase())).isEqualTo(SOUND);
        assertThat(UpnCheck.normalised(null)).isNull();
    }
}
