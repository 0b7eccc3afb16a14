package org.rollcall.telephony.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.rollcall.telephony.CallRequest;
import org.rollcall.telephony.E164Number;
import org.rollcall.telephony.TelephonyCallId;
import org.rollcall.telephony.TelephonyEvent;

class SimulatedExchangeTests {

    private static final E164Number CALLER_ID = new E164Number("+441632960000");
    private static final Clock CLOCK = Clock.systemUTC();

    /** Fast: a simulated second passes in a real millisecond. */
    private static SimulationSettings fast(long seed, double busy, double noAnswer, double hangUp, double fail) {
        return new SimulationSettings(seed, busy, noAnswer, hangUp, fail, Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(8), Duration.ofSeconds(20), Duration.ofMinutes(2), 1000);
    }

    @Test
    void theSameSeedGivesTheSameCallsAndTheSameRecordings() throws Exception {
        SimulationSettings settings = fast(7, 0.2, 0.2, 1.0, 0.05);
        List<String> first = run(settings, 40);
        List<String> second = run(settings, 40);
        assertThat(first).isEqualTo(second);
        assertThat(first).anyMatch(s -> s.contains("Busy")).anyMatch(s -> s.contains("Bridged,Ended"))
                .anyMatch(s -> s.contains("wav:"));
        assertThat(run(fast(8, 0.2, 0.2, 1.0, 0.05), 40)).isNotEqualTo(first);
    }

    @Test
    void outcomeRatesMatchTheSettingsWithinTolerance() throws Exception {
        int calls = 2000;
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        try (var exchange = new SimulatedExchange(fast(42, 0.10, 0.15, 0.0, 0.05), CLOCK)) {
            CountDownLatch done = new CountDownLatch(calls);
            exchange.addListener(event -> {
                switch (event) {
                    case TelephonyEvent.Bridged b -> {
                        outcomes.merge("answered", 1, Integer::sum);
                        exchange.hangUp(b.callId());
                    }
                    case TelephonyEvent.Busy b -> outcomes.merge("busy", 1, Integer::sum);
                    case TelephonyEvent.NoAnswer n -> outcomes.merge("no-answer", 1, Integer::sum);
                    case TelephonyEvent.Failed f -> outcomes.merge("failed", 1, Integer::sum);
                    case TelephonyEvent.Ended e -> done.countDown();
                    default -> { }
                }
            });
            for (int i = 0; i < calls; i++) {
                exchange.placeCall(request(UUID.randomUUID(), "+4416329" + String.format("%05d", i % 500)));
            }
            assertThat(done.await(60, TimeUnit.SECONDS)).as("calls not ended: %s of %d, outcomes %s", done.getCount(), calls, outcomes).isTrue();
        }
        assertThat(outcomes.get("busy") / (double) calls).isCloseTo(0.10, org.assertj.core.data.Offset.offset(0.03));
        assertThat(outcomes.get("no-answer") / (double) calls).isCloseTo(0.15,
                org.assertj.core.data.Offset.offset(0.03));
        assertThat(outcomes.get("failed") / (double) calls).isCloseTo(0.05, org.assertj.core.data.Offset.offset(0.02));
        assertThat(outcomes.get("answered") / (double) calls).isCloseTo(0.70,
                org.assertj.core.data.Offset.offset(0.04));
    }

    @Test
    void theSchoolHangsUpMidCallAtTheConfiguredRate() throws Exception {
        int calls = 1000;
        Map<String, Integer> causes = new ConcurrentHashMap<>();
        try (var exchange = new SimulatedExchange(fast(11, 0, 0, 0.25, 0), CLOCK)) {
            CountDownLatch done = new CountDownLatch(calls);
            exchange.addListener(event -> {
                if (event instanceof TelephonyEvent.Ended e) {
                    causes.merge(e.cause(), 1, Integer::sum);
                    done.countDown();
                }
            });
            for (int i = 0; i < calls; i++) {
                exchange.placeCall(request(UUID.randomUUID(), "+4416329" + String.format("%05d", i % 300)));
            }
            assertThat(done.await(60, TimeUnit.SECONDS)).as("calls ended: %s", causes).isTrue();
        }
        assertThat(causes.keySet()).containsOnly("school hung up", "maximum talk time reached");
        assertThat(causes.get("school hung up") / (double) calls).isCloseTo(0.25,
                org.assertj.core.data.Offset.offset(0.04));
    }

