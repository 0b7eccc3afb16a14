package org.rollcall.calls.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.rollcall.telephony.CallRequest;
import org.rollcall.telephony.Telephony;
import org.rollcall.telephony.TelephonyCallId;
import org.rollcall.telephony.TelephonyListener;

class TelephonyShutdownTests {

    private final AtomicInteger closed = new AtomicInteger();
    private final Telephony exchange = new Telephony() {
        @Override public void placeCall(CallRequest request) { }
        @Override public void hangUp(TelephonyCallId callId) { }
        @Override public void addListener(TelephonyListener listener) { }
        @Override public String providerName() { return "test"; }
        @Override public void close() { closed.incrementAndGet(); }
    };
    private final TelephonyShutdown shutdown = new TelephonyShutdown(exchange);

    @Test
    void aPausedContextKeepsItsExchange() {
        shutdown.start();
        shutdown.stop();
        shutdown.start();
        assertThat(closed).hasValue(0);
        assertThat(shutdown.isRunning()).isTrue();
    }

    @Test
    void closingTheContextStopsTheExchangeOnce() {
        shutdown.start();
        shutdown.closing();
        shutdown.stop();
        assertThat(closed).hasValue(1);
        assertThat(shutdown.isRunning()).isFalse();
    }
}
