package org.rollcall.enrolment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.Caller;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ChildLabel;
import org.rollcall.directory.ChildRecord;
import org.rollcall.directory.Directory;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.PlacementKind;
import org.rollcall.directory.ProvisionId;
import org.rollcall.enrolment.Enrolment;
import org.rollcall.enrolment.EnrolmentProperties;
import org.rollcall.enrolment.NotOnRoll;
import org.rollcall.enrolment.NotOnRollRefusedException;
import org.rollcall.enrolment.NotOnRollSource;
import org.rollcall.escalation.EscalationSettings;
import org.rollcall.notify.MessageId;
import org.rollcall.notify.NewMessage;
import org.rollcall.notify.Notifications;
import org.rollcall.platform.ui.HumanDates;
import org.rollcall.platform.web.Page;
import org.rollcall.platform.web.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Not on roll" acted on: the placement ended through the directory's API, the record kept, the authority told and
 * the decision audited in one transaction, so the email goes only if all of it commits (ADR 0030).
 */
@Service
class JdbcEnrolment implements Enrolment {

    private static final Duration AUDIT_WINDOW = Duration.ofMinutes(15);
    static final String LIST_PATH = "/extranet/not-on-roll";
    /** Kept as the recipient of an alert that could not be sent, so admins see why in the outbox. */
    static final String NO_DUTY_ADDRESS = "(no duty address on record)";

    private final JdbcClient jdbc;
    private final Directory directory;
    private final DirectoryAdmin directoryAdmin;
    private final Notifications notifications;
    private final EscalationSettings escalation;
    private final AuditLog audit;
    private final Accounts accounts;
    private final EnrolmentProperties properties;
    private final Clock clock;

