package org.rollcall.oversight.internal;

import java.util.Locale;

/** What an entry about something other than a child was about, in words (never its identifier). */
final class SubjectWords {

    private SubjectWords() {
    }

    static String of(String subjectType) {
        return switch (subjectType) {
            case "authority" -> "an authority's data";
            case "call" -> "a call";
            case "escalation" -> "a follow-up";
            case "provision" -> "a school";
            case "user" -> "a user account";
            case "audit" -> "the audit log";
            default -> article(subjectType.replace('_', ' ').replace('-', ' ').toLowerCase(Locale.UK));
        };
    }

    private static String article(String words) {
        return ("aeiou".indexOf(words.isEmpty() ? 'x' : words.charAt(0)) >= 0 ? "an " : "a ") + words;
    }
}
