package org.rollcall.calls.internal;

import org.rollcall.telephony.Telephony;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Stops the exchange first among the beans that hear it, and only once the web server has drained: calls that end
 * while the application stops still have their events written and their recordings spooled, because the bridge, the
 * recording intake and the spool are destroyed only after the exchange has delivered what it had. Calls still up are
 * left to the PBX and taken back at the next start. Only when the context closes: a context merely paused (Spring
 * stops the lifecycle of a cached test context it is not using, and starts it again) keeps its exchange.
 */
@Component
class TelephonyShutdown implements SmartLifecycle {

    private final Telephony telephony;
    private volatile boolean running;
    private volatile boolean closing;

    TelephonyShutdown(Telephony telephony) {
        this.telephony = telephony;
    }

    @Override
    public void start() {
        running = true;
    }

    /** Published before the lifecycle stops on close, never on a pause. */
    @EventListener(ContextClosedEvent.class)
    void closing() {
        closing = true;
    }

    @Override
    public void stop() {
        running = false;
        if (closing) {
            telephony.close();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Far below the web server's graceful shutdown and the dialler (which stop first), above nothing of ours. */
    @Override
    public int getPhase() {
        return 0;
    }
}
