package org.rollcall.changes.internal;

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
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.Caller;
import org.rollcall.calls.CallId;
import org.rollcall.changes.ChangeField;
import org.rollcall.changes.ChangeKind;
import org.rollcall.changes.ChangeRecord;
import org.rollcall.changes.ChangeRefusedException;
import org.rollcall.changes.Changes;
import org.rollcall.changes.HeardChange;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.AuthoritySummary;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ChildRecord;
import org.rollcall.directory.ContactRole;
import org.rollcall.directory.ContactsToUpdate;
import org.rollcall.directory.DetailsHeard;
import org.rollcall.directory.Directory;
import org.rollcall.directory.ExpectedChild;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.enrolment.Enrolment;
import org.rollcall.platform.ui.HumanDates;
import org.rollcall.platform.web.Page;
import org.rollcall.platform.web.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcChanges implements Changes {

    private static final Duration AUDIT_WINDOW = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Directory directory;
    private final DetailsHeard details;
    private final ContactsToUpdate contactsToUpdate;
    private final AuditLog audit;
    private final Accounts accounts;
    private final Clock clock;
    private final Enrolment enrolment;
    private final org.rollcall.moves.SchoolMoves moves;

    JdbcChanges(JdbcClient jdbc, Directory directory, DetailsHeard details, ContactsToUpdate contactsToUpdate,
                AuditLog audit, Accounts accounts, Clock clock, Enrolment enrolment,
                org.rollcall.moves.SchoolMoves moves) {
        this.enrolment = enrolment;
        this.moves = moves;
        this.jdbc = jdbc;
        this.contactsToUpdate = contactsToUpdate;
        this.directory = directory;
        this.details = details;
        this.audit = audit;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('OPERATOR', 'SUPERVISOR', 'ADMIN')")
    public ChangeRecord save(CallId call, HeardChange change, String who) {
        LocalDate today = LocalDate.now(clock);
        ChildRecord child = change.kind().aboutTheSchool() || change.child() == null ? null
                : directory.childRecord(change.child()).orElseThrow(() -> new ChangeRefusedException(
                        ChangeField.CHILD, "that child is not in Rollcall: choose one of the call's children"));
        AuthoritySummary authority = child == null ? null : directory.authority(child.authorityId());
        ChangeRules.Facts facts = new ChangeRules.Facts(today, authority == null ? null : authority.name(),
                authority == null ? null : authority.laCode(),
                child == null || child.upn() == null ? null : child.upn().value(),
                child == null ? null : placementStart(child, change.provision()),
                upn -> details.childWithUpn(upn).filter(other -> !other.equals(change.child())).isPresent());
        ChangeRules.Outcome outcome = ChangeRules.check(change, facts);
        if (!outcome.problems().isEmpty()) {
            throw new ChangeRefusedException(outcome.problems());
        }
        ChangeRules.Checked v = outcome.checked();
        String before;
        String after;
        switch (change.kind()) {
            case CARER, SOCIAL_WORKER -> {
                ContactRole role = change.kind() == ChangeKind.CARER ? ContactRole.CARER : ContactRole.SOCIAL_WORKER;
                var replaced = details.replaceContact(child.id(), role, v.name(), v.phone(),
                        v.email() == null ? null : v.email().value());
                // Heard from the school: a number or address flagged as wrong is now put right.
                replaced.ifPresent(c -> contactsToUpdate.replaced(c.id(), who));
                before = replaced.map(c -> Words.contact(c.name(), c.phone(), c.email())).orElse(null);
                after = Words.contact(v.name(), v.phone() == null ? null : v.phone().e164(),
                        v.email() == null ? null : v.email().value());
            }
            case DESIGNATED_TEACHER -> {
                var replaced = details.replaceDesignatedTeacher(change.provision(), v.name(), v.phone(),
                        v.email() == null ? null : v.email().value());
                replaced.ifPresent(c -> contactsToUpdate.replaced(c.id(), who));
                before = replaced.map(c -> Words.contact(c.name(), c.phone(), c.email())).orElse(null);
                after = Words.contact(v.name(), v.phone() == null ? null : v.phone().e164(),
                        v.email() == null ? null : v.email().value());
            }
            case SEN -> {
                before = details.setSenStatus(child.id(), change.senStatus()).label();
                after = change.senStatus().label();
            }
            case UPN -> {
                before = null;
                try {
                    details.setMissingUpn(child.id(), v.upn());
                } catch (IllegalArgumentException raced) { // another operator a moment earlier
                    throw new ChangeRefusedException(ChangeField.UPN, raced.getMessage());
                }
                after = "UPN " + v.upn() + (v.upn().laCode().equals(authority.laCode()) ? ""
                        : " (LA number " + v.upn().laCode() + ", another authority's: the school confirmed the "
                        + "child came from another authority)");
            }
            case NOT_ON_ROLL -> {
                before = null;
                after = NotOnRollHeard.act(enrolment, call, child, change, who);
            }
            case MOVED_SCHOOL -> { // acted on by the moves module, in this transaction (ADR 0029)
                if (change.moveTo() == null) {
                    throw new ChangeRefusedException(ChangeField.SCHOOL, "choose the new school from the directory "
                            + "or enter it as a new school with its phone number and contact");
                }
                var moved = moves.record(new org.rollcall.moves.NewMove(child.id(), change.date(), change.moveTo(),
                        call == null ? null : call.value()), who);
                before = moved.fromSchool() == null ? null : "on roll at " + moved.fromSchool();
                after = "moved to " + moved.schoolName() + ", starting " + HumanDates.date(change.date())
                        + (moved.introductionTask() ? " (a school new to Rollcall: the service is to be introduced)"
                        : "") + "; introduction letter " + (moved.letterTo() == null
                        ? "not sent: no email address for the school" : "sent to " + moved.letterTo());
            }
            default -> throw new IllegalStateException(change.kind().name());
        }
        List<AuthorityId> authorities = child != null ? List.of(child.authorityId())
                : directory.childrenExpected(change.provision(), today).stream().map(ExpectedChild::authorityId)
                        .distinct().toList();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                        INSERT INTO change_heard (id, kind, authority_ids, child_id, provision_id, call_id, made_by,
                                                  made_at, made_on, before_text, after_text, effective_on, new_school)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, change.kind().name(), authorities.stream().map(AuthorityId::value).toArray(UUID[]::new),
                        child == null ? null : child.id().value(), change.provision().value(),
                        call == null ? null : call.value(), who, Timestamp.from(now), today, before, after,
                        change.kind() == ChangeKind.NOT_ON_ROLL || change.kind() == ChangeKind.MOVED_SCHOOL
                                ? change.date() : null, v.school())
                .update();
        audit.record(who, "CHANGE_HEARD", child == null ? "provision" : "child",
                child == null ? change.provision().toString() : child.id().toString(),
                change.kind().label() + (call == null ? "" : " on call " + call) + ": before "
                        + (before == null ? "(nothing on record)" : before) + "; after " + after);
        return find(id);
    }

    /** The placement at the school called, else the child's latest; when the child's time there started. */
    private static LocalDate placementStart(ChildRecord child, ProvisionId called) {
        return child.placements().stream().filter(p -> p.provisionId().equals(called)).findFirst()
                .or(() -> child.placements().stream().max(Comparator.comparing(ChildRecord.Placement::startsOn)))
                .map(ChildRecord.Placement::startsOn).orElse(null);
    }

    private String schoolName(ProvisionId provision) {
        return directory.provisionNames(List.of(provision)).getOrDefault(provision, "the school");
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('AUTHORITY', 'SUPERVISOR', 'ADMIN', 'QA', 'OPERATOR')")
    public List<ChangeRecord> ofChild(ChildId child) {
        Caller caller = accounts.caller();
        ChildRecord record = directory.childRecord(child).orElse(null);
        if (record == null) {
            return List.of();
        }
        caller.requireAccessTo(record.authorityId());
        // Also the designated teacher of a school the child attends now, as the record shows that teacher.
        LocalDate today = LocalDate.now(clock);
        UUID[] schools = record.placements().stream().filter(p -> p.endsOn() == null || !p.endsOn().isBefore(today))
                .map(p -> p.provisionId().value()).toArray(UUID[]::new);
        return named(jdbc.sql("""
                        SELECT * FROM change_heard WHERE child_id = ?
                           OR (child_id IS NULL AND provision_id = ANY(?) AND ? = ANY(authority_ids))
                        ORDER BY made_at DESC, id""")
                .params(child.value(), schools, record.authorityId().value()).query(JdbcChanges::row).list());
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('AUTHORITY', 'API', 'SUPERVISOR', 'ADMIN')")
    public Page<ChangeRecord> ofAuthority(AuthorityId authority, LocalDate from, LocalDate to, PageRequest page) {
        Caller caller = accounts.caller();
        caller.requireAccessTo(authority);
        audit.recordUnlessRecorded(caller.name(), "VIEW_CHANGES", "authority", authority.toString(),
                from + " to " + to + ", page " + page.page(), AUDIT_WINDOW);
        long total = jdbc.sql("SELECT count(*) FROM change_heard WHERE ? = ANY(authority_ids) AND made_on "
                        + "BETWEEN ? AND ?")
                .params(authority.value(), from, to).query(Long.class).single();
        List<Row> rows = jdbc.sql("""
                        SELECT * FROM change_heard WHERE ? = ANY(authority_ids) AND made_on BETWEEN ? AND ?
                        ORDER BY made_at, id LIMIT ? OFFSET ?""")
                .params(authority.value(), from, to, page.size(), page.offset()).query(JdbcChanges::row).list();
        return Page.of(named(rows), page, total);
    }

    private ChangeRecord find(UUID id) {
        return named(jdbc.sql("SELECT * FROM change_heard WHERE id = ?").param(id).query(JdbcChanges::row).list())
                .getFirst();
    }

    private record Row(UUID id, ChangeKind kind, ChildId child, ProvisionId provision, UUID callId, String madeBy,
                       Instant madeAt, String before, String after, LocalDate effectiveOn) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        UUID child = rs.getObject("child_id", UUID.class);
        return new Row(rs.getObject("id", UUID.class), ChangeKind.valueOf(rs.getString("kind")),
                child == null ? null : new ChildId(child), new ProvisionId(rs.getObject("provision_id", UUID.class)),
                rs.getObject("call_id", UUID.class), rs.getString("made_by"),
                rs.getTimestamp("made_at").toInstant(), rs.getString("before_text"), rs.getString("after_text"),
                rs.getObject("effective_on", LocalDate.class));
    }

    /** Names of children and schools as they are now, two queries for the whole list. */
    private List<ChangeRecord> named(List<Row> rows) {
        var children = directory.childLabels(rows.stream().map(Row::child).filter(Objects::nonNull).distinct()
                .toList());
        Map<ProvisionId, String> schools = directory.provisionNames(rows.stream().map(Row::provision).distinct()
                .toList());
        return rows.stream().map(r -> new ChangeRecord(r.id(), r.kind(), r.child(),
                r.child() == null || children.get(r.child()) == null ? null : children.get(r.child()).name(),
                r.provision(), schools.get(r.provision()), r.callId(), r.madeBy(), r.madeAt(), r.before(), r.after(),
                r.effectiveOn())).toList();
    }

    /** Words for what is kept, the way the screens show them. */
    static final class Words {

        private Words() {
        }

        /** "Alex Worker · 07700 900123 · alex@example.org", leaving out what is not on record. */
        static String contact(String name, String phone, String email) {
            return String.join(" \u00b7 ", Stream.of(name, phone == null ? null : national(phone), email)
                    .filter(Objects::nonNull).toList());
        }

        /** +447700900123 as people say it: 07700 900123; 01632 960123; 029 2018 0000. */
        static String national(String e164) {
            return e164.startsWith("+44") ? new UkPhoneNumber(e164).spoken() : e164;
        }
    }
}
