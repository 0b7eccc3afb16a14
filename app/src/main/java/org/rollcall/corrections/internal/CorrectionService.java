package org.rollcall.corrections.internal;

import java.util.UUID;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.CodeSet;
import org.rollcall.attendance.CorrectMark;
import org.rollcall.attendance.Mark;
import org.rollcall.corrections.MarkCorrections;
import org.rollcall.directory.Directory;
import org.rollcall.platform.ui.HumanDates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class CorrectionService implements MarkCorrections {

    static final String AUDIT_ACTION = "CORRECT_MARK";

    private final Attendance attendance;
    private final Directory directory;
    private final Accounts accounts;
    private final AuditLog audit;

    CorrectionService(Attendance attendance, Directory directory, Accounts accounts, AuditLog audit) {
        this.attendance = attendance;
        this.directory = directory;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('QA', 'ADMIN')")
    public Mark correct(UUID markId, String code, String reason) {
        String by = accounts.caller().name();
        Mark before = markId == null ? null : attendance.find(markId).orElse(null);
        Mark after = attendance.correct(new CorrectMark(markId, code, reason, by));
        // Before and after in one line, with the reason: the audit alone tells the story.
        audit.record(by, AUDIT_ACTION, "child", after.childId().toString(), HumanDates.day(after.date()) + " "
                + after.session() + ": " + (before == null ? "?" : before.code()) + " \u2192 " + after.code()
                + " (" + reason.strip() + ")");
        return after;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('QA', 'ADMIN')")
    public CodeSet codesFor(Mark mark) {
        return attendance.codeSet(directory.provisionCard(mark.provisionId()).nation());
    }
}
