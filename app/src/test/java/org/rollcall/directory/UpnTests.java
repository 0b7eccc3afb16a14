package org.rollcall.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class UpnTests {

    @Test
    void acceptsAUpnWhoseCheckLetterMatches() {
        // 2*2+0*3+1*4+2*5+0*6+1*7+2*8+3*9+4*10+5*11+6*12+0*13 = 235; 235 mod 23 = 5 -> 'F'
        Upn upn = new Upn("F201201234560");
        assertThat(upn.value()).isEqualTo("F201201234560");
        assertThat(upn.laCode()).isEqualTo("201");
    }

    @Test
    void computesCheckLettersFromTheWeightedSum() {
        assertThat(Upn.checkLetterFor("201201234560")).isEqualTo('F');
        assertThat(Upn.checkLetterFor("000000000000")).isEqualTo('A');
        // 13*1 = 13 -> 'P' (index 13 of ABCDEFGHJKLMNPQRTUVWXYZ)
        assertThat(Upn.checkLetterFor("000000000001")).isEqualTo('P');
    }

    @Test
    void acceptsATemporaryUpnEndingInALetter() {
        String twelve = "20120123456A";
        Upn upn = new Upn(Upn.withCheckLetter(twelve));
        assertThat(upn.value()).endsWith("A");
    }

    @Test
    void refusesAWrongCheckLetterSayingWhichIsRight() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Upn("E201201234560"))
                .withMessageContaining("wrong check letter 'E'")
                .withMessageContaining("must be 'F'");
    }

    @Test
    void refusesMalformedUpnsSayingWhatIsExpected() {
        for (String bad : new String[] {"", "D20120123456", "F2012012345601", "d201201234560", "D20120123456X0",
                "1201201234560", "D2012-1234560"}) {
            assertThatIllegalArgumentException().as(bad).isThrownBy(() -> new Upn(bad))
                    .withMessageContaining("malformed").withMessageContaining("13 characters");
        }
        assertThatIllegalArgumentException().isThrownBy(() -> new Upn(null)).withMessageContaining("malformed");
    }

    @Test
    void refusesTheLettersNeverUsedInUpnsWithoutCrashing() {
        for (String bad : new String[] {"X20120123456I", "X20120123456O", "X20120123456S", "I201201234560"}) {
            assertThatIllegalArgumentException().as(bad).isThrownBy(() -> new Upn(bad))
                    .withMessageContaining("I, O and S are never used");
        }
    }

    @Test
    void parsesUserInputLeniently() {
        assertThat(Upn.parse("  f201201234560 ").value()).isEqualTo("F201201234560");
    }
}
