package org.rollcall.moves.web;

import java.util.Locale;
import java.util.stream.Collectors;

import org.rollcall.moves.MoveRefusedException;
import org.rollcall.platform.web.Problems;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused move as a 400 problem: the detail, each field's problem, and the school offered instead if any. */
@RestControllerAdvice(basePackageClasses = MovesProblemAdvice.class)
class MovesProblemAdvice {

    @ExceptionHandler(MoveRefusedException.class)
    ProblemDetail refused(MoveRefusedException e) {
        ProblemDetail problem = Problems.refused(e.getMessage());
        problem.setProperty("fields", e.problems().entrySet().stream().collect(Collectors.toMap(
                f -> f.getKey().name().toLowerCase(Locale.ROOT), java.util.Map.Entry::getValue)));
        e.offered().ifPresent(s -> {
            problem.setProperty("offeredSchoolId", s.id().value());
            problem.setProperty("offeredSchool", s.name());
        });
        return problem;
    }
}
