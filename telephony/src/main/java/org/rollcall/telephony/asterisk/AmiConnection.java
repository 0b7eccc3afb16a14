package org.rollcall.telephony.asterisk;

import java.io.IOException;

import org.asteriskjava.manager.AuthenticationFailedException;
import org.asteriskjava.manager.TimeoutException;
import org.asteriskjava.manager.internal.ManagerConnectionImpl;

/**
 * Asterisk-Java's connection with one addition: closing its socket while it still counts as connected. Its reader
 * then fails, fires a DisconnectEvent and starts Asterisk-Java's own reconnect loop, exactly as when the PBX closes
 * the socket. Asterisk-Java has no public call for this: {@code logoff()} ends that loop instead, and {@code login()}
 * afterwards would leave us to retry an unreachable PBX ourselves.
 */
final class AmiConnection extends ManagerConnectionImpl {

    private final String username;

    AmiConnection(AsteriskSettings settings) {
        setHostname(settings.host());
        setPort(settings.port());
        setUsername(settings.username());
        setPassword(settings.password());
        this.username = settings.username();
    }

    /**
     * As Asterisk-Java's, but a refused login names the settings to check: Asterisk answers only "Authentication
     * failed", and the start-up failure must tell the operator of the app which property is wrong.
     */
    @Override
    public void login(String events) throws IOException, AuthenticationFailedException, TimeoutException {
        try {
            super.login(events);
        } catch (AuthenticationFailedException e) {
            throw new AuthenticationFailedException("Asterisk refused the login of AMI user '" + username + "' ("
                    + e.getMessage() + "): check rollcall.telephony.asterisk.password against the secret of ["
                    + username + "] in manager.conf (also rollcall.telephony.asterisk.username, and that its permit "
                    + "lines allow this host)", e);
        }
    }

    /** For a link that has gone silent without closing: nothing would ever make the reader notice by itself. */
    void dropSocket() {
        disconnect();
    }
}
