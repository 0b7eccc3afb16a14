package org.rollcall.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import jakarta.servlet.http.HttpServletRequest;

/**
 * One place that turns bad REST input into an RFC 9457 answer saying what was wrong. Failures on our side are
 * {@link UnexpectedFailures}' job, after Spring's own handlers.
 */
@RestControllerAdvice
class ProblemAdvice {

    @ExceptionHandler(BadRequestException.class)
    ProblemDetail badRequest(BadRequestException e, HttpServletRequest request) {
        return Problems.of(HttpStatus.BAD_REQUEST, e.getMessage(), request);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, HttpServletRequest request) {
        return Problems.of(HttpStatus.NOT_FOUND, e.getMessage(), request);
    }
}
