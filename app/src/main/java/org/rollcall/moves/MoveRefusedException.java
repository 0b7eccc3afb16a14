package org.rollcall.moves;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.rollcall.directory.ProvisionMatch;

/**
 * A move refused, nothing saved: what is wrong with each field, in words saying what would be accepted. A new school
 * whose URN the directory already holds under another name carries that school as {@link #offered()}.
 */
public class MoveRefusedException extends RuntimeException {

    private final Map<MoveField, String> problems;
    private final transient ProvisionMatch offered;

    public MoveRefusedException(Map<MoveField, String> problems, ProvisionMatch offered) {
        super(problems.values().stream().collect(Collectors.joining("; ")));
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
        this.offered = offered;
    }

    public MoveRefusedException(MoveField field, String problem) {
        this(Map.of(field, problem), null);
    }

    public Map<MoveField, String> problems() {
        return problems;
    }

    /** The school in the directory to use instead, when the refusal offers one. */
    public Optional<ProvisionMatch> offered() {
        return Optional.ofNullable(offered);
    }
}