    @Test
    void anAnsweredCallYieldsAPlayableWavAsLongAsTheTalk() throws Exception {
        List<TelephonyEvent> events = new CopyOnWriteArrayList<>();
        CountDownLatch recorded = new CountDownLatch(1);
        try (var exchange = new SimulatedExchange(fast(3, 0, 0, 1.0, 0), CLOCK)) {
            exchange.addListener(event -> {
                events.add(event);
                if (event instanceof TelephonyEvent.RecordingAvailable) {
                    recorded.countDown();
                }
            });
            exchange.placeCall(request(UUID.randomUUID(), "+441632960123"));
            assertThat(recorded.await(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(events).extracting(e -> e.getClass().getSimpleName()).containsExactly("OperatorLegUp",
                "DestinationRinging", "Answered", "Bridged", "Ended", "RecordingAvailable");
        Duration talk = ((TelephonyEvent.Ended) events.get(4)).talkTime();
        byte[] wav;
        try (InputStream in = ((TelephonyEvent.RecordingAvailable) events.get(5)).source().open()) {
            wav = in.readAllBytes();
        }
        ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(new String(wav, 0, 4)).isEqualTo("RIFF");
        assertThat(new String(wav, 8, 4)).isEqualTo("WAVE");
        assertThat(header.getShort(20)).as("PCM").isEqualTo((short) 1);
        assertThat(header.getShort(22)).as("mono").isEqualTo((short) 1);
        assertThat(header.getInt(24)).as("8 kHz").isEqualTo(8000);
        assertThat(header.getShort(34)).as("16-bit").isEqualTo((short) 16);
        int dataBytes = header.getInt(40);
        assertThat(dataBytes).isEqualTo(wav.length - 44);
        assertThat(dataBytes / 16.0).as("milliseconds of audio").isCloseTo(talk.toMillis(),
                org.assertj.core.data.Offset.offset(1.0));
        // Playable: the JDK's own audio stack reads it as 8 kHz 16-bit PCM of the talk time's length.
        try (var audio = javax.sound.sampled.AudioSystem.getAudioInputStream(new java.io.ByteArrayInputStream(wav))) {
            assertThat(audio.getFormat().getEncoding()).isEqualTo(javax.sound.sampled.AudioFormat.Encoding.PCM_SIGNED);
            assertThat(audio.getFormat().getSampleRate()).isEqualTo(8000f);
            assertThat(audio.getFormat().getSampleSizeInBits()).isEqualTo(16);
            assertThat(audio.getFrameLength() / 8.0).as("milliseconds").isCloseTo(talk.toMillis(),
                    org.assertj.core.data.Offset.offset(1.0));
        }
        long loud = 0;
        for (int i = 44; i < wav.length; i += 2) {
            loud += Math.abs(header.getShort(i)) > 1000 ? 1 : 0;
        }
        assertThat(loud).as("audible samples").isGreaterThan(dataBytes / 2 / 4);
    }

    @Test
    void refusesAHangUpOfNothingQuietlyAndACallIdTwice() {
        try (var exchange = new SimulatedExchange(SimulationSettings.defaults(), CLOCK)) {
            exchange.hangUp(new TelephonyCallId(UUID.randomUUID()));
            UUID id = UUID.randomUUID();
            exchange.placeCall(request(id, "+441632960123"));
            assertThatIllegalStateException().isThrownBy(() -> exchange.placeCall(request(id, "+441632960123")))
                    .withMessageContaining("already in progress");
        }
    }

    @Test
    void settingsRefuseARingTimeShorterThanOfcomAllows() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SimulationSettings(1, 0, 0, 0, 0,
                Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(10),
                Duration.ofMinutes(1), 1)).withMessageContaining("at least 15 s");
        assertThatIllegalArgumentException().isThrownBy(() -> fast(1, 0.6, 0.6, 0, 0))
                .withMessageContaining("more than 1");
        // A school cannot answer after it has already been given up on as "no answer".
        assertThatIllegalArgumentException().isThrownBy(() -> new SimulationSettings(1, 0, 0, 0, 0,
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofSeconds(20),
                Duration.ofMinutes(1), 1)).withMessageContaining("maxRing (30 s) must not exceed ringTimeout (20 s)");
    }

    @Test
    void aDownExchangeRefusesNewCallsBeforeAnythingIsDialledUntilItComesBack() throws Exception {
        SimulationSettings settings = fast(3, 0, 0, 0, 0);
        List<TelephonyEvent> events = new CopyOnWriteArrayList<>();
        try (var exchange = new SimulatedExchange(settings, CLOCK)) {
            exchange.addListener(events::add);
            assertThat(exchange.isAvailable()).isTrue();
            exchange.goDown();
            assertThat(exchange.isAvailable()).isFalse();
            assertThatIllegalStateException().isThrownBy(() -> exchange.placeCall(request(UUID.randomUUID(),
                    "+441632960123"))).withMessageContaining("not connected to the simulated exchange");
            Thread.sleep(50);
            assertThat(events).as("nothing was placed").isEmpty();
            assertThat(exchange.activeCalls()).isZero();

            exchange.comeBack();
            assertThat(exchange.isAvailable()).isTrue();
            UUID id = UUID.randomUUID();
            exchange.placeCall(request(id, "+441632960123"));
            await(() -> events.stream().anyMatch(TelephonyEvent.Bridged.class::isInstance));
        }
    }

    @Test
    void anOperatorWhosePhoneFailsFailsTheCallBeforeTheSchoolIsDialledAndTheSchoolKeepsItsScript()
            throws Exception {
        SimulationSettings settings = fast(11, 0.3, 0.3, 0.5, 0.1);
        List<TelephonyEvent> failedLeg = new CopyOnWriteArrayList<>();
        List<String> afterAFailedLeg = run(settings, 3, exchange -> {
            TelephonyCallId id = new TelephonyCallId(UUID.randomUUID());
            exchange.addListener(event -> {
                if (event.callId().equals(id)) {
                    failedLeg.add(event);
                }
            });
            exchange.operatorPhoneFails("op-dead", "operator leg not registered");
            exchange.placeCall(new CallRequest(id, "op-dead", new E164Number("+441632961000"), CALLER_ID));
            await(() -> failedLeg.stream().anyMatch(TelephonyEvent.Ended.class::isInstance));
            exchange.operatorPhoneWorks("op-dead");
        });
        assertThat(failedLeg).extracting(e -> e.getClass().getSimpleName())
                .as("agent first: no operator leg, so no school").containsExactly("Failed", "Ended");
        assertThat(((TelephonyEvent.Failed) failedLeg.getFirst()).cause()).isEqualTo("operator leg not registered");
        assertThat(((TelephonyEvent.Ended) failedLeg.get(1)).talkTime()).isZero();
        // The school drew nothing for the failed leg: its calls go exactly as they would have without it.
        assertThat(afterAFailedLeg).isEqualTo(run(settings, 3));
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("within 10 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    @Test
    void eventsAndTalkTimeComeFromTheGivenClockNotTheMachines() throws Exception {
        // The app's clock, set to a second before the clocks go forward (Europe/London), not the machine's day.
        Instant start = Instant.parse("2026-03-29T00:59:59.500Z");
        Clock clock = Clock.offset(Clock.system(ZoneId.of("Europe/London")), Duration.between(Instant.now(), start));
        SimulationSettings settings = new SimulationSettings(5, 0, 0, 0, 0, Duration.ZERO, Duration.ZERO,
                Duration.ZERO, Duration.ofSeconds(20), Duration.ofMinutes(1), 1);
        List<TelephonyEvent> events = new CopyOnWriteArrayList<>();
        CountDownLatch ended = new CountDownLatch(1);
        try (var exchange = new SimulatedExchange(settings, clock)) {
            exchange.addListener(event -> {
                events.add(event);
                if (event instanceof TelephonyEvent.Bridged b) {
                    exchange.hangUp(b.callId());
                }
                if (event instanceof TelephonyEvent.Ended) {
                    ended.countDown();
                }
            });
            Thread.sleep(600); // across the change to summer time
            exchange.placeCall(request(UUID.randomUUID(), "+441632960123"));
            assertThat(ended.await(10, TimeUnit.SECONDS)).isTrue();
        }
        Instant bridged = events.stream().filter(TelephonyEvent.Bridged.class::isInstance).findFirst().orElseThrow()
                .at();
        TelephonyEvent.Ended end = (TelephonyEvent.Ended) events.stream().filter(TelephonyEvent.Ended.class::isInstance)
                .findFirst().orElseThrow();
        assertThat(events).allSatisfy(e -> assertThat(e.at()).isAfterOrEqualTo(start)
                .isBefore(start.plusSeconds(10)));
        assertThat(LocalDate.ofInstant(bridged, clock.getZone())).isEqualTo(LocalDate.of(2026, 3, 29));
        assertThat(end.talkTime()).isEqualTo(Duration.between(bridged, end.at()));
    }

    /** Places calls one after another (same numbers each run) and describes what happened to each. */
    private static List<String> run(SimulationSettings settings, int calls) throws Exception {
        return run(settings, calls, exchange -> { });
    }

    private static List<String> run(SimulationSettings settings, int calls, Before first) throws Exception {
        List<String> described = new ArrayList<>();
        try (var exchange = new SimulatedExchange(settings, CLOCK)) {
            first.on(exchange);
            for (int i = 0; i < calls; i++) {
                TelephonyCallId id = new TelephonyCallId(new UUID(0, i));
                CountDownLatch over = new CountDownLatch(1);
                List<String> seen = new CopyOnWriteArrayList<>();
                exchange.addListener(event -> {
                    if (!event.callId().equals(id)) {
                        return;
                    }
                    switch (event) {
                        case TelephonyEvent.RecordingAvailable r -> {
                            try (InputStream in = r.source().open()) {
                                seen.add("wav:" + java.util.Arrays.hashCode(in.readAllBytes()));
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                            over.countDown();
                        }
                        case TelephonyEvent.Ended e -> {
                            seen.add("Ended:" + e.talkTime().toMillis() + ":" + e.cause());
                            if (e.talkTime().isZero()) {
                                over.countDown();
                            }
                        }
                        default -> seen.add(event.getClass().getSimpleName());
                    }
                });
                exchange.placeCall(new CallRequest(id, "op1", new E164Number("+44163296" + (1000 + i % 7)),
                        CALLER_ID));
                assertThat(over.await(10, TimeUnit.SECONDS)).isTrue();
                described.add(String.join(",", seen).replaceFirst("^OperatorLegUp,", ""));
            }
        }
        return described;
    }

    @FunctionalInterface
    private interface Before {
        void on(SimulatedExchange exchange) throws Exception;
    }

    @Test
    void onVirtualStepsNothingWaitsAndEveryEventIsStampedWithTheVirtualClock() {
        Instant start = Instant.parse("2027-03-02T09:00:00Z");
        Instant[] now = {start};
        Clock virtual = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneId.of("UTC");
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        VirtualSteps steps = new VirtualSteps(virtual);
        // Clock speed 1: a real timer would take seconds; the virtual steps take none.
        SimulationSettings settings = new SimulationSettings(3, 0, 0, 0, 0, Duration.ofSeconds(1),
                Duration.ofSeconds(2), Duration.ofSeconds(8), Duration.ofSeconds(20), Duration.ofMinutes(10), 1);
        List<String> seen = new ArrayList<>();
        try (var exchange = new SimulatedExchange(settings, virtual, steps)) {
            exchange.addListener(event -> seen.add(event.getClass().getSimpleName() + "@"
                    + Duration.between(start, event.at()).toMillis()));
            UUID id = UUID.randomUUID();
            exchange.placeCall(request(id, "+441632900001"));
            assertThat(seen).isEmpty(); // nothing runs until the driver says so
            assertThat(steps.nextDue()).contains(start);
            while (steps.nextDue().isPresent() && seen.stream().noneMatch(s -> s.startsWith("Bridged"))) {
                now[0] = steps.nextDue().orElseThrow();
                steps.runDue();
            }
            assertThat(seen.getFirst()).isEqualTo("OperatorLegUp@1000");
            long bridgedAt = Duration.between(start, now[0]).toMillis();
            assertThat(bridgedAt).isBetween(3000L, 9000L); // 1 s pick-up, then 2 to 8 s of ringing
            assertThat(steps.nextDue()).contains(now[0].plus(Duration.ofMinutes(10))); // maximum talk
            now[0] = now[0].plusSeconds(30);
            exchange.hangUp(new TelephonyCallId(id));
            steps.runDue();
            assertThat(seen.getLast()).startsWith("RecordingAvailable@" + (bridgedAt + 30_000));
            assertThat(steps.nextDue()).isEmpty(); // the talk limit was cancelled with the call
        }
    }

    private static CallRequest request(UUID id, String number) {
        return new CallRequest(new TelephonyCallId(id), "op1", new E164Number(number), CALLER_ID);
    }
}
