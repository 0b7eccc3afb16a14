package org.rollcall.telephony.twilio;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.rollcall.telephony.HumanDuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.Account;

/**
 * Whether Twilio's API can take a call. There is no connection to watch, so its answers are the signal: a request
 * that cannot connect or times out (the SDK's ApiConnectionException), a 5xx, a 429 (too many requests) or a 401/403
 * (our credentials refused) marks it unavailable, and nothing else does: an error about the request itself (a 400
 * for a number Twilio will not call) proves the API is answering. While unavailable, a probe (fetching our own
 * account: cheap, changes nothing) runs every {@link #PROBE_INTERVAL}; its first ordinary answer, or any call
 * Twilio accepts, marks the API available again.
 */
final class TwilioAvailability implements AutoCloseable {

    static final Duration PROBE_INTERVAL = Duration.ofSeconds(15);

    private static final Logger log = LoggerFactory.getLogger(TwilioAvailability.class);

    private final TwilioRestClient client;
    private final String accountSid;
    private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
            .name("twilio-probe").daemon().factory());
    private volatile String downBecause;
    private ScheduledFuture<?> probing;

    TwilioAvailability(TwilioRestClient client, String accountSid) {
        this.client = client;
        this.accountSid = accountSid;
    }

    boolean available() {
        return downBecause == null;
    }

    /**
     * A request to Twilio failed. When the failure says the API itself cannot be reached, returns why (and probes
     * from now on); null when it was about the request.
     */
    synchronized String failed(RuntimeException e) {
        String why = outage(e);
        if (why == null) {
            return null;
        }
        if (downBecause == null) {
            log.warn("Twilio's API cannot be reached ({}): no calls are placed until it answers again; probing it "
                    + "every {}", why, HumanDuration.format(PROBE_INTERVAL));
        }
        downBecause = why;
        if (probing == null) {
            long every = PROBE_INTERVAL.toMillis();
            probing = prober.scheduleWithFixedDelay(this::probe, every, every, TimeUnit.MILLISECONDS);
        }
        return why;
    }

    /** Twilio answered a request as usual. */
    synchronized void answered() {
        if (downBecause != null) {
            log.info("Twilio's API answers again; calls can be placed");
        }
        downBecause = null;
        if (probing != null) {
            probing.cancel(false);
            probing = null;
        }
    }

    /** Asks Twilio for our own account: any answer but an outage means the API is back. */
    void probe() {
        try {
            Account.fetcher(accountSid).fetch(client);
            answered();
        } catch (RuntimeException e) {
            if (failed(e) == null) {
                answered();
            }
        }
    }

    /** Why the failure means Twilio cannot be reached, or null when it was about the request itself. */
    static String outage(RuntimeException e) {
        if (e instanceof ApiConnectionException) {
            return "no answer: " + e.getMessage();
        }
        if (e instanceof ApiException api) {
            Integer status = api.getStatusCode();
            if (status == null || status >= 500 || status == 429 || status == 401 || status == 403) {
                return "HTTP " + (status == null ? "error" : status) + ": " + api.getMessage();
            }
        }
        return null;
    }

    @Override
    public void close() {
        prober.shutdownNow();
    }
}
