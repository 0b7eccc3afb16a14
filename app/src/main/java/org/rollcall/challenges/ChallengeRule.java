package org.rollcall.challenges;

import java.util.Objects;

/**
 * One authority's rule of one kind: on or off, its parameter (null for a kind without one) and the question put
 * to the school. {@code shipped} is true when no admin has set it (off, shipped parameter and question).
 */
public record ChallengeRule(RuleKind kind, boolean enabled, Integer parameter, String question, boolean shipped) {

    public static final int MAX_QUESTION = 500;

    public ChallengeRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(question, "question");
    }

    public static ChallengeRule shipped(RuleKind kind) {
        return new ChallengeRule(kind, false, kind.defaultParameter(), kind.defaultQuestion(), true);
    }
}
