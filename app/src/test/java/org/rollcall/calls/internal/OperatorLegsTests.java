package org.rollcall.calls.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an operator reads when their own phone failed, from what each adapter says today. */
class OperatorLegsTests {

    @Test
    void theAdaptersCausesInTheOperatorsTerms() {
        // Asterisk: OriginateResponse reasons and Hangup causes of the operator's channel.
        assertThat(OperatorLegs.plainWords("operator leg not answered (reason 3)"))
                .isEqualTo("your phone did not answer");
        assertThat(OperatorLegs.plainWords("operator leg not answered (Call Rejected)"))
                .isEqualTo("your phone rejected the call");
        assertThat(OperatorLegs.plainWords("operator leg busy (reason 5)")).isEqualTo("your phone was busy");
        assertThat(OperatorLegs.plainWords("operator leg congested or unavailable (reason 8)"))
                .isEqualTo("your phone is not registered or cannot be reached");
        assertThat(OperatorLegs.plainWords("originate refused: Originate failed: no such endpoint"))
                .isEqualTo("your phone is not registered or cannot be reached");
        // Twilio: the operator leg's call status.
        assertThat(OperatorLegs.plainWords("operator leg no-answer")).isEqualTo("your phone did not answer");
        assertThat(OperatorLegs.plainWords("operator leg busy")).isEqualTo("your phone was busy");
        // Anything else is still the operator's phone not reached, never blank.
        assertThat(OperatorLegs.plainWords("operator leg could not be reached (reason 0)"))
                .isEqualTo("your phone could not be reached");
        assertThat(OperatorLegs.plainWords("operator leg failed")).isEqualTo("your phone could not be reached");
        assertThat(OperatorLegs.plainWords(null)).isEqualTo("your phone could not be reached");
    }
}
