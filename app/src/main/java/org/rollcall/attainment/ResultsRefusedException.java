package org.rollcall.attainment;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Nothing was recorded: {@code problems} says, per field, what was wrong and what its scale accepts; a problem with
 * the whole entry (no value typed, an assessment the child does not take) is the message with no field.
 */
public class ResultsRefusedException extends RuntimeException {

    private final transient Map<Subject, String> problems;

    public ResultsRefusedException(String message) {
        super(message);
        this.problems = Map.of();
    }

    public ResultsRefusedException(Map<Subject, String> problems) {
        super("Nothing saved: " + problems.entrySet().stream().map(e -> e.getKey().label() + ": " + e.getValue())
                .collect(Collectors.joining("; ")));
        this.problems = Map.copyOf(problems);
    }

    public Map<Subject, String> problems() {
        return problems;
    }
}
