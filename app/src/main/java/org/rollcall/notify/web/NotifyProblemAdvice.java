package org.rollcall.notify.web;

import java.util.NoSuchElementException;

import org.rollcall.notify.MessageRefusedException;
import org.rollcall.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refused wording, signatures and resends as RFC 9457 problem details listing every problem. */
@RestControllerAdvice(basePackageClasses = NotifyProblemAdvice.class)
class NotifyProblemAdvice {

    @ExceptionHandler(MessageRefusedException.class)
    ProblemDetail refused(MessageRefusedException e) {
        ProblemDetail problem = Problems.refused(e.getMessage());
        problem.setProperty("problems", e.problems());
        return problem;
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }
}
