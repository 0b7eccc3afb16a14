package org.rollcall.enrolment;

import java.util.List;
import java.util.UUID;

import org.rollcall.notify.PrintedLetter;

/** Admins' view of the introduction letters: the latest first, the printed ones' PDFs, printing and posting. */
public interface IntroductionLetters {

    /** The latest letters first, at most {@code limit} (1 to 500). */
    List<IntroductionLetter> latest(int limit);

    /**
     * A letter to print, as made when the child joined; audited as read by the admin.
     *
     * @throws IllegalArgumentException for an unknown letter or one that was emailed (its PDF went with the email)
     */
    PrintedLetter pdf(UUID letter, String admin);

    /**
     * A printed letter is marked printed, then posted (audited); marking it again changes nothing.
     *
     * @throws IllegalArgumentException for an unknown letter, an emailed one, or posted before printed
     */
    IntroductionLetter mark(UUID letter, LetterStatus status, String admin);
}
