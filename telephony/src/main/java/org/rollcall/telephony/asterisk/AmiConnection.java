package org.rollcall.telephony.asterisk;

import org.asteriskjava.manager.internal.ManagerConnectionImpl;

/**
 * Asterisk-Java's connection with one addition: closing its socket while it still counts as connected. Its reader
 * then fails, fires a DisconnectEvent and starts Asterisk-Java's own reconnect loop, exactly as when the PBX closes
 * the socket. Asterisk-Java has no public call for this: {@code logoff()} ends that loop instead, and {@code login()}
 * afterwards would leave us to retry an unreachable PBX ourselves.
 */
final class AmiConnection extends ManagerConnectionImpl {

    AmiConnection(AsteriskSettings settings) {
        setHostname(settings.host());
        setPort(settings.port());
        setUsername(settings.username());
        setPassword(settings.password());
    }

    /** For a link that has gone silent without closing: nothing would ever make the reader notice by itself. */
    void dropSocket() {
        disconnect();
    }
}
