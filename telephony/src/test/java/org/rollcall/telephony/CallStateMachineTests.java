package org.rollcall.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rollcall.telephony.CallStateMachine.Verdict;

class CallStateMachineTests {

    private final TelephonyCallId id = new TelephonyCallId(UUID.randomUUID());
    private final CallStateMachine machine = new CallStateMachine(id);
    private final Instant now = Instant.now();

    @Test
    void followsAnAnsweredCallToItsRecording() {
        assertThat(machine.apply(new TelephonyEvent.OperatorLegUp(id, now))).isEqualTo(Verdict.ACCEPTED);
        assertThat(machine.apply(new TelephonyEvent.DestinationRinging(id, now))).isEqualTo(Verdict.ACCEPTED);
        assertThat(machine.apply(new TelephonyEvent.Answered(id, now))).isEqualTo(Verdict.ACCEPTED);
        assertThat(machine.apply(new TelephonyEvent.Bridged(id, now))).isEqualTo(Verdict.ACCEPTED);
        assertThat(machine.apply(ended())).isEqualTo(Verdict.ACCEPTED);
        assertThat(machine.apply(recording())).isEqualTo(Verdict.ACCEPTED);
        assertThat(machine.state()).isEqualTo(CallState.RECORDED);
        assertThat(machine.wasBridged()).isTrue();
    }

    @Test
    void neverRingsTheDestinationBeforeTheOperatorIsOnTheLine() {
        assertThat(machine.apply(new TelephonyEvent.DestinationRinging(id, now))).isEqualTo(Verdict.REFUSED);
        assertThat(machine.apply(new TelephonyEvent.Bridged(id, now))).isEqualTo(Verdict.REFUSED);
        assertThat(machine.state()).isEqualTo(CallState.PLACED);
    }

    @Test
    void treatsRepeatedAndLateEventsAsNoOps() {
        machine.apply(new TelephonyEvent.OperatorLegUp(id, now));
        assertThat(machine.apply(new TelephonyEvent.OperatorLegUp(id, now))).isEqualTo(Verdict.REPEATED);
        machine.apply(new TelephonyEvent.Busy(id, now));
        machine.apply(ended());
        assertThat(machine.apply(ended())).isEqualTo(Verdict.REPEATED);
        assertThat(machine.apply(new TelephonyEvent.Answered(id, now))).isEqualTo(Verdict.REPEATED);
        assertThat(machine.state()).isEqualTo(CallState.ENDED);
    }

    @Test
    void refusesARecordingOfACallThatWasNeverConnected() {
        machine.apply(new TelephonyEvent.OperatorLegUp(id, now));
        machine.apply(new TelephonyEvent.NoAnswer(id, now));
        machine.apply(ended());
        assertThat(machine.apply(recording())).isEqualTo(Verdict.REFUSED);
    }

    @Test
    void refusesEventsOfAnotherCall() {
        assertThatIllegalArgumentException().isThrownBy(() -> machine.apply(
                new TelephonyEvent.OperatorLegUp(new TelephonyCallId(UUID.randomUUID()), now)));
    }

    private TelephonyEvent.Ended ended() {
        return new TelephonyEvent.Ended(id, now, Duration.ofSeconds(3), "hung up");
    }

    private TelephonyEvent.RecordingAvailable recording() {
        return new TelephonyEvent.RecordingAvailable(id, now, InputStream::nullInputStream);
    }
}
