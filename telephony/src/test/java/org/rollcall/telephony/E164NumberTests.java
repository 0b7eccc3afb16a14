package org.rollcall.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class E164NumberTests {

    @Test
    void acceptsE164AndRefusesAnythingElseBeforeDialling() {
        assertThat(new E164Number("+441632960123").digits()).isEqualTo("441632960123");
        for (String bad : new String[] {"01632960123", "+0441632960123", "+44 1632 960123", "+4416329601234567",
                "", "+44abc"}) {
            assertThatIllegalArgumentException().as(bad).isThrownBy(() -> new E164Number(bad))
                    .withMessageContaining("not an E.164 telephone number");
        }
    }

    @Test
    void aCallAlwaysPresentsACallerIdAndNamesItsOperator() {
        var id = new TelephonyCallId(UUID.randomUUID());
        var school = new E164Number("+441632960123");
        assertThatIllegalArgumentException().isThrownBy(() -> new CallRequest(id, " ", school, school));
        assertThatIllegalArgumentException().isThrownBy(() -> new CallRequest(id, "op 1; rm", school, school))
                .withMessageContaining("may hold only");
        org.assertj.core.api.Assertions.assertThatNullPointerException()
                .isThrownBy(() -> new CallRequest(id, "op1", school, null)).withMessageContaining("caller ID");
    }
}
