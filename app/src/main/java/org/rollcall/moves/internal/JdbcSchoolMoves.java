package org.rollcall.moves.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rollcall.accounts.AuditLog;
import org.rollcall.directory.AuthoritySummary;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.ChildRecord;
import org.rollcall.directory.DetailsHeard;
import org.rollcall.directory.Directory;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.PlacementKind;
import org.rollcall.directory.ProvisionCard;
import org.rollcall.directory.ProvisionMatch;
import org.rollcall.directory.ProvisionId;
import org.rollcall.moves.IntroductionTask;
import org.rollcall.moves.MoveDone;
import org.rollcall.moves.MoveField;
import org.rollcall.moves.MoveRefusedException;
import org.rollcall.moves.NewMove;
import org.rollcall.moves.SchoolMoves;
import org.rollcall.notify.MessageId;
import org.rollcall.notify.NewMessage;
import org.rollcall.notify.Notifications;
import org.rollcall.platform.ui.HumanDates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcSchoolMoves implements SchoolMoves {

    private final JdbcClient jdbc;
    private final Directory directory;
    private final DirectoryAdmin directoryAdmin;
    private final DetailsHeard details;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Clock clock;

    JdbcSchoolMoves(JdbcClient jdbc, Directory directory, DirectoryAdmin directoryAdmin, DetailsHeard details,
                    Notifications notifications, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.directoryAdmin = directoryAdmin;
        this.details = details;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    // Authorised by its callers, as attendance's marks are: Changes.save (operators, supervisors, admins), the admin
    // API (admins) and the demo's generator.
    @Override
    @Transactional
    public MoveDone record(NewMove move, String who) {
        LocalDate today = LocalDate.now(clock);
        ChildRecord child = move.child() == null ? null : directory.childRecord(move.child()).orElse(null);
        if (child == null) {
            throw new MoveRefusedException(MoveField.CHILD, "that child is not in Rollcall: choose a child on record");
        }
        // The on-roll placement the move ends: open, or ending on or after the new start.
        ChildRecord.Placement roll = child.placements().stream().filter(p -> p.kind() == PlacementKind.ON_ROLL)
                .filter(p -> move.startsOn() == null || p.endsOn() == null || !p.endsOn().isBefore(move.startsOn()))
                .max(Comparator.comparing(ChildRecord.Placement::startsOn)).orElse(null);
        MoveRules.Outcome outcome = MoveRules.check(move, new MoveRules.Facts(today,
                roll == null ? null : roll.startsOn(), roll == null ? null : roll.provisionName()));
        if (!outcome.problems().isEmpty()) {
            throw new MoveRefusedException(outcome.problems(), null);
        }
        MoveRules.Checked v = outcome.checked();
        AuthoritySummary authority = directory.authority(child.authorityId());
        ProvisionId school = move.to().school();
        boolean created = false;
        if (school == null) {
            ProvisionMatch same = v.urn() == null ? null : directory.provisionWithUrn(v.urn()).orElse(null);
            if (same != null && !same.name().strip().equalsIgnoreCase(v.name())) {
                throw new MoveRefusedException(Map.of(MoveField.URN, "URN " + v.urn() + " is " + same.name()
                        + ": use that one? Choose it from the directory, or check the URN"), same);
            }
            if (same != null) {
                school = same.id(); // the same school typed again: the directory's, not a second one
            } else {
                school = directoryAdmin.createSchoolToIntroduce(v.name(), v.urn(), authority.nation(), v.phone(),
                        v.contact(), null);
                created = true;
            }
        }
        if (roll != null && roll.provisionId().equals(school)) {
            throw new MoveRefusedException(MoveField.SCHOOL, child.firstName() + " is already on roll at "
                    + roll.provisionName() + ": choose the school the child moves to");
        }
        ProvisionCard card = directory.provisionCard(school);
        try {
            if (roll != null) {
                directoryAdmin.endPlacement(child.id(), roll.provisionId(), move.startsOn().minusDays(1));
            }
            directoryAdmin.place(child.id(), school, PlacementKind.ON_ROLL, move.startsOn());
        } catch (IllegalArgumentException overlapping) { // another on-roll placement, e.g. one recorded since
            throw new MoveRefusedException(MoveField.DATE, overlapping.getMessage());
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        String letterTo = v.email() != null ? v.email().value()
                : details.designatedTeacher(school).map(ChildRecord.Contact::email).orElse(null);
        MessageId letter = letter(id, child, authority, card, move.startsOn(), letterTo);
        jdbc.sql("""
                        INSERT INTO school_move (id, child_id, authority_id, from_provision_id, to_provision_id,
                                                 starts_on, school_created, call_id, letter_id, letter_to, made_by,
                                                 made_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, child.id().value(), child.authorityId().value(),
                        roll == null ? null : roll.provisionId().value(), school.value(), move.startsOn(), created,
                        move.callId(), letter.value(), letterTo, who, Timestamp.from(now))
                .update();
        boolean task = card.windows().stream().noneMatch(w -> w.part() == org.rollcall.directory.WindowPart.AFTERNOON);
        if (task) {
            jdbc.sql("""
                            INSERT INTO introduction_task (id, move_id, provision_id, opened_at) VALUES (?, ?, ?, ?)
                            ON CONFLICT (provision_id) WHERE closed_at IS NULL DO NOTHING""")
                    .params(UUID.randomUUID(), id, school.value(), Timestamp.from(now)).update();
        }
        jdbc.sql("INSERT INTO backdate (move_id, child_id, provision_id, from_date) VALUES (?, ?, ?, ?)")
                .params(id, child.id().value(), school.value(), move.startsOn()).update();
        MoveDone done = new MoveDone(id, roll == null ? null : roll.provisionName(), school, card.name(),
                move.startsOn(), created, task, letterTo);
        audit.record(who, "SCHOOL_MOVE", "child", child.id().toString(), (move.callId() == null ? "recorded by "
                + "an admin" : "heard on call " + move.callId()) + ": before " + (roll == null ? "on roll nowhere"
                : "on roll at " + roll.provisionName() + " since " + HumanDates.date(roll.startsOn())) + "; after "
                + "on roll at " + card.name() + " from " + HumanDates.date(move.startsOn())
                + (roll == null ? "" : " (" + roll.provisionName() + " ended " + HumanDates.date(
                        move.startsOn().minusDays(1)) + ")") + (created ? "; school set up by the move" : "")
                + (task ? "; introduce the service" : "") + "; introduction letter "
                + (letterTo == null ? "undeliverable: no address" : "to " + letterTo));
        return done;
    }

    /** Queued to the school, or kept in the outbox as undeliverable (shown to admins) when no address is known. */
    private MessageId letter(UUID move, ChildRecord child, AuthoritySummary authority, ProvisionCard school,
                             LocalDate startsOn, String to) {
        NewMessage message = new NewMessage(MoveKinds.SCHOOL_INTRODUCTION, authority.id(),
                to == null ? "no address for " + school.name() : to, Map.of(
                        "child", child.firstName() + " " + child.lastName(), "school", school.name(),
                        "startsOn", HumanDates.day(startsOn), "contact", school.contactName()),
                "school-introduction:" + move);
        return to == null ? notifications.recordUndeliverable(message, school.name() + " has no designated "
                + "teacher's email address on record and none was given with the move, so the introduction letter "
                + "could not be sent; send it by hand, or add the address and send it again")
                : notifications.queue(message);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('OPERATOR', 'SUPERVISOR', 'ADMIN')")
    public List<IntroductionTask> openIntroductions() {
        record Row(UUID id, ProvisionId school, UUID child, LocalDate startsOn, Instant openedAt) {
        }
        List<Row> rows = jdbc.sql("""
                        SELECT t.id, t.provision_id, m.child_id, m.starts_on, t.opened_at FROM introduction_task t
                        JOIN school_move m ON m.id = t.move_id WHERE t.closed_at IS NULL ORDER BY t.opened_at, t.id""")
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), new ProvisionId(rs.getObject(2, UUID.class)),
                        rs.getObject(3, UUID.class), rs.getObject(4, LocalDate.class),
                        rs.getTimestamp(5).toInstant()))
                .list();
        var names = directory.childLabels(rows.stream().map(r -> new org.rollcall.directory.ChildId(r.child()))
                .toList());
        return rows.stream().map(r -> {
            ProvisionCard card = directory.provisionCard(r.school());
            var label = names.get(new org.rollcall.directory.ChildId(r.child()));
            return new IntroductionTask(r.id(), r.school(), card.name(), card.phone().spoken(), card.contactName(),
                    label == null ? "" : label.name(), r.startsOn(), r.openedAt());
        }).toList();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('OPERATOR', 'SUPERVISOR', 'ADMIN')")
    public void introduce(UUID task, List<CallWindow> windows, String contact, String password, String who) {
        UUID provision = jdbc.sql("SELECT provision_id FROM introduction_task WHERE id = ? AND closed_at IS NULL "
                        + "FOR UPDATE")
                .param(task).query(UUID.class).optional()
                .orElseThrow(() -> new MoveRefusedException(MoveField.SCHOOL, "that introduction is already done "
                        + "or unknown: refresh the list"));
        try {
            directoryAdmin.introduce(new ProvisionId(provision), windows, contact, password);
        } catch (IllegalArgumentException e) {
            throw new MoveRefusedException(MoveField.CONTACT, e.getMessage());
        }
        jdbc.sql("UPDATE introduction_task SET closed_at = ?, closed_by = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant()), who, task).update();
        audit.record(who, "SERVICE_INTRODUCED", "provision", provision.toString(), "call windows "
                + windows.stream().map(w -> w.part().label().toLowerCase(java.util.Locale.UK) + " " + w.opensAt()
                + "\u2013" + w.closesAt()).toList() + ", contact " + contact.strip() + ", password "
                + (password == null || password.isBlank() ? "none" : "set"));
    }
}
