package org.rollcall.workspace;

import java.util.List;

/** A call script with its placeholders filled in, as the operator reads it on the screen-pop. */
public record SaidScript(String greeting, String callingFor, String recordingNotice, List<String> questions) {

    public SaidScript {
        questions = List.copyOf(questions);
    }
}
