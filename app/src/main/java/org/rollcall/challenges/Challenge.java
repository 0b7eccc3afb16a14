package org.rollcall.challenges;

/** A question to put to the school about the code typed: which rule raised it and its words for this child. */
public record Challenge(RuleKind kind, String code, String question) {
}
