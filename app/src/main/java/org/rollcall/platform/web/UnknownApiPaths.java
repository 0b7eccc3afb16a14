package org.rollcall.platform.web;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;

import jakarta.servlet.http.HttpServletRequest;

/**
 * An /api/** address that no controller maps is a 404 problem detail, not Vaadin's page (Vaadin takes every
 * address no other mapping claims). Ordered right after the controllers' mapping, so a known path with the wrong
 * method is still that mapping's 405.
 */
@Component
class UnknownApiPaths implements HandlerMapping, Ordered {

    private static final HttpRequestHandler NOT_FOUND = (request, response) -> Problems.write(response,
            Problems.of(HttpStatus.NOT_FOUND, "there is no API endpoint at " + request.getRequestURI() + ": the "
                    + "endpoints are listed at /v3/api-docs", request));

    @Override
    public HandlerExecutionChain getHandler(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/") ? new HandlerExecutionChain(NOT_FOUND) : null;
    }

    @Override
    public int getOrder() {
        return 1;
    }
}
