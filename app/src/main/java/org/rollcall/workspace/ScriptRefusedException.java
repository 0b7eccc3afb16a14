package org.rollcall.workspace;

import java.util.List;

/** A call script was refused; {@link #problems()} names every problem and what is accepted. Nothing was stored. */
public class ScriptRefusedException extends IllegalArgumentException {

    private final transient List<String> problems;

    public ScriptRefusedException(List<String> problems) {
        super("the call script was refused: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
