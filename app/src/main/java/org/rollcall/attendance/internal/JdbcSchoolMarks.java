package org.rollcall.attendance.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.rollcall.attendance.Mark;
import org.rollcall.attendance.MarkMismatch;
import org.rollcall.attendance.MarkRejectedException;
import org.rollcall.attendance.MarkSource;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.SchoolMarks;
import org.rollcall.attendance.SchoolMarksReceived;
import org.rollcall.attendance.Session;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ProvisionId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcSchoolMarks implements SchoolMarks {

    private final JdbcAttendance attendance;
    private final Mismatches mismatches;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    JdbcSchoolMarks(JdbcAttendance attendance, Mismatches mismatches, JdbcClient jdbc,
                    ApplicationEventPublisher events) {
        this.attendance = attendance;
        this.mismatches = mismatches;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    @Transactional
    public Saved record(List<RecordMark> marks, MarkSource source, String sourceRef) {
        if (source == null || !source.fromSchool()) {
            throw new IllegalArgumentException("a school's mark comes from its system or its designated teacher");
        }
        int added = 0;
        int replaced = 0;
        int unchanged = 0;
        int differing = 0;
        Set<LocalDate> dates = new TreeSet<>();
        MarkBatch batch = attendance.batch(marks);
        for (RecordMark mark : marks) {
            // A school's mark is never on a call and never carries the operator's "excluded" tick.
            RecordMark plain = new RecordMark(mark.childId(), mark.provisionId(), mark.date(), mark.session(),
                    mark.code(), mark.reason(), null, null, mark.recordedBy());
            JdbcAttendance.Saved saved;
            try {
                saved = attendance.save(plain, null, source, sourceRef, batch);
            } catch (MarkRejectedException e) {
                throw new MarkRejectedException(mark.session() + " " + mark.date() + ": " + e.getMessage(), mark);
            }
            switch (saved.effect()) {
                case ADDED -> added++;
                case REPLACED -> replaced++;
                case DIFFERS -> differing++;
                default -> unchanged++;
            }
            if (saved.effect() == JdbcAttendance.Effect.ADDED || saved.effect() == JdbcAttendance.Effect.REPLACED) {
                dates.add(saved.mark().date());
            }
        }
        attendance.finish(batch);
        if (!dates.isEmpty()) {
            events.publishEvent(new SchoolMarksReceived(dates));
        }
        return new Saved(added, replaced, unchanged, differing);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> problem(RecordMark mark) {
        try {
            attendance.check(mark);
            return Optional.empty();
        } catch (MarkRejectedException e) {
            return Optional.of(e.getMessage());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Set<ChildSession> covered(ProvisionId provision, LocalDate date) {
        return new HashSet<>(jdbc.sql("""
                        SELECT child_id, session FROM mark WHERE provision_id = ? AND on_date = ?
                        AND superseded_at IS NULL AND source <> 'CALL'""")
                .params(provision.value(), date)
                .query((rs, n) -> new ChildSession(new ChildId(rs.getObject(1, UUID.class)), date,
                        Session.valueOf(rs.getString(2)))).list());
    }

    @Override
    @Transactional(readOnly = true)
    public Set<ProvisionId> provisionsWithSchoolMarks(LocalDate date) {
        return new HashSet<>(jdbc.sql("""
                        SELECT DISTINCT provision_id FROM mark WHERE on_date = ? AND superseded_at IS NULL
                        AND source <> 'CALL'""")
                .param(date).query((rs, n) -> new ProvisionId(rs.getObject(1, UUID.class))).list());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<ChildId, List<Mark>> currentMarks(Collection<ChildId> children, LocalDate date) {
        return attendance.currentMarks(children, date, date);
    }

    @Override
    @Transactional(readOnly = true)
    public List<MarkMismatch> mismatches(AuthorityId authority, LocalDate from, LocalDate to, int offset, int limit) {
        return mismatches.page(authority, from, to, offset, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public int countMismatches(AuthorityId authority, LocalDate from, LocalDate to) {
        return mismatches.count(authority, from, to);
    }
}
