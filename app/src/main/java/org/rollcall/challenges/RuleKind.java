package org.rollcall.challenges;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of challenge rule. A kind with a parameter says what it counts, its shipped value and the range an admin
 * may set; the question may name {child}, {code}, {description}, {session} and {n} (the parameter).
 */
public enum RuleKind {
    UNAUTHORISED_CODE("Unauthorised absence code", null, null, 0, 0,
            "{code} ({description}) is an unauthorised absence: has the school asked the family why, and is it to "
                    + "stay unauthorised?"),
    B_WITHOUT_ALTERNATIVE_PROVISION("B with no known alternative provision", null, null, 0, 0,
            "{code} ({description}), but we know of no alternative provision for {child}: where is {child} being "
                    + "educated today, and who is supervising?"),
    CONSECUTIVE_ILLNESS("Illness on consecutive school days", "school days in a row, counting today", 3, 2, 30,
            "{child} has been marked ill (I) on {n} or more school days in a row: has the school seen medical "
                    + "evidence, and does anyone need to check on {child}?"),
    ILLNESS_IN_FOUR_WEEKS("Illness sessions in four weeks", "illness sessions in four weeks, more than which is "
            + "flagged", 4, 1, 40,
            "{child} has more than {n} illness sessions in the last four weeks: is the school following this up "
                    + "with the family?"),
    PM_PRESENT_AFTER_AM_ABSENCE("Present in the afternoon after a morning absence", null, null, 0, 0,
            "{child} was absent this morning but is present this afternoon with no late code: did {child} arrive "
                    + "late (L or U), or is the morning mark wrong?"),
    RARE_CODE("A code the school rarely uses", "weeks in which the school has not used the code", 4, 1, 52,
            "{code} ({description}) is a code this school has not used for any child in the last {n} weeks: is it "
                    + "the right code?");

    private final String label;
    private final String parameter;
    private final Integer defaultParameter;
    private final int min;
    private final int max;
    private final String defaultQuestion;

    RuleKind(String label, String parameter, Integer defaultParameter, int min, int max, String defaultQuestion) {
        this.label = label;
        this.parameter = parameter;
        this.defaultParameter = defaultParameter;
        this.min = min;
        this.max = max;
        this.defaultQuestion = defaultQuestion;
    }

    /** What screens show. */
    public String label() {
        return label;
    }

    /** What the parameter counts; empty for a kind without one. */
    public Optional<String> parameter() {
        return Optional.ofNullable(parameter);
    }

    public Integer defaultParameter() {
        return defaultParameter;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public String defaultQuestion() {
        return defaultQuestion;
    }

    /** How REST paths name it: {@code unauthorised-code}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** From a slug or the constant's name, any case; empty for anything else. */
    public static Optional<RuleKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(k -> k.name().equals(wanted)).findFirst();
    }

    /** "unauthorised-code, b-without-alternative-provision, …" for refusals. */
    public static String accepted() {
        return Arrays.stream(values()).map(RuleKind::slug).collect(Collectors.joining(", "));
    }
}
