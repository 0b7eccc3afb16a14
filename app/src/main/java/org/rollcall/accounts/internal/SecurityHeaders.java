package org.rollcall.accounts.internal;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers of every chain (ADR 0019). Spring Security's defaults stay on: X-Content-Type-Options
 * nosniff, X-Frame-Options DENY, Cache-Control no-store unless a response set its own (Vaadin's hashed static files
 * do), and HSTS on requests that arrived over TLS (directly or, with server.forward-headers-strategy, through a
 * TLS-terminating proxy). Added here: a Content-Security-Policy and a Referrer-Policy.
 */
final class SecurityHeaders {

    /**
     * What Vaadin 25 needs: its client evaluates JavaScript the server sends ('unsafe-eval'), its bootstrap page
     * and themes use inline scripts and styles ('unsafe-inline'), push uses a WebSocket to the same origin
     * (connect-src 'self'), and the review screen plays recordings from the same origin. Nothing is loaded from
     * anywhere else, and no other site may frame a page.
     */
    static final String UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; media-src 'self' blob:; worker-src 'self' blob:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** JSON and audio only: nothing in an API answer may run or be framed. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; "
            + "form-action 'none'";

    private SecurityHeaders() {
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> ui() {
        return headers(UI_POLICY);
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> api() {
        return headers(API_POLICY);
    }

    private static Customizer<HeadersConfigurer<HttpSecurity>> headers(String policy) {
        // same-origin: ids in our addresses (a child's, a call's) never travel to another site in a Referer.
        // Written before the request is handled: Vaadin's pages are a forward to its servlet, and the container
        // commits a forwarded response before the filter's usual write-on-commit could add anything.
        return headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                });
    }
}
