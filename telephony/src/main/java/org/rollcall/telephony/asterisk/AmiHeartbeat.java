package org.rollcall.telephony.asterisk;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.action.PingAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices a half-open AMI link (PBX frozen, or the network gone without a FIN or RST): no events arrive and the
 * socket stays open, so only a request that goes unanswered can tell. Each tick checks the previous Ping and sends
 * the next one; the send is asynchronous and the answer only sets a flag, so neither the caller nor AMI's reader
 * thread ever waits on the PBX.
 */
final class AmiHeartbeat {

    /** Pings in a row left unanswered for a whole interval that make the link count as lost (one could be a hiccup). */
    static final int MISSES_BEFORE_LOST = 2;

    private static final Logger log = LoggerFactory.getLogger(AmiHeartbeat.class);

    private final ManagerConnection connection;
    private final Clock clock;
    private final Consumer<Instant> lost;
    private AtomicBoolean answered;
    private Instant sentAt;
    private Instant firstUnanswered;
    private int misses;

    /** @param lost told when the link counts as lost, with the moment the first unanswered Ping was sent */
    AmiHeartbeat(ManagerConnection connection, Clock clock, Consumer<Instant> lost) {
        this.connection = connection;
        this.clock = clock;
        this.lost = lost;
    }

    /** Called every ping interval, always from the same thread. */
    void tick() {
        if (connection.getState() != ManagerConnectionState.CONNECTED) {
            // Asterisk-Java is reconnecting already; count afresh on the new connection.
            answered = null;
            misses = 0;
            return;
        }
        if (answered != null) {
            if (answered.get()) {
                misses = 0;
            } else if (misses++ == 0) {
                firstUnanswered = sentAt; // calls lost with the link end here, not when the loss is noticed
            }
        }
        if (misses >= MISSES_BEFORE_LOST) {
            answered = null;
            misses = 0;
            lost.accept(firstUnanswered);
            return;
        }
        AtomicBoolean reply = new AtomicBoolean();
        answered = reply;
        sentAt = clock.instant();
        try {
            // Any response, even an error, proves the PBX is reading and writing on this socket.
            connection.sendAction(new PingAction(), response -> reply.set(true));
        } catch (Exception e) {
            // A Ping that cannot even be written counts as unanswered.
            log.debug("AMI Ping not sent: {}", e.getMessage());
        }
    }
}
