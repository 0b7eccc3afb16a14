package org.rollcall.escalation.web;

import java.util.NoSuchElementException;

import org.rollcall.escalation.EscalationRefusedException;
import org.rollcall.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals as 400 and unknown authorities, escalations or letters as 404 problem details saying what was wrong. */
@RestControllerAdvice(basePackageClasses = EscalationProblemAdvice.class)
class EscalationProblemAdvice {

    @ExceptionHandler(EscalationRefusedException.class)
    ProblemDetail refused(EscalationRefusedException e) {
        return Problems.refused(e.getMessage());
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }
}
