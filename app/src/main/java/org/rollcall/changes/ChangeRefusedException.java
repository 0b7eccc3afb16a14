package org.rollcall.changes;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A change refused, nothing saved: what is wrong with each field, in words saying what would be accepted. */
public class ChangeRefusedException extends RuntimeException {

    private final Map<ChangeField, String> problems;

    public ChangeRefusedException(Map<ChangeField, String> problems) {
        super(problems.values().stream().collect(Collectors.joining("; ")));
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public ChangeRefusedException(ChangeField field, String problem) {
        this(Map.of(field, problem));
    }

    /** Field by field, in the order the screen shows them. */
    public Map<ChangeField, String> problems() {
        return problems;
    }
}