    JdbcEnrolment(JdbcClient jdbc, Directory directory, DirectoryAdmin directoryAdmin, Notifications notifications,
                  EscalationSettings escalation, AuditLog audit, Accounts accounts, EnrolmentProperties properties,
                  Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.directoryAdmin = directoryAdmin;
        this.notifications = notifications;
        this.escalation = escalation;
        this.audit = audit;
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('OPERATOR', 'SUPERVISOR', 'ADMIN')")
    public NotOnRoll notOnRoll(ChildId childId, ProvisionId school, LocalDate lastDay, NotOnRollSource source,
                               String who, String note) {
        ChildRecord child = directory.childRecord(childId).orElseThrow(() -> new NotOnRollRefusedException(
                NotOnRollRefusedException.Field.CHILD, "that child is not in Rollcall: check the child's id"));
        String schoolName = directory.provisionNames(List.of(school)).get(school);
        if (schoolName == null) {
            throw new NotOnRollRefusedException(NotOnRollRefusedException.Field.CHILD, "that school is not in "
                    + "Rollcall: give the school the child is on roll at");
        }
        Optional<ChildRecord.Placement> onRoll = child.placements().stream()
                .filter(p -> p.provisionId().equals(school) && p.kind() == PlacementKind.ON_ROLL
                        && p.endsOn() == null).findFirst();
        if (onRoll.isEmpty()) {
            // Heard again once acted on (a second call, an admin after the call): the same record, nobody told twice.
            Optional<NotOnRoll> done = latest(childId, school);
            if (done.isPresent()) {
                return done.get();
            }
        }
        LocalDate today = LocalDate.now(clock);
        String name = child.firstName() + " " + child.lastName();
        NotOnRollRules.check(name, schoolName, onRoll.map(ChildRecord.Placement::startsOn).orElse(null), lastDay,
                today, note).ifPresent(refused -> {
                    throw refused;
                });
        try {
            directoryAdmin.endPlacement(childId, school, lastDay);
        } catch (IllegalArgumentException raced) { // another operator or admin a moment earlier
            throw new NotOnRollRefusedException(NotOnRollRefusedException.Field.CHILD, name + "'s placement at "
                    + schoolName + " was ended a moment ago by someone else: look at the child's record again");
        }
        // An alternative provision is arranged by the school the child was on roll at: with no school it lapses too
        // (on the same day, or on its own first day if it started later), and the authority decides what follows.
        for (ChildRecord.Placement ap : child.placements()) {
            if (ap.kind() == PlacementKind.ALTERNATIVE && ap.endsOn() == null) {
                directoryAdmin.endPlacement(childId, ap.provisionId(),
                        ap.startsOn().isAfter(lastDay) ? ap.startsOn() : lastDay);
            }
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        jdbc.sql("""
                        INSERT INTO not_on_roll (id, child_id, authority_id, provision_id, placement_starts_on,
                                                 last_day, source, recorded_by, recorded_at, note)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, childId.value(), child.authorityId().value(), school.value(), onRoll.get().startsOn(),
                        lastDay, source.name(), who, Timestamp.from(now), cleanNote)
                .update();
        MessageId message = tellAuthority(id, child, schoolName, lastDay, source, today);
        jdbc.sql("UPDATE not_on_roll SET message_id = ? WHERE id = ?").params(message.value(), id).update();
        audit.record(who, "NOT_ON_ROLL", "child", childId.toString(), source.label() + ": not on roll at "
                + schoolName + " after " + HumanDates.date(lastDay) + ", no new school; placement ended, authority "
                + "told" + (cleanNote == null ? "" : "; note: " + cleanNote));
        return latest(childId, school).orElseThrow();
    }

    /** The authority's duty address (as escalation tells it when nobody else can be); none: kept as undeliverable. */
    private MessageId tellAuthority(UUID id, ChildRecord child, String school, LocalDate lastDay,
                                    NotOnRollSource source, LocalDate today) {
        String heard = source == NotOnRollSource.CALL ? "It was heard on the school's call on "
                + HumanDates.day(today) + "." : "It was recorded by a Rollcall administrator on "
                + HumanDates.day(today) + ".";
        Map<String, String> values = Map.of("child", child.firstName() + " " + child.lastName().charAt(0) + ".",
                "school", school, "lastDay", HumanDates.day(lastDay), "heard", heard,
                "list", properties.extranetUrl() + LIST_PATH);
        Optional<String> duty = escalation.get(child.authorityId()).dutyEmail();
        NewMessage message = new NewMessage(EnrolmentKinds.NOT_ON_ROLL_ALERT, child.authorityId(),
                duty.orElse(NO_DUTY_ADDRESS), values, "not-on-roll:" + id);
        return duty.isPresent() ? notifications.queue(message) : notifications.recordUndeliverable(message,
                "the authority has no duty address on record: set one in the authority's escalation settings "
                        + "(PUT /api/v1/admin/authorities/{LA number}/escalation), then resend this alert");
    }

    private Optional<NotOnRoll> latest(ChildId child, ProvisionId school) {
        return named(jdbc.sql("SELECT * FROM not_on_roll WHERE child_id = ? AND provision_id = ? "
                        + "ORDER BY last_day DESC, recorded_at DESC LIMIT 1")
                .params(child.value(), school.value()).query(Row::of).list()).stream().findFirst();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('AUTHORITY', 'API', 'SUPERVISOR', 'ADMIN')")
    public Page<NotOnRoll> notOnRollList(AuthorityId authority, PageRequest page) {
        Caller caller = accounts.caller();
        caller.requireAccessTo(authority);
        audit.recordUnlessRecorded(caller.name(), "VIEW_NOT_ON_ROLL", "authority", authority.toString(),
                "page " + page.page(), AUDIT_WINDOW);
        long total = jdbc.sql("SELECT count(*) FROM not_on_roll WHERE authority_id = ?").param(authority.value())
                .query(Long.class).single();
        List<Row> rows = jdbc.sql("""
                        SELECT * FROM not_on_roll WHERE authority_id = ?
                        ORDER BY last_day DESC, recorded_at DESC, id LIMIT ? OFFSET ?""")
                .params(authority.value(), page.size(), page.offset()).query(Row::of).list();
        return Page.of(named(rows), page, total);
    }

    @Override
    @Transactional(readOnly = true)
    public List<NotOnRoll> notOnRollBetween(AuthorityId authority, LocalDate from, LocalDate to) {
        // last_day < to: off roll from the day after, so at least one day of the range.
        List<Row> rows = jdbc.sql("""
                        SELECT * FROM not_on_roll WHERE authority_id = ? AND last_day < ?
                        ORDER BY last_day DESC, recorded_at DESC, id""")
                .params(authority.value(), to).query(Row::of).list();
        return named(rows).stream()
                .filter(n -> n.newSchoolFrom() == null || n.newSchoolFrom().isAfter(from)).toList();
    }

    private record Row(UUID id, ChildId child, ProvisionId provision, LocalDate lastDay, NotOnRollSource source,
                       String recordedBy, Instant recordedAt, String note) {

        static Row of(ResultSet rs, int n) throws SQLException {
            return new Row(rs.getObject("id", UUID.class), new ChildId(rs.getObject("child_id", UUID.class)),
                    new ProvisionId(rs.getObject("provision_id", UUID.class)),
                    rs.getObject("last_day", LocalDate.class), NotOnRollSource.valueOf(rs.getString("source")),
                    rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(), rs.getString("note"));
        }
    }

    /** Names as they are now; a new school is an on-roll placement that started after the last day. */
    private List<NotOnRoll> named(List<Row> rows) {
        Map<ChildId, ChildLabel> children = directory.childLabels(rows.stream().map(Row::child).distinct().toList());
        Map<ProvisionId, String> schools = directory.provisionNames(rows.stream().map(Row::provision).distinct()
                .toList());
        return rows.stream().map(r -> {
            ChildLabel label = children.get(r.child());
            Optional<ChildRecord.Placement> next = directory.childRecord(r.child()).stream()
                    .flatMap(c -> c.placements().stream())
                    .filter(p -> p.kind() == PlacementKind.ON_ROLL && p.startsOn().isAfter(r.lastDay()))
                    .min(Comparator.comparing(ChildRecord.Placement::startsOn));
            return new NotOnRoll(r.id(), r.child(), label == null ? null : label.name(),
                    label == null ? null : label.upn(), r.provision(),
                    schools.get(r.provision()), r.lastDay(), r.source(), r.recordedBy(), r.recordedAt(), r.note(),
                    next.map(ChildRecord.Placement::provisionName).orElse(null),
                    next.map(ChildRecord.Placement::startsOn).orElse(null));
        }).toList();
    }
}
