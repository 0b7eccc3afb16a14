package org.rollcall.escalation;

import java.time.Instant;

/** Exclusion letters: uploaded by operators and admins as PDF, downloaded by the child's authority (audited). */
public interface ExclusionLetters {

    /** The largest letter accepted. */
    long MAX_BYTES = 10L * 1024 * 1024;

    /**
     * Keeps the letter in the object store and marks the exclusion's letter received, at the app clock's time.
     *
     * @throws EscalationRefusedException for an empty file, one that is not a PDF or is over 10 MB, an escalation
     *     that is not an exclusion, or one whose letter was already received; nothing is kept then
     */
    Receipt upload(EscalationId exclusion, byte[] pdf);

    /**
     * The letter's bytes; only the child's authority, supervisors and admins, and every download is audited.
     *
     * @throws java.util.NoSuchElementException when no letter was received for it
     */
    Letter download(EscalationId exclusion);

    record Receipt(EscalationId exclusion, long bytes, String sha256, Instant receivedAt, String uploadedBy) {
    }

    /** @param fileName a name without personal data, for the browser's download */
    record Letter(String fileName, byte[] pdf, String sha256) {
    }
}
