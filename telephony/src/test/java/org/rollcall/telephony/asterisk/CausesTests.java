package org.rollcall.telephony.asterisk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CausesTests {

    @Test
    void anOperatorLegsCauseIsTheSameWhicheverHalfIsKnown() {
        assertThat(Causes.operatorLeg(null, 20, "Subscriber absent")).isEqualTo("operator leg failed: the phone is "
                + "not registered (switched off, unplugged or signed out) (cause 20)");
        assertThat(Causes.operatorLeg(3, null, null)).isEqualTo("operator leg failed: the phone rang but was not "
                + "answered (reason 3)");
        // A normal clearing says nothing about the phone: the Originate reason does.
        assertThat(Causes.operatorLeg(5, 16, "Normal Clearing")).isEqualTo("operator leg failed: the phone was busy "
                + "(cause 16, reason 5)");
        assertThat(Causes.operatorLeg(null, 16, "Normal Clearing")).isEqualTo("operator leg failed: the phone hung up "
                + "before answering (Normal Clearing) (cause 16)");
        assertThat(Causes.operatorLeg(null, null, null)).isEqualTo("operator leg failed: the phone could not be "
                + "reached");
    }

    @Test
    void endsAndSchoolLegsInWordsWithTheirCodes() {
        assertThat(Causes.ended(16, "Normal Clearing")).isEqualTo("hung up normally (cause 16)");
        assertThat(Causes.ended(38, "Network out of order")).isEqualTo("hung up: network out of order (cause 38)");
        assertThat(Causes.ended(null, null)).isEqualTo("hung up");
        assertThat(Causes.schoolLeg("congestion")).isEqualTo("no line to the school was free (congestion) "
                + "(CONGESTION)");
    }
}
