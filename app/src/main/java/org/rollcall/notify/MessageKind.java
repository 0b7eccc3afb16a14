package org.rollcall.notify;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A kind of message (a social worker's notice, a letter request), declared by the module that sends it as a Spring
 * bean. Its shipped templates live in {@code notify/templates/<code>.txt}, {@code .html}, {@code .wording.txt} and,
 * for a kind that carries a letter, {@code .letter.html}. An authority's own wording may use only the placeholders
 * declared here, and a message must give a value for each: nothing else about a child can reach an email.
 *
 * @param code stable name, lower case with hyphens, e.g. {@code social-worker-notice}
 * @param label what screens show, e.g. "Notice to the social worker"
 * @param placeholders what the wording may say, each with its meaning, e.g. {@code child}: "the child's first name"
 * @param letter whether a PDF letter is rendered from {@code <code>.letter.html} and attached
 */
public record MessageKind(String code, String label, List<Placeholder> placeholders, boolean letter) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

    /** Filled in by Rollcall for every message; callers do not pass them. */
    public static final List<Placeholder> COMMON = List.of(
            new Placeholder("authority", "the authority's name"),
            new Placeholder("date", "the day the message was written, such as 2 December 2026"));


    /** A name the wording may use as {@code {name}}, and what it stands for. */
    public record Placeholder(String name, String meaning) {

        public Placeholder {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("placeholder name '" + name + "' is not valid: use letters and "
                        + "digits starting with a lower-case letter, such as childFirstName");
            }
            if (meaning == null || meaning.isBlank()) {
                throw new IllegalArgumentException("placeholder " + name + " needs a meaning for admins");
            }
        }
    }

    public MessageKind {
        if (code == null || code.length() > 60 || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("message kind '" + code + "' is not valid: use lower-case words "
                    + "joined by hyphens, such as social-worker-notice");
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("message kind " + code + " needs a label for screens");
        }
        placeholders = List.copyOf(placeholders);
        Set<String> seen = new HashSet<>();
        COMMON.forEach(p -> seen.add(p.name()));
        for (Placeholder p : placeholders) {
            if (!seen.add(p.name())) {
                throw new IllegalArgumentException("message kind " + code + " declares placeholder " + p.name()
                        + " twice (or one Rollcall fills in itself: authority, date)");
            }
        }
    }

    /** Every placeholder the wording may use: the kind's own and the common ones. */
    public List<Placeholder> allPlaceholders() {
        return java.util.stream.Stream.concat(placeholders.stream(), COMMON.stream()).toList();
    }
}
