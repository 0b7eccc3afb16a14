package org.rollcall.attendance.internal;

import org.rollcall.attendance.AttendanceCode;
import org.rollcall.attendance.CodeSet;
import org.rollcall.attendance.MarkRejectedException;
import org.rollcall.attendance.RecordMark;
import org.rollcall.directory.ExpectedChild;
import org.rollcall.platform.FreeText;

/** The rules a mark must pass; each refusal says what was wrong and what would be accepted. */
final class MarkValidator {

    static final int MAX_REASON = 500;

    private MarkValidator() {
    }

    static AttendanceCode validate(RecordMark mark, ExpectedChild child, CodeSet set, CodeSet otherNation) {
        if (mark.session() == null || mark.date() == null) {
            throw new MarkRejectedException("a mark needs a date and a session (AM or PM)");
        }
        String code = mark.code() == null ? "" : mark.code().strip();
        if (code.isEmpty()) {
            throw new MarkRejectedException("no attendance code given for " + child.fullName() + " ("
                    + mark.session() + "): enter one of " + set.codeList());
        }
        AttendanceCode found = set.find(code).orElseThrow(() -> otherNation.find(code).isPresent()
                ? new MarkRejectedException("code '" + code + "' is one of the " + otherNation.label() + ", not the "
                + set.label() + " that apply at this provision: enter one of " + set.codeList())
                : new MarkRejectedException("'" + code + "' is not an attendance code in " + set.id()
                + ": enter one of " + set.codeList()));
        if (!found.validIn(mark.session())) {
            throw new MarkRejectedException("code '" + found.code() + "' (" + found.description() + ") is for the "
                    + found.session() + " session only; for " + mark.session() + " use "
                    + (mark.session().name().equals("AM") ? "'/'" : "'\\'"));
        }
        String reason = mark.reason() == null ? "" : mark.reason().strip();
        if (found.category().isAbsence() && reason.isEmpty()) {
            throw new MarkRejectedException("code '" + found.code() + "' is an absence (" + found.description()
                    + "): ask the school for the reason and enter it");
        }
        FreeText.problem(reason, "the reason", MAX_REASON, false).ifPresent(problem -> {
            throw new MarkRejectedException(problem);
        });
        if (mark.offsetSeconds() != null && mark.offsetSeconds() < 0) {
            throw new MarkRejectedException("the offset into the recording cannot be negative");
        }
        return found;
    }
}
