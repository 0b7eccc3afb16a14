package org.rollcall.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The last resolver: a failure no handler expected (a database error, a bug) is logged in full under a reference
 * and answered as a 500 problem detail naming only the reference, so no SQL or stack trace reaches a client. It runs
 * after Spring's resolvers (which answer 400, 405, 406 and the rest) and leaves security refusals to Spring Security.
 */
@Component
class UnexpectedFailures implements HandlerExceptionResolver, Ordered {

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        if (!(handler instanceof HandlerMethod) || failure instanceof AccessDeniedException
                || failure instanceof AuthenticationException || response.isCommitted()) {
            return null;
        }
        String reference = ErrorReference.logged(request.getMethod() + " " + request.getRequestURI(), failure);
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, ErrorReference.message(reference),
                request);
        problem.setProperty("reference", reference);
        try {
            response.resetBuffer();
            Problems.write(response, problem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
