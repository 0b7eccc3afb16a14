package org.rollcall.calendar.web;

import java.util.List;

import org.rollcall.calendar.CalendarInputException;
import org.rollcall.calendar.CalendarNotFoundException;
import org.rollcall.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refused calendar input as RFC 9457 problem details, with every problem (each bad row of a file) listed. */
@RestControllerAdvice(basePackageClasses = CalendarProblemAdvice.class)
class CalendarProblemAdvice {

    @ExceptionHandler(CalendarInputException.class)
    ProblemDetail refused(CalendarInputException e) {
        ProblemDetail problem = Problems.refused(e.getMessage());
        problem.setProperty("problems", e.problems().isEmpty() ? List.of(e.getMessage()) : e.problems());
        return problem;
    }

    @ExceptionHandler(CalendarNotFoundException.class)
    ProblemDetail notFound(CalendarNotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }
}
