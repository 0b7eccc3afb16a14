package org.rollcall.attendance.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.AttendanceCode;
import org.rollcall.attendance.CodeCategory;
import org.rollcall.attendance.CodeSet;
import org.rollcall.attendance.CorrectMark;
import org.rollcall.attendance.CorrectedMark;
import org.rollcall.attendance.Mark;
import org.rollcall.attendance.MarkCorrected;
import org.rollcall.attendance.MarkRecorded;
import org.rollcall.attendance.MarksRecorded;
import org.rollcall.attendance.MarkRejectedException;
import org.rollcall.attendance.MarkSource;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ChildLabel;
import org.rollcall.directory.Directory;
import org.rollcall.directory.ExpectedChild;
import org.rollcall.directory.Nation;
import org.rollcall.directory.ProvisionId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcAttendance implements Attendance {

    private final JdbcClient jdbc;
    private final Directory directory;
    private final CodeSets codeSets;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Mismatches mismatches;
    private final MarkWeeks markWeeks;

    JdbcAttendance(JdbcClient jdbc, Directory directory, CodeSets codeSets, ApplicationEventPublisher events,
                   Clock clock, Mismatches mismatches, MarkWeeks markWeeks) {
        this.mismatches = mismatches;
        this.jdbc = jdbc;
        this.markWeeks = markWeeks;
        this.directory = directory;
        this.codeSets = codeSets;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Mark record(RecordMark mark) {
        return save(mark, null);
    }

    @Override
    @Transactional
    public Mark correct(CorrectMark correction) {
        Mark old = Corrections.check(correction, jdbc.sql(MarkSql.ALL + " WHERE m.id = ? FOR UPDATE OF m")
                .param(correction.markId()).query((rs, n) -> Corrections.withSuperseded(MarkSql.mark(rs, n), rs)).optional());
        String reason = correction.reason().strip();
        String code = correction.code() == null ? "" : correction.code().strip();
        // An absence needs a reason: the school's stands if it gave one, else the correction's reason explains it.
        RecordMark replacement = new RecordMark(old.childId(), old.provisionId(), old.date(), old.session(), code,
                old.reason() == null ? reason : old.reason(), old.callId(), old.offsetSeconds(), correction.by(),
                old.heardAt(), old.excluded());
        Mark saved = save(replacement, reason);
        events.publishEvent(new MarkCorrected(old.callId(), old.childId(), old.authorityId(), old.date(),
                old.session(), old.code(), saved.code(), old.category(), saved.category(), reason, correction.by(),
                saved.id()));
        return saved;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CorrectedMark> corrections(ChildId child) {
        return jdbc.sql("""
                        SELECT o.*, oc.category, n.id AS n_id FROM mark n
                        JOIN mark o ON o.superseded_by = n.id
                        JOIN attendance_code oc ON oc.code_set_id = o.code_set_id AND oc.code = o.code
                        WHERE n.child_id = ? AND n.correction_reason IS NOT NULL
                        ORDER BY n.recorded_at DESC""")
                .param(child.value())
                .query((rs, n) -> java.util.Map.entry(MarkSql.mark(rs, n), rs.getObject("n_id", UUID.class))).list()
                .stream().map(e -> {
                    Mark after = find(e.getValue()).orElseThrow();
                    return new CorrectedMark(e.getKey(), after, correctionReason(after.id()));
                }).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Mark> find(UUID markId) {
        return jdbc.sql(MarkSql.ALL + " WHERE m.id = ?").param(markId).query(MarkSql::mark).optional();
    }

    private String correctionReason(UUID markId) {
        return jdbc.sql("SELECT correction_reason FROM mark WHERE id = ?").param(markId).query(String.class).single();
    }

    /** Records a mark; {@code correctionReason} is set when it corrects the current one from the QA review. */
    private Mark save(RecordMark mark, String correctionReason) {
        return save(mark, correctionReason, MarkSource.CALL, null).mark();
    }

    /** What saving a mark did (ADR 0044): the school's marks never silently replace a call's. */
    enum Effect { ADDED, REPLACED, UNCHANGED, CONFIRMED, DIFFERS }

    record Saved(Mark mark, Effect effect) {
    }

    /** A mark that passed the rules, with the child and the code it was checked against. */
    record Checked(ExpectedChild child, CodeSet set, AttendanceCode code, LocalDate date, String reason) {
    }

    /** Checks a mark as {@link #record} would, saving nothing. */
    Checked check(RecordMark mark) {
        return check(mark, batch());
    }

    /** A new batch of marks: its provision reads shared, its weeks refolded at {@link #finish}. */
    MarkBatch batch() {
        return new MarkBatch(directory, new MarkRows(jdbc));
    }

    /** A batch for these marks, with their sessions' current marks read and locked in one statement (ADR 0054). */
    MarkBatch batch(Collection<RecordMark> marks) {
        MarkBatch batch = batch();
        batch.rows().lock(marks, LocalDate.now(clock));
        return batch;
    }

    Checked check(RecordMark mark, MarkBatch batch) {
        if (mark.childId() == null || mark.provisionId() == null) {
            throw new MarkRejectedException("a mark needs a child and a provision");
        }
        var provision = batch.place(mark.provisionId());
        LocalDate date = mark.date() == null ? LocalDate.now(clock) : mark.date();
        ExpectedChild child = batch.childrenExpected(mark.provisionId(), date)
                .stream().filter(c -> c.id().equals(mark.childId())).findFirst()
                .orElseThrow(() -> new MarkRejectedException(childName(mark) + " is not expected at "
                        + batch.name(mark.provisionId()) + " on " + date + ": only children on roll there, or "
                        + "attending it as alternative provision, can be marked; update the child's placement first"));
        CodeSet set = codeSets.forNation(provision.nation(), date);
        CodeSet other = codeSets.forNation(provision.nation() == Nation.ENGLAND ? Nation.WALES : Nation.ENGLAND, date);
        AttendanceCode code = MarkValidator.validate(mark, child, set, other);
        // A reason explains a missed session; one typed on the row for the other session must not stick to a present mark.
        String reason = mark.reason() == null || mark.reason().isBlank() || code.category() == CodeCategory.PRESENT
                ? null : mark.reason().strip();
        return new Checked(child, set, code, date, reason);
    }

    /**
     * Records a mark from {@code source}. A school's mark (feed or designated teacher) never replaces a call's mark
     * or one confirmed on a call: a different code is kept beside it as a mismatch. A call's mark with the same code
     * as an unconfirmed school mark confirms it (one mark, source kept); a different code supersedes it and the
     * difference is kept as a mismatch.
     */
    Saved save(RecordMark mark, String correctionReason, MarkSource source, String sourceRef) {
        MarkBatch batch = batch();
        Saved saved = save(mark, correctionReason, source, sourceRef, batch);
        finish(batch);
        return saved;
    }

    /**
     * Refolds the weeks of the children the batch marked and announces its marks together; every batch ends here
     * before its transaction commits.
     */
    void finish(MarkBatch batch) {
        batch.rows().send();
        markWeeks.refresh(batch.marked());
        if (!batch.recorded().isEmpty()) {
            events.publishEvent(new MarksRecorded(batch.recorded()));
        }
    }

    Saved save(RecordMark mark, String correctionReason, MarkSource source, String sourceRef, MarkBatch batch) {
        Checked ok = check(mark, batch);
        ExpectedChild child = ok.child();
        CodeSet set = ok.set();
        AttendanceCode code = ok.code();
        LocalDate date = ok.date();
        String reason = ok.reason();

        MarkRows.Slot slot = new MarkRows.Slot(mark.childId(), date, mark.session());
        Optional<Mark> existing = batch.rows().current(slot);
        boolean confirmsOrDiffers = false;
        if (existing.isPresent()) {
            Mark old = existing.get();
            boolean sameCode = old.code().equals(code.code());
            if (source.fromSchool() && !old.awaitsConfirmation()) {
                if (sameCode) {
                    return new Saved(old, Effect.UNCHANGED);
                }
                mismatches.keep(old, code.code(), reason, source, sourceRef, null);
                return new Saved(old, Effect.DIFFERS);
            }
            if (source.fromSchool() && sameCode && java.util.Objects.equals(old.reason(), reason)) {
                return new Saved(old, Effect.UNCHANGED);
            }
            if (source == MarkSource.CALL && correctionReason == null && mark.callId() != null
                    && old.awaitsConfirmation()) {
                if (sameCode) {
                    batch.rows().writing(slot);
                    return new Saved(confirm(old, mark.recordedBy(), mark.callId()), Effect.CONFIRMED);
                }
                confirmsOrDiffers = true;
            }
            if (!source.fromSchool() && sameCode && java.util.Objects.equals(old.reason(), reason)
                    && java.util.Objects.equals(old.callId(), mark.callId()) && old.excluded() == mark.excluded()) {
                return new Saved(old, Effect.UNCHANGED);
            }
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        MarkRows.NewMark row = new MarkRows.NewMark(id, child.id().value(), child.authorityId().value(),
                mark.provisionId().value(), date, mark.session(), set.id(), code.code(), reason, mark.callId(),
                mark.offsetSeconds(), mark.recordedBy(), now, mark.heardAt(), mark.excluded(), correctionReason,
                source.name(), sourceRef);
        if (existing.isEmpty()) {
            batch.rows().insertLater(row); // the usual case: sent with the batch's other new marks (ADR 0054)
        } else {
            batch.rows().writing(slot);
            jdbc.sql("UPDATE mark SET superseded_at = ? WHERE id = ?").params(java.sql.Timestamp.from(now),
                    existing.get().id()).update();
            batch.rows().insertNow(row);
            jdbc.sql("UPDATE mark SET superseded_by = ? WHERE id = ?").params(id, existing.get().id()).update();
        }
        batch.marked(child.id(), date);
        Mark saved = new Mark(id, child.id(), child.authorityId(), mark.provisionId(), date, mark.session(),
                set.id(), code.code(), code.category(), reason, mark.callId(), mark.offsetSeconds(),
                mark.recordedBy(), now, mark.heardAt(), mark.excluded(), source, null);
        if (confirmsOrDiffers) {
            Mark school = existing.get();
            mismatches.keep(saved, school.code(), school.reason(), school.source(), sourceRef(school.id()),
                    school.id());
        }
        MarkRecorded recorded = new MarkRecorded(id, child.id(), child.authorityId(), date, mark.session(),
                code.code(), code.category(), mark.callId(), mark.excluded());
        events.publishEvent(recorded);
        batch.recorded(recorded);
        return new Saved(saved, existing.isPresent() ? Effect.REPLACED : Effect.ADDED);
    }

    /** The operator confirmed the school's mark on a call: one mark, its source kept, the confirmation on it. */
    private Mark confirm(Mark school, String by, UUID callId) {
        jdbc.sql("UPDATE mark SET confirmed_by = ?, confirmed_at = ?, confirmed_call_id = ? WHERE id = ?")
                .params(by, java.sql.Timestamp.from(clock.instant()), callId, school.id()).update();
        return find(school.id()).orElseThrow();
    }

    private String sourceRef(UUID markId) {
        return jdbc.sql("SELECT source_ref FROM mark WHERE id = ?").param(markId).query(String.class).optional()
                .orElse(null);
    }

    @Override
    @Transactional
    public List<Mark> recordAll(Collection<RecordMark> marks) {
        List<Mark> saved = new ArrayList<>();
        MarkBatch batch = batch(marks);
        for (RecordMark mark : marks) {
            try {
                saved.add(save(mark, null, MarkSource.CALL, null, batch).mark());
            } catch (MarkRejectedException e) {
                // Say which of the batch was refused; the transaction rolls back the ones before it.
                String name = childName(mark);
                String who = e.getMessage().startsWith(name) ? "" : name + ", ";
                throw new MarkRejectedException(who + mark.session() + ": " + e.getMessage(), mark);
            }
        }
        finish(batch);
        return saved;
    }

    @Override
    public CodeSet codeSet(Nation nation) {
        return codeSets.forNation(nation, LocalDate.now(clock));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Mark> marksForCall(UUID callId) {
        return jdbc.sql(MarkSql.CURRENT + " AND m.call_id = ? ORDER BY m.offset_seconds, m.heard_at, m.recorded_at")
                .param(callId)
                .query(MarkSql::mark).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Mark> history(ChildId child, LocalDate date, Session session) {
        return jdbc.sql(MarkSql.ALL + " WHERE m.child_id = ? AND m.on_date = ? AND m.session = ? ORDER BY m.recorded_at, "
                        + "m.superseded_at NULLS LAST")
                .params(child.value(), date, session.name()).query(MarkSql::mark).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Mark> currentMarks(AuthorityId authority, LocalDate date) {
        return jdbc.sql(MarkSql.CURRENT + " AND m.authority_id = ? AND m.on_date = ? ORDER BY m.recorded_at")
                .params(authority.value(), date).query(MarkSql::mark).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<ChildId, List<Mark>> lastSessions(Collection<ChildId> children, LocalDate before, int sessions) {
        if (children.isEmpty() || sessions <= 0) {
            return Map.of();
        }
        // One query for the whole call; per child, the current-mark index read backwards for just n rows (a window
        // over each child's whole history measured ~40 ms for 30 children with a year of marks each).
        List<Mark> marks = jdbc.sql("""
                        SELECT recent.* FROM unnest(?::uuid[]) AS wanted (child_id)
                        CROSS JOIN LATERAL (
                            SELECT m.*, c.category FROM mark m
                            JOIN attendance_code c ON c.code_set_id = m.code_set_id AND c.code = m.code
                            WHERE m.child_id = wanted.child_id AND m.superseded_at IS NULL AND m.on_date < ?
                            ORDER BY m.on_date DESC, m.session DESC LIMIT ?) recent
                        ORDER BY recent.child_id, recent.on_date, recent.session""")
                .params(children.stream().map(ChildId::value).distinct().toArray(UUID[]::new), before, sessions)
                .query(MarkSql::mark).list();
        Map<ChildId, List<Mark>> byChild = new LinkedHashMap<>();
        marks.forEach(m -> byChild.computeIfAbsent(m.childId(), c -> new ArrayList<>()).add(m));
        return byChild;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Mark> currentMarks(ChildId child, LocalDate from, LocalDate to) {
        return jdbc.sql(MarkSql.CURRENT + " AND m.child_id = ? AND m.on_date BETWEEN ? AND ? ORDER BY m.on_date, m.session")
                .params(child.value(), from, to).query(MarkSql::mark).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<ChildId, List<Mark>> currentMarks(Collection<ChildId> children, LocalDate from, LocalDate to) {
        Map<ChildId, List<Mark>> byChild = new LinkedHashMap<>();
        if (children.isEmpty()) {
            return byChild;
        }
        jdbc.sql(MarkSql.CURRENT + " AND m.child_id = ANY(?) AND m.on_date BETWEEN ? AND ? ORDER BY m.on_date, m.session")
                .params(children.stream().map(ChildId::value).distinct().toArray(UUID[]::new), from, to)
                .query(MarkSql::mark).list()
                .forEach(m -> byChild.computeIfAbsent(m.childId(), c -> new ArrayList<>()).add(m));
        return byChild;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Integer> marksSaved(Collection<UUID> callIds) {
        if (callIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT call_id, count(*) FROM mark WHERE superseded_at IS NULL AND call_id = ANY(?) GROUP BY call_id")
                .param(callIds.stream().distinct().toArray(UUID[]::new))
                .query((rs, n) -> counts.put(rs.getObject(1, UUID.class), rs.getInt(2))).list();
        return counts;
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Set<String> codesUsedAt(ProvisionId provision, LocalDate from, LocalDate to) {
        return new java.util.HashSet<>(jdbc.sql("SELECT DISTINCT code FROM mark WHERE provision_id = ? "
                        + "AND on_date BETWEEN ? AND ? AND superseded_at IS NULL")
                .params(provision.value(), from, to).query(String.class).list());
    }

    private String childName(RecordMark mark) {
        return directory.childLabels(List.of(mark.childId())).values().stream().findFirst()
                .map(ChildLabel::name).orElse("child " + mark.childId().value());
    }
}
