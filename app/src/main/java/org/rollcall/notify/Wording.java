package org.rollcall.notify;

/**
 * What a message says, in an authority's words: a subject line and a body of paragraphs (separated by blank lines),
 * both with {@code {placeholders}} from the kind. The shipped templates lay it out as text, HTML and letter.
 */
public record Wording(String subject, String body) {
}
