package org.rollcall.challenges;

import java.time.LocalDate;
import java.util.Objects;

import org.rollcall.attendance.Session;
import org.rollcall.directory.ChildId;

/**
 * The school's answer to a question about one child's session: {@code codeTypedFirst} is the code that raised it;
 * for {@link Outcome#CHANGED} the mark saved carries the new code.
 */
public record ChallengeOutcome(ChildId child, LocalDate date, Session session, RuleKind kind, String question,
                               Outcome outcome, String codeTypedFirst) {

    public ChallengeOutcome {
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(codeTypedFirst, "code typed first");
        codeTypedFirst = codeTypedFirst.strip();
    }
}
