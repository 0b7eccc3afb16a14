package org.rollcall.telephony.asterisk;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.response.ManagerError;
import org.rollcall.telephony.TelephonyCallId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the PBX says is up (CoreShowChannels). An error is never read as "no channels": no list is not an empty list. */
final class AmiChannels {

    private static final Logger log = LoggerFactory.getLogger(AmiChannels.class);

    private final AmiConnection connection;
    private final AsteriskSettings settings;

    AmiChannels(AmiConnection connection, AsteriskSettings settings) {
        this.connection = connection;
        this.settings = settings;
    }

    /** The channels up at one moment, by Uniqueid. Our calls' operator channels have the call id as Uniqueid. */
    record Snapshot(Map<String, CoreShowChannelEvent> byUniqueId) {

        /** Whether any channel of the call is still up. */
        boolean knows(TelephonyCallId call) {
            String id = call.toString();
            return byUniqueId.containsKey(id) || byUniqueId.values().stream().anyMatch(c -> id.equals(c.getLinkedid()));
        }

        CoreShowChannelEvent operator(TelephonyCallId call) {
            return byUniqueId.get(call.toString());
        }

        /** Whether the operator and the school are talking: the operator's channel is in a bridge, or the school's is up. */
        boolean bridged(TelephonyCallId call) {
            String id = call.toString();
            CoreShowChannelEvent operator = operator(call);
            if (operator != null && operator.getBridgeid() != null && !operator.getBridgeid().isBlank()) {
                return true;
            }
            return byUniqueId.values().stream().anyMatch(c -> id.equals(c.getLinkedid())
                    && !id.equals(c.getUniqueid()) && "Up".equalsIgnoreCase(c.getChannelStateDesc()));
        }

        int size() {
            return byUniqueId.size();
        }
    }

    /** @throws Exception when the PBX refuses or does not answer */
    Snapshot list() throws Exception {
        awaitLoggedIn();
        var response = connection.sendEventGeneratingAction(new CoreShowChannelsAction(), 10_000);
        if (response.getResponse() instanceof ManagerError error) {
            throw new IllegalStateException("CoreShowChannels refused: " + error.getMessage());
        }
        Map<String, CoreShowChannelEvent> byId = new HashMap<>();
        for (var e : response.getEvents()) {
            if (e instanceof CoreShowChannelEvent channel && channel.getUniqueid() != null) {
                byId.put(channel.getUniqueid(), channel);
            }
        }
        return new Snapshot(byId);
    }

    /** Asks up to {@code attempts} times, {@code delay} apart; null if the PBX could not say. */
    Snapshot list(int attempts, Duration delay) {
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                return list();
            } catch (Exception e) {
                log.warn("Asking Asterisk which channels are up failed (attempt {} of {}): {}", attempt, attempts,
                        e.getMessage());
                if (attempt < attempts) {
                    try {
                        Thread.sleep(delay.toMillis());
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return null;
                    }
                }
            }
        }
        return null;
    }

    // ConnectEvent arrives with the banner, before Asterisk-Java has logged in again.
    private void awaitLoggedIn() throws InterruptedException {
        long deadline = System.currentTimeMillis() + settings.reconnectDelay().toMillis() + 10_000;
        while (connection.getState() != ManagerConnectionState.CONNECTED && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
    }
}
