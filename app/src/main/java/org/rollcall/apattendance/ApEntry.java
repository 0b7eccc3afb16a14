package org.rollcall.apattendance;

import java.time.LocalDate;
import java.util.Objects;

import org.rollcall.directory.ChildId;
import org.rollcall.directory.HalfDay;
import org.rollcall.platform.FreeText;

/**
 * What the AP said of one child's session: attended, or absent with a reason ({@code otherText} only, and always,
 * for {@link ApReason#OTHER}).
 */
public record ApEntry(ChildId child, LocalDate date, HalfDay half, boolean attended, ApReason reason,
                      String otherText) {

    public ApEntry {
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(half, "session");
        otherText = otherText == null || otherText.isBlank() ? null : otherText.strip();
        if (attended && reason != null) {
            throw new IllegalArgumentException("an attended session has no reason for absence");
        }
        if (!attended && reason == null) {
            throw new IllegalArgumentException("choose why the child was absent: illness, medical appointment, "
                    + "refused to attend, not known or other");
        }
        if (reason == ApReason.OTHER && otherText == null) {
            throw new IllegalArgumentException("say what the other reason is");
        }
        if (reason != ApReason.OTHER && otherText != null) {
            throw new IllegalArgumentException("only an \u201cother\u201d reason takes words of its own");
        }
        if (otherText != null && otherText.length() > FreeText.MAX_REASON) {
            throw new IllegalArgumentException("the reason is " + otherText.length() + " characters: at most "
                    + FreeText.MAX_REASON + " are kept");
        }
    }

    public static ApEntry attended(ChildId child, LocalDate date, HalfDay half) {
        return new ApEntry(child, date, half, true, null, null);
    }

    public static ApEntry absent(ChildId child, LocalDate date, HalfDay half, ApReason reason, String otherText) {
        return new ApEntry(child, date, half, false, reason, otherText);
    }

    /** "illness", or for other the words given: "other: a family funeral". */
    public String reasonText() {
        return reason == null ? null : reason == ApReason.OTHER ? "other: " + otherText : reason.label();
    }
}
