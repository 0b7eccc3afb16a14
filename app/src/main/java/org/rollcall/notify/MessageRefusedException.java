package org.rollcall.notify;

import java.util.List;

/**
 * A message, wording or signature that was refused, with every problem found; nothing was stored. Answered over REST
 * as a 400 problem detail listing {@link #problems()}.
 */
public class MessageRefusedException extends IllegalArgumentException {

    private final transient List<String> problems;

    public MessageRefusedException(String summary, List<String> problems) {
        super(problems.isEmpty() ? summary : summary + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public MessageRefusedException(String problem) {
        this(problem, List.of());
    }

    public List<String> problems() {
        return problems.isEmpty() ? List.of(getMessage()) : problems;
    }
}
