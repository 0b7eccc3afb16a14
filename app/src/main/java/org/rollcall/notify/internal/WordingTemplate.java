package org.rollcall.notify.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.rollcall.notify.MessageKind;
import org.rollcall.notify.Wording;

/**
 * An authority's wording with {@code {placeholders}}: checked against its kind when saved, filled in when a message
 * is queued. Plain text, never a template language, so what admins store cannot run anything; the shipped Thymeleaf
 * templates only lay the filled-in text out (and escape it in HTML).
 */
final class WordingTemplate {

    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 10_000;
    private static final Pattern TOKEN = Pattern.compile("\\{([^{}]*)}");

    private WordingTemplate() {
    }

    /** Every problem with the wording for this kind; empty when it may be saved. */
    static List<String> problems(MessageKind kind, Wording wording) {
        List<String> problems = new ArrayList<>();
        String subject = wording == null ? null : wording.subject();
        String body = wording == null ? null : wording.body();
        if (subject == null || subject.isBlank()) {
            problems.add("the subject is empty: write a subject line, for example \"Absence of {child}\"");
        } else if (subject.length() > MAX_SUBJECT || subject.contains("\n") || subject.contains("\r")) {
            problems.add("the subject must be one line of at most " + MAX_SUBJECT + " characters");
        }
        if (body == null || body.isBlank()) {
            problems.add("the body is empty: write the message, with paragraphs separated by a blank line");
        } else if (body.length() > MAX_BODY) {
            problems.add("the body has " + body.length() + " characters; at most " + MAX_BODY + " are accepted");
        }
        Set<String> allowed = kind.allPlaceholders().stream().map(MessageKind.Placeholder::name)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        String accepted = allowed.stream().map(n -> "{" + n + "}").collect(Collectors.joining(", "));
        for (String part : new String[] {subject, body}) {
            if (part == null) {
                continue;
            }
            for (String name : names(part)) {
                if (!allowed.contains(name)) {
                    problems.add("unknown placeholder {" + name + "}: " + kind.label() + " may use " + accepted);
                }
            }
            String rest = TOKEN.matcher(part).replaceAll("");
            if (rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0) {
                problems.add("a '{' or '}' is not part of a placeholder: write placeholders as {name}, one of "
                        + accepted);
            }
        }
        return problems.stream().distinct().toList();
    }

    /** The placeholder names used, in order of first use. */
    static Set<String> names(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            names.add(m.group(1).strip());
        }
        return names;
    }

    /** Fills every placeholder in; the wording was checked when saved, so each has a value. */
    static String fill(String text, Map<String, String> values) {
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1).strip());
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Paragraphs (split at blank lines), each a list of its lines. */
    static List<List<String>> paragraphs(String body) {
        List<List<String>> paragraphs = new ArrayList<>();
        for (String paragraph : body.strip().split("\\R\\s*\\R")) {
            List<String> lines = paragraph.strip().lines().map(String::strip).toList();
            if (!lines.isEmpty()) {
                paragraphs.add(lines);
            }
        }
        return paragraphs;
    }

    /** A shipped wording file: "Subject: …", a blank line, then the body. */
    static Wording parseShipped(String name, String file) {
        String text = file.replace("\r\n", "\n");
        int end = text.indexOf("\n\n");
        if (!text.startsWith("Subject:") || end < 0) {
            throw new IllegalStateException(name + " must start with 'Subject: …', then a blank line, then the body");
        }
        return new Wording(text.substring("Subject:".length(), end).strip(), text.substring(end + 2).strip());
    }
}
