package org.rollcall.telephony;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The listeners of an adapter: an event reaches them only if the call's state machine accepts it. */
public final class Listeners {

    private static final Logger log = LoggerFactory.getLogger(Listeners.class);

    private final List<TelephonyListener> listeners = new CopyOnWriteArrayList<>();

    public void add(TelephonyListener listener) {
        listeners.add(listener);
    }

    /** Delivers the event if it is a sensible next step for the call; a failing listener never stops the others. */
    public boolean deliver(CallStateMachine machine, TelephonyEvent event) {
        if (machine.apply(event) != CallStateMachine.Verdict.ACCEPTED) {
            return false;
        }
        for (TelephonyListener listener : listeners) {
            try {
                listener.on(event);
            } catch (RuntimeException e) {
                log.error("Telephony listener failed on {}", event, e);
            }
        }
        return true;
    }
}
