package org.rollcall.extranet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.Caller;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.Mark;
import org.rollcall.attendance.Session;
import org.rollcall.calls.CallId;
import org.rollcall.calls.CallLog;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ChildLabel;
import org.rollcall.directory.ChildRecord;
import org.rollcall.directory.Directory;
import org.rollcall.recording.MarkInRecording;
import org.rollcall.recording.RecordingInfo;
import org.rollcall.recording.Recordings;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What authority users, authority systems and QA may read. Scoping is enforced here, not in the views. */
@Service
public class ExtranetService {

    // Should a child row be missing, show a placeholder rather than fail the whole list.
    private static final ChildLabel UNKNOWN_CHILD = new ChildLabel("(child record not found)", null);

    private static final java.time.Duration LIST_VIEW_AUDIT = java.time.Duration.ofMinutes(15);

    private final Accounts accounts;
    private final AuditLog audit;
    private final Attendance attendance;
    private final Directory directory;
    private final CallLog calls;
    private final Recordings recordings;

    ExtranetService(Accounts accounts, AuditLog audit, Attendance attendance, Directory directory, CallLog calls,
                    Recordings recordings) {
        this.accounts = accounts;
        this.audit = audit;
        this.attendance = attendance;
        this.directory = directory;
        this.calls = calls;
        this.recordings = recordings;
    }

    /** The caller's authority's marks for a day, one row per child. */
    @Transactional
    @PreAuthorize("hasAnyRole('AUTHORITY', 'API')")
    public List<AttendanceRow> attendance(LocalDate date) {
        Caller caller = accounts.caller();
        AuthorityId authority = caller.authorityId();
        if (authority == null) {
            throw new AccessDeniedException("only authority users and API tokens have an authority to report on");
        }
        // A live list refreshes with every new mark: one entry per user, authority and day viewed per 15 minutes.
        audit.recordUnlessRecorded(caller.name(), "VIEW_ATTENDANCE", "authority", authority.toString(),
                "date " + date, LIST_VIEW_AUDIT);
        return rows(attendance.currentMarks(authority, date));
    }

    /**
     * A child's record; authority users only see their own authority's children. Every view is audited, and so is
     * every refused attempt (kept despite the refusal, as a trail of who tried to look).
     */
    @Transactional(noRollbackFor = AccessDeniedException.class)
    @PreAuthorize("hasAnyRole('AUTHORITY', 'QA', 'ADMIN', 'SUPERVISOR')")
    public Optional<ChildRecord> childRecord(ChildId child) {
        Caller caller = accounts.caller();
        Optional<ChildRecord> record = directory.childRecord(child);
        record.ifPresent(r -> {
            if (!caller.mayAccess(r.authorityId())) {
                audit.record(caller.name(), "VIEW_CHILD_REFUSED", "child", child.toString(),
                        "child of another authority");
            }
            caller.requireAccessTo(r.authorityId());
            audit.record(caller.name(), "VIEW_CHILD", "child", child.toString(), null);
        });
        return record;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('QA', 'ADMIN', 'SUPERVISOR')")
    public Optional<CallDetail> call(CallId id) {
        return calls.find(id).map(call -> {
            var card = directory.provisionCard(call.provisionId());
            RecordingInfo info = recordings.forCall(id.value()).orElse(null);
            var recording = info == null ? null : new CallDetail.Recording(info.storageKey(),
                    info.bytes(), info.sha256(), info.durationMillis(), info.status().name(), info.storedAt(),
                    info.problem(), info.audioStartedAt());
            List<Mark> marks = attendance.marksForCall(id.value());
            var labels = directory.childLabels(marks.stream().map(Mark::childId).toList());
            return new CallDetail(id.toString(), call.date(), call.attempt(), call.status().name(),
                    new CallDetail.Provision(card.id().toString(), card.name(),
                            card.urn() == null ? null : card.urn().value(), card.phone().e164()),
                    call.operatorName(), call.dueAt(), call.offeredAt(), call.placedAt(), call.answeredAt(),
                    call.bridgedAt(), call.endedAt(), call.talkSeconds(), call.endCause(),
                    call.outcome() == null ? null : call.outcome().name(), call.callbackAt(), recording,
                    marks.stream().map(m -> markTaken(m, info, labels)).toList());
        });
    }

    private static CallDetail.MarkTaken markTaken(Mark m, RecordingInfo recording, Map<ChildId, ChildLabel> labels) {
        MarkInRecording where = MarkInRecording.of(recording, m.heardAt(), m.offsetSeconds());
        Integer seconds = where.offsetMillis() == null ? null : (int) (where.offsetMillis() / 1000);
        return new CallDetail.MarkTaken(m.childId().toString(), labels.getOrDefault(m.childId(), UNKNOWN_CHILD).name(),
                m.session().name(), m.code(), m.category().name(), m.reason(), seconds, where.offsetMillis(),
                where.audioEvidence(), where.note(), m.recordedBy(), m.recordedAt(), m.heardAt());
    }

    private List<AttendanceRow> rows(List<Mark> marks) {
        Map<ChildId, List<Mark>> byChild = new LinkedHashMap<>();
        marks.forEach(m -> byChild.computeIfAbsent(m.childId(), k -> new ArrayList<>()).add(m));
        var labels = directory.childLabels(byChild.keySet());
        var provisions = directory.provisionNames(marks.stream().map(Mark::provisionId).distinct().toList());
        List<AttendanceRow> rows = new ArrayList<>();
        byChild.forEach((child, list) -> {
            Mark am = find(list, Session.AM);
            Mark pm = find(list, Session.PM);
            Mark any = am != null ? am : pm;
            String reason = String.join("; ", list.stream().map(Mark::reason).filter(r -> r != null)
                    .distinct().toList());
            ChildLabel label = labels.getOrDefault(child, UNKNOWN_CHILD);
            rows.add(new AttendanceRow(child.toString(), label.name(), label.upn(),
                    provisions.get(any.provisionId()), am == null ? null : am.code(),
                    am == null ? null : am.category().name(), pm == null ? null : pm.code(),
                    pm == null ? null : pm.category().name(), reason.isEmpty() ? null : reason,
                    list.stream().map(Mark::recordedAt).max(java.util.Comparator.naturalOrder()).orElse(null)));
        });
        return rows;
    }

    private static Mark find(List<Mark> marks, Session session) {
        return marks.stream().filter(m -> m.session() == session).findFirst().orElse(null);
    }
}
