package org.rollcall.notify;

/**
 * A letter rendered to be printed and posted rather than emailed ({@link Notifications#letter}).
 *
 * @param subject the letter's heading, in the authority's wording
 * @param fileName such as {@code carer-introduction-2026-12-02.pdf}
 * @param pdf the PDF, as an email would attach it
 */
public record PrintedLetter(String subject, String fileName, byte[] pdf) {
}
