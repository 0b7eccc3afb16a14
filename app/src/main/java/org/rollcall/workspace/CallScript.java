package org.rollcall.workspace;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rollcall.platform.FreeText;

/**
 * What the operator says on a school call, with placeholders: the greeting, who we are calling for, the recording
 * notice (never blank) and the questions (one a line). Checked in the constructor: every problem is named at once.
 */
public record CallScript(String greeting, String callingFor, String recordingNotice, String questions) {

    /** The placeholders a script may use, and what each becomes on the screen-pop. */
    public static final Map<String, String> PLACEHOLDERS = Map.of(
            "school", "the school's name", "contact", "who the operator asks for",
            "children", "the children on the call, by name", "operator", "the operator's name",
            "authority", "the authority (or authorities) whose children they are");
    public static final int MAX_LINE = 500;
    public static final int MAX_QUESTIONS = 2000;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    /** Shipped with Rollcall: used for every authority that has not set its own. */
    public static final CallScript DEFAULT = new CallScript(
            "Hello, this is {operator} calling from Rollcall.",
            "We are calling for {authority} about children it looks after at {school}. May I speak to {contact}?",
            "This call is recorded for quality and record-keeping.",
            "What are today's attendance codes for {children}?\n"
                    + "For any absence: what reason did the school record?\n"
                    + "Has anyone joined or left, or is anyone excluded?");

    public CallScript {
        List<String> problems = new ArrayList<>();
        greeting = check(greeting, "the greeting", MAX_LINE, false, false, problems);
        callingFor = check(callingFor, "who we are calling for", MAX_LINE, false, false, problems);
        recordingNotice = check(recordingNotice, "the recording notice", MAX_LINE, false, true, problems);
        questions = check(questions, "the questions", MAX_QUESTIONS, true, false, problems);
        if (!problems.isEmpty()) {
            throw new ScriptRefusedException(problems);
        }
    }

    /** The script as said: every placeholder filled in from {@code values} (missing ones become empty). */
    public SaidScript fill(Map<String, String> values) {
        return new SaidScript(fill(greeting, values), fill(callingFor, values), fill(recordingNotice, values),
                questions == null ? List.of() : questions.lines().map(String::strip).filter(l -> !l.isEmpty())
                        .map(l -> fill(l, values)).toList());
    }

    private static String fill(String text, Map<String, String> values) {
        if (text == null) {
            return "";
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder said = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(said, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        }
        return m.appendTail(said).toString();
    }

    private static String check(String text, String what, int max, boolean multiline, boolean required,
                                List<String> problems) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            if (required) {
                problems.add(what + " is empty: every call must say it is recorded");
            }
            return required ? "" : null;
        }
        FreeText.problem(value, what, max, multiline).ifPresent(problems::add);
        Set<String> unknown = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            if (!PLACEHOLDERS.containsKey(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        unknown.forEach(name -> problems.add(what + " has an unknown placeholder {" + name + "}: use {school}, "
                + "{contact}, {children}, {operator} or {authority}"));
        if (value.replaceAll("\\{[^{}]*}", "").matches("(?s).*[{}].*")) {
            problems.add(what + " has a { or } that opens or closes no placeholder: write placeholders as {school}");
        }
        return value;
    }
}
