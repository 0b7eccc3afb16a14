package org.rollcall.calls.internal;

import org.rollcall.telephony.Telephony;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Stops the exchange first among the beans that hear it, and only once the web server has drained: calls that end
 * while the application stops still have their events written and their recordings spooled, because the bridge, the
 * recording intake and the spool are destroyed only after the exchange has delivered what it had. Calls still up are
 * left to the PBX and taken back at the next start.
 */
@Component
class TelephonyShutdown implements SmartLifecycle {

    private final Telephony telephony;
    private volatile boolean running;

    TelephonyShutdown(Telephony telephony) {
        this.telephony = telephony;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        telephony.close();
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
