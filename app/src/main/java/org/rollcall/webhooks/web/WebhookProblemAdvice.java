package org.rollcall.webhooks.web;

import java.util.NoSuchElementException;

import org.rollcall.webhooks.WebhookRefusedException;
import org.rollcall.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals as 400 and unknown (or another authority's) subscriptions and deliveries as 404 problem details. */
@RestControllerAdvice(basePackageClasses = WebhookProblemAdvice.class)
class WebhookProblemAdvice {

    @ExceptionHandler(WebhookRefusedException.class)
    ProblemDetail refused(WebhookRefusedException e) {
        return Problems.refused(e.getMessage());
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }
}
