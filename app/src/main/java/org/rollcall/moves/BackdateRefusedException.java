package org.rollcall.moves;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Backdated marks refused, none saved: what is wrong with each cell, saying what would be accepted. */
public class BackdateRefusedException extends RuntimeException {

    private final Map<BackdateEntry.Slot, String> problems;

    public BackdateRefusedException(Map<BackdateEntry.Slot, String> problems) {
        super(problems.values().stream().collect(Collectors.joining("; ")));
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public Map<BackdateEntry.Slot, String> problems() {
        return problems;
    }
}
