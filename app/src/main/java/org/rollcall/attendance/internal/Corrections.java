package org.rollcall.attendance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.rollcall.attendance.CorrectMark;
import org.rollcall.attendance.Mark;
import org.rollcall.attendance.MarkRejectedException;
import org.rollcall.platform.FreeText;

/**
 * What a correction must say before it is checked like any mark (ADR 0033): which current mark, why, and a
 * different code. The code itself is then checked by {@link MarkValidator} against the child's school's set.
 */
final class Corrections {

    private Corrections() {
    }

    /** A mark read with whether it is still current. */
    record Found(Mark mark, boolean superseded) {
    }

    static Found withSuperseded(Mark mark, ResultSet rs) throws SQLException {
        return new Found(mark, rs.getTimestamp("superseded_at") != null);
    }

    static Mark check(CorrectMark c, Optional<Found> found) {
        if (c == null || c.markId() == null) {
            throw new MarkRejectedException("no mark was chosen: open the call review and choose the mark to correct");
        }
        String reason = c.reason() == null ? "" : c.reason().strip();
        if (reason.isEmpty()) {
            throw new MarkRejectedException("a correction needs a reason: say why the mark is wrong, for example "
                    + "what the school says on the recording");
        }
        FreeText.problem(reason, "the reason for the correction", MarkValidator.MAX_REASON, false)
                .ifPresent(problem -> {
                    throw new MarkRejectedException(problem);
                });
        if (c.by() == null || c.by().isBlank()) {
            throw new MarkRejectedException("a correction must say who made it");
        }
        Found f = found.orElseThrow(() -> new MarkRejectedException("there is no such mark: it may have been "
                + "erased; reopen the call review and choose one of its marks"));
        if (f.superseded()) {
            throw new MarkRejectedException("this mark (" + f.mark().code() + ") was already replaced by a later "
                    + "one: reopen the call review and correct the current mark");
        }
        String code = c.code() == null ? "" : c.code().strip();
        if (code.toUpperCase(java.util.Locale.ROOT).equals(f.mark().code())) {
            throw new MarkRejectedException("the mark is already '" + f.mark().code() + "': choose a different "
                    + "code, or leave the mark as it is");
        }
        return f.mark();
    }
}
