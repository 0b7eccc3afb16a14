package org.rollcall.accounts.internal;

import java.io.IOException;
import java.time.Clock;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * After the login form's password: a user who needs a second factor is not signed in yet. The security context is
 * emptied again, the accepted password kept as a {@link PendingSignIn}, and the browser sent to the code step (or
 * to enrolment); everyone else goes on as Vaadin's handler would send them.
 */
class SecondFactorStep extends VaadinSavedRequestAwareAuthenticationSuccessHandler {

    static final String CODE_STEP = "/sign-in/code";
    static final String ENROL_STEP = "/sign-in/enrol";

    private final SecondFactors secondFactors;
    private final SecurityContextHolderStrategy contexts;
    private final SecurityContextRepository repository;
    private final Clock clock;

    SecondFactorStep(SecondFactors secondFactors, SecurityContextHolderStrategy contexts,
                     SecurityContextRepository repository, Clock clock) {
        this.secondFactors = secondFactors;
        this.contexts = contexts;
        this.repository = repository;
        this.clock = clock;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        if (!(authentication.getPrincipal() instanceof RollcallPrincipal user)
                || !secondFactors.appliesTo(user.caller())) {
            SessionAge.signedIn(request, clock);
            super.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        var signedOut = contexts.createEmptyContext();
        contexts.setContext(signedOut);
        repository.saveContext(signedOut, request, response);
        request.getSession().setAttribute(PendingSignIn.SESSION_ATTRIBUTE,
                new PendingSignIn(authentication, clock.instant()));
        String step = secondFactors.enrolled(user.caller()) ? CODE_STEP : ENROL_STEP;
        response.sendRedirect(request.getContextPath() + step);
    }
}
