package org.rollcall.telephony.asterisk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.telephony.TelephonyCallId;
import org.rollcall.telephony.TelephonyEvent;

/** A failed operator leg gets one cause, in plain words with Asterisk's codes, whatever order the PBX reports it in. */
class OperatorLegCauseIntegrationTests {

    private static final String REJECTED = "operator leg failed: the phone rejected the call (cause 21, reason 1)";

    @TempDir Path recordings;
    private Pbx pbx;
    private String actionId;

    @BeforeEach
    void connect() throws Exception {
        pbx = new Pbx(recordings);
    }

    @AfterEach
    void close() throws Exception {
        pbx.close();
    }

    @Test
    void hangupBeforeOriginateResponse() throws Exception {
        TelephonyCallId id = rejectedCallRinging();
        pbx.hangup(id, 21, "Call Rejected");
        pbx.originateFailed(actionId, 1);
        assertThat(((TelephonyEvent.Failed) pbx.next()).cause()).isEqualTo(REJECTED);
        assertThat(((TelephonyEvent.Ended) pbx.next()).cause()).isEqualTo(REJECTED);
    }

    @Test
    void originateResponseBeforeHangup() throws Exception {
        TelephonyCallId id = rejectedCallRinging();
        pbx.originateFailed(actionId, 1);
        pbx.hangup(id, 21, "Call Rejected");
        assertThat(((TelephonyEvent.Failed) pbx.next()).cause()).isEqualTo(REJECTED);
        assertThat(((TelephonyEvent.Ended) pbx.next()).cause()).isEqualTo(REJECTED);
    }

    @Test
    void aPhoneThePbxCouldNotEvenRingIsSaidInWordsNotAsReasonZero() throws Exception {
        pbx.place("op9", "+441632960005");
        String actionId = ScriptedAmiServer.first(pbx.ami.awaitAction("Originate"), "ActionID");
        pbx.originateFailed(actionId, 0); // no channel was made, so no Hangup follows
        assertThat(((TelephonyEvent.Failed) pbx.next()).cause()).isEqualTo("operator leg failed: the phone could not "
                + "be reached: not registered, switched off or unknown to the PBX (reason 0)");
    }

    private TelephonyCallId rejectedCallRinging() throws Exception {
        TelephonyCallId id = pbx.place("op1", "+441632960009");
        actionId = ScriptedAmiServer.first(pbx.ami.awaitAction("Originate"), "ActionID");
        pbx.ami.event("Event: Newchannel", "Channel: PJSIP/op1-0000000a", "Uniqueid: " + id, "Linkedid: " + id);
        return id;
    }
}
