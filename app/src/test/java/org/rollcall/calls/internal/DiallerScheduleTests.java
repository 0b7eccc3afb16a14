package org.rollcall.calls.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.rollcall.calls.CallsProperties;
import org.rollcall.telephony.CallRequest;
import org.rollcall.telephony.Telephony;
import org.rollcall.telephony.TelephonyCallId;
import org.rollcall.telephony.TelephonyListener;
import org.springframework.scheduling.TaskScheduler;

/**
 * One dialler round at a time on a node (ADR 0056): a round asked for while one is offering is run by that one once
 * more, not beside it, and is never lost. The rounds' offers are the dialler's; here it only counts and waits.
 */
class DiallerScheduleTests {

    private final Telephony exchange = new Telephony() {
        @Override public void placeCall(CallRequest request) { }
        @Override public void hangUp(TelephonyCallId callId) { }
        @Override public void addListener(TelephonyListener listener) { }
        @Override public String providerName() { return "test"; }
        @Override public void close() { }
    };
    private final Dialler dialler = mock(Dialler.class);
    private final DiallerSchedule schedule = new DiallerSchedule(mock(CallPlanner.class), dialler,
            new ProviderWatch(exchange, Clock.systemUTC()), mock(TaskScheduler.class), mock(CallsProperties.class));

    private final AtomicInteger rounds = new AtomicInteger();
    private final AtomicInteger inRound = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();

    @Test
    void aRoundAskedForWhileOneOffersIsRunByThatOneAfterwardsNotBesideIt() throws Exception {
        CountDownLatch firstRoundOffering = new CountDownLatch(1);
        CountDownLatch letFirstRoundFinish = new CountDownLatch(1);
        when(dialler.offerNext()).thenAnswer(invocation -> {
            mostAtOnce.accumulateAndGet(inRound.incrementAndGet(), Math::max);
            try {
                if (rounds.incrementAndGet() == 1) {
                    firstRoundOffering.countDown();
                    assertThat(letFirstRoundFinish.await(10, TimeUnit.SECONDS)).isTrue();
                }
                return false; // no more due calls or ready operators in this round
            } finally {
                inRound.decrementAndGet();
            }
        });

        // Threads of their own: the common pool may have a single thread on a small machine.
        ExecutorService threads = Executors.newCachedThreadPool();
        CompletableFuture<Void> first = CompletableFuture.runAsync(schedule::dial, threads);
        assertThat(firstRoundOffering.await(10, TimeUnit.SECONDS)).isTrue();
        // Two nudges (operators wrapping up) while the first round offers: both return at once.
        CompletableFuture.runAsync(schedule::dial, threads).get(10, TimeUnit.SECONDS);
        CompletableFuture.runAsync(schedule::dial, threads).get(10, TimeUnit.SECONDS);
        assertThat(rounds).as("rounds started while the first offers").hasValue(1);

        letFirstRoundFinish.countDown();
        first.get(10, TimeUnit.SECONDS);
        assertThat(rounds).as("the first round, then one more for both nudges").hasValue(2);
        assertThat(mostAtOnce).as("rounds offering at once").hasValue(1);

        schedule.dial(); // nothing running: a round of its own
        assertThat(rounds).hasValue(3);
        threads.shutdownNow();
    }
}
