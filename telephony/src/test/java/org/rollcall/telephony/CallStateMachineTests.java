package org.rollcall.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
    void aLostRecordingIsAsFinalAsOneThatCameAndOnlyForABridgedCall() {
        var lost = new TelephonyEvent.RecordingLost(id, now, "PBX stopped mid-call; no audio was written");
        assertThat(machine.apply(lost)).as("never bridged").isEqualTo(Verdict.REFUSED);
        CallStateMachine talked = CallStateMachine.resumed(id, CallState.BRIDGED);
        assertThat(talked.wasBridged()).isTrue();
        assertThat(talked.apply(ended())).isEqualTo(Verdict.ACCEPTED);
        assertThat(talked.apply(lost)).isEqualTo(Verdict.ACCEPTED);
        assertThat(talked.apply(recording())).as("nothing can follow a loss").isEqualTo(Verdict.REPEATED);
        assertThat(talked.state()).isEqualTo(CallState.RECORDED);
    }

    @Test
    void aResumedCallCarriesOnFromWhereTheApplicationLastSawIt() {
        CallStateMachine ringing = CallStateMachine.resumed(id, CallState.RINGING);
        assertThat(ringing.wasBridged()).isFalse();
        assertThat(ringing.apply(new TelephonyEvent.Answered(id, now))).isEqualTo(Verdict.ACCEPTED);
        assertThat(ringing.apply(new TelephonyEvent.Bridged(id, now))).isEqualTo(Verdict.ACCEPTED);
        assertThatIllegalArgumentException().isThrownBy(() -> new InFlightCall(id, CallState.ENDED, now, null, null))
                .withMessageContaining("is not in flight");
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
    void refusesEveryTransitionThatCannotHappen() {
        // From each reachable state, events that would skip a step or contradict the outcome already reached.
        assertRefused(List.of(), answered(), busy(), noAnswer(), bridged(), recording());
        assertRefused(List.of(up()), bridged(), recording());
        assertRefused(List.of(up(), ringing()), bridged(), recording());
        assertRefused(List.of(up(), ringing(), answered()), busy(), noAnswer(), recording());
        assertRefused(List.of(up(), ringing(), answered(), bridged()), busy(), noAnswer(), failed(), recording());
        assertRefused(List.of(up(), busy()), bridged(), noAnswer(), failed(), recording());
        assertRefused(List.of(up(), ringing(), noAnswer()), bridged(), busy(), recording());
        assertRefused(List.of(up(), failed()), bridged(), busy(), noAnswer(), recording());
    }

    @Test
    void everyRepeatOfTheCurrentEventIsANoOp() {
        List<TelephonyEvent> life = List.of(up(), ringing(), answered(), bridged(), ended(), recording());
        for (TelephonyEvent event : life) {
            assertThat(machine.apply(event)).isEqualTo(Verdict.ACCEPTED);
            CallState state = machine.state();
            assertThat(machine.apply(event)).as("repeat of %s", event).isEqualTo(Verdict.REPEATED);
            assertThat(machine.state()).isEqualTo(state);
        }
        for (TelephonyEvent late : life) {
            assertThat(machine.apply(late)).as("late %s after the recording", late).isEqualTo(Verdict.REPEATED);
        }
    }

    @Test
    void listenersHearOnlyAcceptedEventsAndOneFailingListenerDoesNotSilenceTheOthers() {
        Listeners listeners = new Listeners();
        List<TelephonyEvent> heard = new java.util.ArrayList<>();
        listeners.add(event -> {
            throw new IllegalStateException("a broken listener");
        });
        listeners.add(heard::add);
        assertThat(listeners.deliver(machine, ringing())).as("refused").isFalse();
        assertThat(listeners.deliver(machine, up())).isTrue();
        assertThat(listeners.deliver(machine, up())).as("repeated").isFalse();
        assertThat(listeners.deliver(machine, busy())).isTrue();
        assertThat(heard).extracting(e -> e.getClass().getSimpleName()).containsExactly("OperatorLegUp", "Busy");
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

    private void assertRefused(List<TelephonyEvent> before, TelephonyEvent... impossible) {
        for (TelephonyEvent event : impossible) {
            CallStateMachine fresh = new CallStateMachine(id);
            before.forEach(fresh::apply);
            CallState state = fresh.state();
            assertThat(fresh.apply(event)).as("%s after %s", event.getClass().getSimpleName(), state)
                    .isEqualTo(Verdict.REFUSED);
            assertThat(fresh.state()).isEqualTo(state);
        }
    }

    private TelephonyEvent up() {
        return new TelephonyEvent.OperatorLegUp(id, now);
    }

    private TelephonyEvent ringing() {
        return new TelephonyEvent.DestinationRinging(id, now);
    }

    private TelephonyEvent answered() {
        return new TelephonyEvent.Answered(id, now);
    }

    private TelephonyEvent bridged() {
        return new TelephonyEvent.Bridged(id, now);
    }

    private TelephonyEvent busy() {
        return new TelephonyEvent.Busy(id, now);
    }

    private TelephonyEvent noAnswer() {
        return new TelephonyEvent.NoAnswer(id, now);
    }

    private TelephonyEvent failed() {
        return new TelephonyEvent.Failed(id, now, "congestion");
    }

    private TelephonyEvent.Ended ended() {
        return new TelephonyEvent.Ended(id, now, Duration.ofSeconds(3), "hung up");
    }

    private TelephonyEvent.RecordingAvailable recording() {
        return new TelephonyEvent.RecordingAvailable(id, now, InputStream::nullInputStream);
    }
}
