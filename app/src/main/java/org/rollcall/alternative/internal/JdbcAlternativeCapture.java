package org.rollcall.alternative.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.rollcall.accounts.AuditLog;
import org.rollcall.alternative.AlternativeCapture;
import org.rollcall.alternative.AlternativeSummary;
import org.rollcall.alternative.Capture;
import org.rollcall.alternative.CaptureField;
import org.rollcall.alternative.CaptureRefusedException;
import org.rollcall.alternative.Captured;
import org.rollcall.alternative.NewAlternative;
import org.rollcall.alternative.TimetableRequest;
import org.rollcall.directory.AlternativePlacement;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ChildRecord;
import org.rollcall.directory.Directory;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Frequency;
import org.rollcall.directory.NewProvision;
import org.rollcall.directory.PlacementKind;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionMatch;
import org.rollcall.directory.ProvisionType;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.directory.Urn;
import org.rollcall.directory.WindowPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcAlternativeCapture implements AlternativeCapture {

    static final Set<ProvisionType> OFF_SITE = Set.of(ProvisionType.ALTERNATIVE_PROVISION, ProvisionType.PRU);
    static final int SEARCH_LIMIT = 20;
    static final String AUDIT_ACTION = "ALTERNATIVE_PROVISION_CAPTURED";

    private final JdbcClient jdbc;
    private final Directory directory;
    private final DirectoryAdmin admin;
    private final AuditLog audit;
    private final Clock clock;

    JdbcAlternativeCapture(JdbcClient jdbc, Directory directory, DirectoryAdmin admin, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.admin = admin;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProvisionMatch> search(String text) {
        return directory.searchProvisions(text, OFF_SITE, SEARCH_LIMIT);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AlternativePlacement> placementOn(ChildId child, LocalDate day) {
        return directory.alternativePlacements(child, day).stream().filter(p -> p.covers(day)).findFirst();
    }

    @Override
    @Transactional
    public Captured capture(Capture c) {
        ChildRecord child = directory.childRecord(c.child()).orElseThrow(() -> new CaptureRefusedException(
                CaptureField.PROVISION, "that child is not in Rollcall: choose one of the call's children"));
        String childName = child.firstName() + " " + child.lastName();
        Map<CaptureField, String> problems = new LinkedHashMap<>();
        ProvisionMatch chosen = null;
        ProvisionMatch offered = null;
        if (c.existing() != null) {
            chosen = directory.provisionMatch(c.existing()).filter(p -> OFF_SITE.contains(p.type())).orElse(null);
            if (chosen == null) {
                problems.put(CaptureField.PROVISION, "that is not an alternative provision or pupil referral unit "
                        + "in the directory: search by name, URN or town, or add a new one");
            }
        } else if (c.created() != null) {
            problems.putAll(NewAlternativeRules.check(c.created()));
            if (!problems.containsKey(CaptureField.URN) && c.created().urn() != null
                    && !c.created().urn().isBlank()) {
                Optional<ProvisionMatch> same = directory.provisionWithUrn(new Urn(c.created().urn().strip()));
                if (same.isPresent() && same.get().name().equalsIgnoreCase(c.created().name().strip())
                        && OFF_SITE.contains(same.get().type())) {
                    chosen = same.get(); // typed again, word for word: it is the one in the directory
                } else if (same.isPresent()) {
                    offered = same.get();
                    problems.put(CaptureField.URN, "URN " + offered.urn() + " is " + offered.name()
                            + (offered.town() == null ? "" : " in " + offered.town()) + ": use that one?");
                }
            }
        } else {
            problems.put(CaptureField.PROVISION, "choose the alternative provision from the directory (search by "
                    + "name, URN or town), or add a new one");
        }
        Optional<ChildRecord.Placement> onRoll = onRoll(child, c.onRollSchool(), c.day());
        Optional<AlternativePlacement> revised = c.revising() == null ? Optional.empty()
                : placementOn(c.child(), c.day()).filter(p -> p.provision().id().equals(c.revising()));
        ProvisionId chosenId = chosen == null ? null : chosen.id();
        List<AlternativePlacement> samePlace = chosenId == null ? List.of()
                : directory.alternativePlacements(c.child(), LocalDate.MIN).stream()
                .filter(p -> p.provision().id().equals(chosenId))
                .filter(p -> revised.map(r -> !(r.provision().id().equals(chosenId)
                        && r.startsOn().equals(p.startsOn()))).orElse(true))
                .toList();
        Set<DayOfWeek> openDays = chosen != null ? chosen.openDays()
                : c.created() == null || c.created().openDays().isEmpty() ? NewAlternative.weekdays()
                : c.created().openDays();
        String provisionName = chosen != null ? chosen.name() : c.created() == null ? null : c.created().name();
        problems.putAll(TimetableRules.check(new TimetableRules.Facts(childName, provisionName, openDays,
                onRoll.map(ChildRecord.Placement::provisionName).orElse("the school"),
                onRoll.map(ChildRecord.Placement::startsOn).orElse(null), samePlace, c.sessions(), c.notKnown(),
                c.from(), c.to())));
        // A placement changed to another provision ends the day before the new one starts.
        if (revised.isPresent() && chosenId != null && !revised.get().provision().id().equals(chosenId)
                && c.from() != null && !c.from().isAfter(revised.get().startsOn())) {
            problems.putIfAbsent(CaptureField.FROM, childName + " started at " + revised.get().provision().name()
                    + " on " + org.rollcall.platform.ui.HumanDates.day(revised.get().startsOn()) + ": give a from "
                    + "date after that, when the move to the new provision took effect");
        }
        if (!problems.isEmpty()) {
            throw new CaptureRefusedException(problems, offered);
        }
        ProvisionMatch where = chosen != null ? chosen : create(c.created(), c.onRollSchool());
        String before = revised.map(AlternativeSummary::withDates).orElse("none");
        if (revised.isPresent() && revised.get().provision().id().equals(where.id())) {
            admin.reviseAlternative(c.child(), where.id(), c.day(), c.from(), c.to());
        } else {
            revised.ifPresent(r -> admin.reviseAlternative(c.child(), r.provision().id(), c.day(), r.startsOn(),
                    c.from().minusDays(1)));
            admin.placeAlternative(c.child(), where.id(), c.from(), c.to());
        }
        admin.setTimetable(c.child(), where.id(), c.from(), c.sessions());
        if (c.notKnown()) {
            jdbc.sql("""
                            INSERT INTO alternative_timetable_request (id, child_id, on_roll_provision_id,
                                   alternative_provision_id, call_id, asked_by, asked_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT (child_id, alternative_provision_id) WHERE answered_at IS NULL DO NOTHING""")
                    .params(UUID.randomUUID(), c.child().value(), c.onRollSchool().value(), where.id().value(),
                            c.callId(), c.by(), Timestamp.from(clock.instant()))
                    .update();
        } else {
            jdbc.sql("""
                            UPDATE alternative_timetable_request SET answered_by = ?, answered_at = ?
                            WHERE child_id = ? AND alternative_provision_id = ? AND answered_at IS NULL""")
                    .params(c.by(), Timestamp.from(clock.instant()), c.child().value(), where.id().value()).update();
        }
        AlternativePlacement saved = placementOn(c.child(), c.from()).filter(p -> p.provision().id()
                .equals(where.id())).orElseThrow();
        audit.record(c.by(), AUDIT_ACTION, "child", c.child().toString(), (c.callId() == null ? ""
                : "on call " + c.callId() + "; ") + "before " + before + "; after " + AlternativeSummary
                .withDates(saved));
        return new Captured(saved, c.notKnown());
    }

    /** The child's on-roll placement at the school called that covers the day, else their latest there. */
    private static Optional<ChildRecord.Placement> onRoll(ChildRecord child, ProvisionId school, LocalDate day) {
        List<ChildRecord.Placement> there = child.placements().stream()
                .filter(p -> p.kind() == PlacementKind.ON_ROLL && p.provisionId().equals(school)).toList();
        return there.stream().filter(p -> !p.startsOn().isAfter(day) && (p.endsOn() == null
                || !p.endsOn().isBefore(day))).findFirst().or(() -> there.stream().findFirst());
    }

    /** A new provision: daily, in the on-roll school's nation, called in the window the school gave. */
    private ProvisionMatch create(NewAlternative n, ProvisionId onRollSchool) {
        var nation = directory.provisionPlace(onRollSchool).orElseThrow().nation();
        ProvisionId id = admin.createProvision(new NewProvision(n.name().strip(),
                n.urn() == null || n.urn().isBlank() ? null : new Urn(n.urn().strip()),
                ProvisionType.ALTERNATIVE_PROVISION, nation, UkPhoneNumber.parse(n.phone()), n.contactName().strip(),
                null, Frequency.DAILY, null, List.of(new CallWindow(null, n.opens(), n.closes(),
                WindowPart.AFTERNOON))));
        admin.setTownAndOpenDays(id, n.town(), n.openDays());
        return directory.provisionMatch(id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimetableRequest> openRequests(ProvisionId onRollSchool) {
        record Row(UUID id, ChildId child, ProvisionId alternative, String askedBy, java.time.Instant askedAt) {
        }
        List<Row> rows = jdbc.sql("""
                        SELECT id, child_id, alternative_provision_id, asked_by, asked_at
                        FROM alternative_timetable_request WHERE on_roll_provision_id = ? AND answered_at IS NULL
                        ORDER BY asked_at, id""")
                .param(onRollSchool.value())
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), new ChildId(rs.getObject(2, UUID.class)),
                        new ProvisionId(rs.getObject(3, UUID.class)), rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
        var names = directory.childLabels(rows.stream().map(Row::child).toList());
        return rows.stream().flatMap(r -> directory.provisionMatch(r.alternative()).stream()
                .map(ap -> new TimetableRequest(r.id(), r.child(), names.get(r.child()).name(), ap, r.askedBy(),
                        r.askedAt()))).toList();
    }
}
