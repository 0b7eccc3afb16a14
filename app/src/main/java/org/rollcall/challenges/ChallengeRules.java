package org.rollcall.challenges;

import java.util.List;

import org.rollcall.directory.AuthorityId;

/** Admins' view of an authority's challenge rules: every kind, shipped off until an admin switches it on. */
public interface ChallengeRules {

    /** Every kind, in the order of {@link RuleKind}. */
    List<ChallengeRule> rules(AuthorityId authority);

    /**
     * Sets one rule. {@code parameter} null keeps the shipped value; {@code question} null or blank the shipped words.
     *
     * @throws IllegalArgumentException saying what is out of range and what is accepted
     */
    ChallengeRule set(AuthorityId authority, RuleKind kind, boolean enabled, Integer parameter, String question,
                      String by);
}
