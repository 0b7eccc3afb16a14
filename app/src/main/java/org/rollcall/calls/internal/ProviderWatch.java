package org.rollcall.calls.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.rollcall.calls.DiallerPause;
import org.rollcall.calls.DiallerStatus;
import org.rollcall.telephony.HumanDuration;
import org.rollcall.telephony.Telephony;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Pauses the dialler while the telephony provider cannot be reached, and resumes it when it is back. Asked at the
 * start of every dialler round rather than told by the adapter: the round runs every second anyway, the port needs
 * only {@link Telephony#isAvailable()}, and nothing is missed if a change comes and goes between two rounds. The
 * pause is this node's view of its own provider, rebuilt from the adapter after a restart.
 */
@Component
class ProviderWatch implements DiallerStatus {

    private static final Logger log = LoggerFactory.getLogger(ProviderWatch.class);

    private final Telephony telephony;
    private final Clock clock;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile DiallerPause pause;

    ProviderWatch(Telephony telephony, Clock clock) {
        this.telephony = telephony;
        this.clock = clock;
    }

    /** Whether calls may be offered now; logs and tells the screens when that changes. */
    synchronized boolean mayDial() {
        boolean available = telephony.isAvailable();
        DiallerPause current = pause;
        if (available == (current == null)) {
            return available;
        }
        if (available) {
            pause = null;
            log.info("Dialling resumed: {} can be reached again after {}", telephony.providerName(),
                    HumanDuration.format(Duration.between(current.since(), clock.instant())));
        } else {
            pause = new DiallerPause(telephony.providerName(), clock.instant());
            log.warn("Dialling paused: {} cannot be reached. Due calls wait in the queue and use up no attempt; "
                    + "dialling resumes by itself when it is back", telephony.providerName());
        }
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                log.warn("A screen could not be told that dialling {}: {}", available ? "resumed" : "paused",
                        e.getMessage());
            }
        }
        return available;
    }

    @Override
    public Optional<DiallerPause> pause() {
        return Optional.ofNullable(pause);
    }

    @Override
    public Runnable onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
