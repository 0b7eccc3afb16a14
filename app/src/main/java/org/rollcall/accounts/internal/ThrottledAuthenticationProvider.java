package org.rollcall.accounts.internal;

import java.util.UUID;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password sign-in for the login form and staff HTTP Basic, with the lockout of {@link SignInThrottle}. An unknown
 * user, a disabled one, a locked one and a wrong password get the same exception with the same message, and each
 * costs one bcrypt comparison (against a dummy hash when there is no user), so neither the answer nor its timing
 * tells which it was.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    static final String REFUSED = "Bad credentials";

    private final JdbcUserDetailsService users;
    private final PasswordEncoder encoder;
    private final SignInThrottle throttle;
    private final SecondFactors secondFactors;
    private final String dummyHash;

    ThrottledAuthenticationProvider(JdbcUserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle,
                                    SecondFactors secondFactors) {
        this.users = users;
        this.encoder = encoder;
        this.throttle = throttle;
        this.secondFactors = secondFactors;
        this.dummyHash = encoder.encode(UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName() == null ? "" : attempt.getName();
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        String source = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        boolean locked = throttle.lockedUntil(username, source).isPresent();
        RollcallPrincipal user = find(username);
        boolean matches = encoder.matches(password, user == null ? dummyHash : user.getPassword());
        if (locked) {
            // Not counted: the wait is not lengthened by attempts made during it.
            throw new BadCredentialsException(REFUSED);
        }
        if (user == null || !user.isEnabled() || !matches) {
            throttle.failed(username, source);
            throw new BadCredentialsException(REFUSED);
        }
        // With a second factor the count is cleared only once the code is right: else someone who has the password
        // could guess codes for ever, signing in with the password again before each lockout.
        if (!secondFactors.appliesTo(user.caller())) {
            throttle.succeeded(username);
        }
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        signedIn.setDetails(attempt.getDetails());
        return signedIn;
    }

    private RollcallPrincipal find(String username) {
        try {
            return (RollcallPrincipal) users.loadUserByUsername(SignInThrottle.key(username));
        } catch (UsernameNotFoundException e) {
            return null;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
