package org.rollcall.accounts.internal;

import java.io.Serializable;
import java.time.Instant;

import org.springframework.security.core.Authentication;

/**
 * A password accepted, the second factor not yet given: kept in the HTTP session beside (not as) the security
 * context, so until the code is right the session is as signed out as before and reaches no screen and no API.
 */
record PendingSignIn(Authentication password, Instant at) implements Serializable {

    static final String SESSION_ATTRIBUTE = PendingSignIn.class.getName();
}
