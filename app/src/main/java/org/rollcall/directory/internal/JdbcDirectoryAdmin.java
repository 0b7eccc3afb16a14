package org.rollcall.directory.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ChildJoined;
import org.rollcall.directory.ContactRole;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Nation;
import org.rollcall.directory.NewChild;
import org.rollcall.directory.NewProvision;
import org.rollcall.directory.PlacementEnded;
import org.rollcall.directory.PlacementKind;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.platform.EmailAddress;
import org.rollcall.platform.FreeText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.util.Set;
import java.util.List;
import org.rollcall.directory.Urn;
import org.rollcall.directory.WindowPart;
import org.rollcall.directory.TimetabledSession;

@Service
@Transactional
class JdbcDirectoryAdmin implements DirectoryAdmin {

    // Matches the authority table's check; ten years covers the longest safeguarding retention asked for.
    static final int MIN_RETENTION_MONTHS = 1;
    static final int MAX_RETENTION_MONTHS = 120;

    private final JdbcClient jdbc;
    private final PasswordCipher cipher;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    JdbcDirectoryAdmin(JdbcClient jdbc, PasswordCipher cipher, Clock clock, ApplicationEventPublisher events) {
        this.clock = clock;
        this.events = events;
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public AuthorityId createAuthority(String name, Nation nation, String laCode) {
        if (laCode == null || !laCode.matches("[0-9]{3}")) {
            throw new IllegalArgumentException("LA number '" + laCode + "' is not valid: expected three digits, "
                    + "for example 202");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the authority's name is required");
        }
        FreeText.checked(name, "the authority's name", FreeText.MAX_NAME, false);
        refuseDuplicate("SELECT name FROM authority WHERE la_code = ? OR name = ?", new Object[] {laCode, name},
                "an authority with LA number " + laCode + " or the name '" + name + "' already exists");
        AuthorityId id = AuthorityId.random();
        jdbc.sql("INSERT INTO authority (id, name, nation, la_code, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(id.value(), name, nation.name(), laCode, Timestamp.from(clock.instant())).update();
        return id;
    }

    @Override
    public void setRecordingRetention(AuthorityId authority, int months) {
        if (months < MIN_RETENTION_MONTHS || months > MAX_RETENTION_MONTHS) {
            throw new IllegalArgumentException("a recording retention of " + months + " months is not allowed: give "
                    + MIN_RETENTION_MONTHS + " to " + MAX_RETENTION_MONTHS + " months (13 is the default)");
        }
        int changed = jdbc.sql("UPDATE authority SET recording_retention_months = ? WHERE id = ?")
                .params(months, authority.value()).update();
        if (changed == 0) {
            throw new IllegalArgumentException("there is no authority " + authority.value() + ": check the id");
        }
    }

    @Override
    public ProvisionId createProvision(NewProvision p) {
        if (p.urn() != null) {
            refuseDuplicate("SELECT name FROM provision WHERE urn = ?", new Object[] {p.urn().value()},
                    "URN " + p.urn() + " is already used");
        }
        if (p.localAuthority() != null) {
            requireLocalAuthority(p.localAuthority(), p.nation(), p.name());
        }
        ProvisionId id = ProvisionId.random();
        jdbc.sql("""
                        INSERT INTO provision (id, urn, name, type, nation, phone, contact_name, password_encrypted,
                                               frequency, weekly_day, local_authority_id, weekly_reason)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.value(), p.urn() == null ? null : p.urn().value(), p.name(), p.type().name(),
                        p.nation().name(), p.phone().e164(), p.contactName(),
                        p.password() == null || p.password().isBlank() ? null : cipher.encrypt(p.password()),
                        p.frequency().name(), p.weeklyDay(),
                        p.localAuthority() == null ? null : p.localAuthority().value(), p.weeklyReason())
                .update();
        for (CallWindow w : p.windows()) {
            jdbc.sql("INSERT INTO call_window (id, provision_id, opens_at, closes_at, part) VALUES (?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), id.value(), w.opensAt(), w.closesAt(), w.part().name()).update();
        }
        return id;
    }

    @Override
    public void setLocalAuthority(ProvisionId provision, AuthorityId localAuthority) {
        record Row(String name, Nation nation) {
        }
        Row row = jdbc.sql("SELECT name, nation FROM provision WHERE id = ? FOR UPDATE").param(provision.value())
                .query((rs, n) -> new Row(rs.getString(1), Nation.valueOf(rs.getString(2)))).optional()
                .orElseThrow(() -> new IllegalArgumentException("no provision with id " + provision + ": check the id"));
        if (localAuthority != null) {
            requireLocalAuthority(localAuthority, row.nation(), row.name());
        }
        jdbc.sql("UPDATE provision SET local_authority_id = ? WHERE id = ?")
                .params(localAuthority == null ? null : localAuthority.value(), provision.value()).update();
    }

    /** The local authority must exist and be of the provision's nation: its term dates and bank holidays apply. */
    private void requireLocalAuthority(AuthorityId authority, Nation nation, String provisionName) {
        record Row(String name, Nation nation) {
        }
        Row row = jdbc.sql("SELECT name, nation FROM authority WHERE id = ?").param(authority.value())
                .query((rs, n) -> new Row(rs.getString(1), Nation.valueOf(rs.getString(2)))).optional()
                .orElseThrow(() -> new IllegalArgumentException("no authority with id " + authority
                        + ": give the id of an authority set up in Rollcall"));
        if (row.nation() != nation) {
            throw new IllegalArgumentException(provisionName + " is in " + title(nation) + " but " + row.name()
                    + " is an authority in " + title(row.nation()) + ": give the authority whose area the "
                    + "provision is in");
        }
    }

    private static String title(Nation nation) {
        return nation.name().charAt(0) + nation.name().substring(1).toLowerCase(Locale.ROOT);
    }

    @Override
    public ChildId createChild(NewChild c) {
        if (c.upn() != null) {
            refuseDuplicate("SELECT first_name || ' ' || last_name FROM child WHERE upn = ?",
                    new Object[] {c.upn().value()}, "UPN " + c.upn() + " already belongs to a child");
        }
        ChildId id = ChildId.random();
        jdbc.sql("""
                        INSERT INTO child (id, authority_id, upn, first_name, last_name, date_of_birth, year_group,
                                           cohort, in_borough, sen_status)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.value(), c.authorityId().value(), c.upn() == null ? null : c.upn().value(),
                        c.firstName(), c.lastName(), c.dateOfBirth(), c.yearGroup(), c.cohort().name(),
                        c.inBorough(), c.senStatus().name())
                .update();
        return id;
    }

    /** A clear message instead of a constraint violation; the unique indexes still guard against races. */
    private void refuseDuplicate(String query, Object[] params, String message) {
        jdbc.sql(query).params(params).query(String.class).optional().ifPresent(existing -> {
            throw new IllegalArgumentException(message + " (by " + existing + "): check the number, or update "
                    + "the existing record instead");
        });
    }

    @Override
    public void place(ChildId child, ProvisionId provision, PlacementKind kind, LocalDate startsOn) {
        if (startsOn == null) {
            throw new IllegalArgumentException("a placement needs the date the child starts at the provision");
        }
        if (kind == PlacementKind.ON_ROLL) {
            refuseOverlappingRoll(child, startsOn);
        }
        // The child's first on-roll placement is joining the service (a move to another school is not).
        boolean joins = kind == PlacementKind.ON_ROLL && !jdbc.sql(
                        "SELECT EXISTS (SELECT 1 FROM placement WHERE child_id = ? AND kind = 'ON_ROLL')")
                .param(child.value()).query(Boolean.class).single();
        jdbc.sql("""
                        INSERT INTO placement (id, child_id, provision_id, kind, starts_on) VALUES (?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), child.value(), provision.value(), kind.name(), startsOn).update();
        if (joins) {
            UUID authority = jdbc.sql("SELECT authority_id FROM child WHERE id = ?").param(child.value())
                    .query(UUID.class).single();
            events.publishEvent(new ChildJoined(child, new AuthorityId(authority), provision, startsOn));
        }
    }

    /** A child is on roll at one school at a time (issue 12): the new open placement may not overlap another. */
    private void refuseOverlappingRoll(ChildId child, LocalDate startsOn) {
        jdbc.sql("SELECT id FROM child WHERE id = ? FOR UPDATE").param(child.value()).query(UUID.class).optional();
        record Roll(String school, LocalDate startsOn, LocalDate endsOn) {
        }
        jdbc.sql("""
                        SELECT v.name, p.starts_on, p.ends_on FROM placement p JOIN provision v ON v.id = p.provision_id
                        WHERE p.child_id = ? AND p.kind = 'ON_ROLL' AND (p.ends_on IS NULL OR p.ends_on >= ?)
                        ORDER BY p.starts_on LIMIT 1""")
                .params(child.value(), startsOn)
                .query((rs, n) -> new Roll(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class)))
                .optional().ifPresent(other -> {
                    throw new IllegalArgumentException("the child is on roll at " + other.school() + " from "
                            + other.startsOn() + (other.endsOn() == null ? " with no end date" : " to "
                            + other.endsOn()) + ", which overlaps a placement starting " + startsOn + ": end that "
                            + "placement on " + startsOn.minusDays(1) + " or earlier first (a child is on roll at "
                            + "one school at a time)");
                });
    }

    @Override
    public ProvisionId createSchoolToIntroduce(String name, Urn urn, Nation nation, UkPhoneNumber phone,
                                               String contactName, AuthorityId localAuthority) {
        requireText(name, "the school's name");
        requireText(contactName, "the school contact's name");
        java.util.Objects.requireNonNull(phone, "the school's phone number");
        java.util.Objects.requireNonNull(nation, "nation");
        if (urn != null) {
            refuseDuplicate("SELECT name FROM provision WHERE urn = ?", new Object[] {urn.value()},
                    "URN " + urn + " is already used");
        }
        if (localAuthority != null) {
            requireLocalAuthority(localAuthority, nation, name);
        }
        ProvisionId id = ProvisionId.random();
        jdbc.sql("""
                        INSERT INTO provision (id, urn, name, type, nation, phone, contact_name, frequency,
                                               local_authority_id)
                        VALUES (?, ?, ?, 'MAINSTREAM', ?, ?, ?, 'DAILY', ?)""")
                .params(id.value(), urn == null ? null : urn.value(), name.strip(), nation.name(), phone.e164(),
                        contactName.strip(), localAuthority == null ? null : localAuthority.value())
                .update();
        return id;
    }

    @Override
    public void introduce(ProvisionId provision, List<CallWindow> windows, String contactName, String password) {
        requireText(contactName, "the school contact's name");
        FreeText.problem(password, "the password", FreeText.MAX_NAME, false).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        if (windows == null || windows.stream().noneMatch(w -> w.part() == WindowPart.AFTERNOON)
                || windows.stream().map(CallWindow::part).distinct().count() != windows.size()) {
            throw new IllegalArgumentException("give one afternoon call window, such as 13:30\u201314:00, and at "
                    + "most one morning window");
        }
        jdbc.sql("SELECT id FROM provision WHERE id = ? FOR UPDATE").param(provision.value()).query(UUID.class)
                .optional().orElseThrow(() -> new IllegalArgumentException("no provision with id " + provision
                        + ": check the id"));
        jdbc.sql("UPDATE provision SET contact_name = ?, password_encrypted = ? WHERE id = ?")
                .params(contactName.strip(), password == null || password.isBlank() ? null
                        : cipher.encrypt(password), provision.value()).update();
        // Calls already made keep their window (call rows reference it): replace only windows no call used.
        for (CallWindow w : windows) {
            int changed = jdbc.sql("UPDATE call_window SET opens_at = ?, closes_at = ? WHERE provision_id = ? "
                            + "AND part = ?")
                    .params(w.opensAt(), w.closesAt(), provision.value(), w.part().name()).update();
            if (changed == 0) {
                jdbc.sql("INSERT INTO call_window (id, provision_id, opens_at, closes_at, part) VALUES (?, ?, ?, ?, ?)")
                        .params(UUID.randomUUID(), provision.value(), w.opensAt(), w.closesAt(), w.part().name())
                        .update();
            }
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        FreeText.checked(value, what, FreeText.MAX_NAME, false);
    }

    @Override
    public void endPlacement(ChildId child, ProvisionId provision, LocalDate lastDay) {
        LocalDate startsOn = jdbc.sql("""
                        SELECT starts_on FROM placement WHERE child_id = ? AND provision_id = ? AND ends_on IS NULL
                        FOR UPDATE""")
                .params(child.value(), provision.value()).query(LocalDate.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("the child has no open placement at that provision: "
                        + "nothing to end"));
        if (lastDay == null || lastDay.isBefore(startsOn)) {
            throw new IllegalArgumentException("a placement that started on " + startsOn + " cannot end on "
                    + lastDay + ": give a last day on or after " + startsOn);
        }
        String kind = jdbc.sql("UPDATE placement SET ends_on = ? WHERE child_id = ? AND provision_id = ? "
                        + "AND ends_on IS NULL RETURNING kind")
                .params(lastDay, child.value(), provision.value()).query(String.class).single();
        events.publishEvent(new PlacementEnded(child, provision, PlacementKind.valueOf(kind), lastDay));
    }

    @Override
    public void setTimetable(ChildId child, ProvisionId alternativeProvision,
                             Set<TimetabledSession> sessions) {
        UUID placement = jdbc.sql("""
                        SELECT id FROM placement WHERE child_id = ? AND provision_id = ? AND kind = 'ALTERNATIVE'
                        AND ends_on IS NULL FOR UPDATE""")
                .params(child.value(), alternativeProvision.value()).query(UUID.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("the child has no open alternative-provision "
                        + "placement at that provision: place them there first"));
        jdbc.sql("DELETE FROM placement_session WHERE placement_id = ?").param(placement).update();
        for (var session : sessions) {
            jdbc.sql("INSERT INTO placement_session (placement_id, weekday, session) VALUES (?, ?, ?)")
                    .params(placement, session.day().getValue(), session.half().name()).update();
        }
    }

    @Override
    public void addContact(ChildId child, ContactRole role, String name, UkPhoneNumber phone, String email) {
        if (role == ContactRole.DESIGNATED_TEACHER) {
            throw new IllegalArgumentException("a designated teacher belongs to the provision, not to one child: "
                    + "add them with the provision");
        }
        insertContact(child.value(), null, role, name, phone, email);
    }

    @Override
    public void addDesignatedTeacher(ProvisionId provision, String name, UkPhoneNumber phone, String email) {
        insertContact(null, provision.value(), ContactRole.DESIGNATED_TEACHER, name, phone, email);
    }

    private void insertContact(UUID child, UUID provision, ContactRole role, String name, UkPhoneNumber phone,
                               String email) {
        String label = role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a " + label + " needs a name");
        }
        FreeText.checked(name, "the " + label + "'s name", FreeText.MAX_NAME, false);
        // The outbox's own rule, so an address taken here is one Rollcall can send to.
        String mail = email == null || email.isBlank() ? null : EmailAddress.parse(email).value();
        if (phone == null && mail == null) {
            throw new IllegalArgumentException("the " + label + " " + name.strip() + " needs a phone number or an "
                    + "email address, so they can be reached when the child is missing");
        }
        jdbc.sql("INSERT INTO contact (id, child_id, provision_id, role, name, phone, email) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), child, provision, role.name(), name.strip(),
                        phone == null ? null : phone.e164(), mail)
                .update();
    }

    // Alternative provision (issue 12): town and open days, placements with end dates and their timetables.

    @Override
    public void setTownAndOpenDays(ProvisionId provision, String town, Set<java.time.DayOfWeek> openDays) {
        ProvisionSearch.setTownAndOpenDays(jdbc, provision, town, openDays);
    }

    @Override
    public void placeAlternative(ChildId child, ProvisionId alternativeProvision, LocalDate startsOn,
                                 LocalDate endsOn) {
        ProvisionSearch.placeAlternative(jdbc, child, alternativeProvision, startsOn, endsOn);
    }

    @Override
    public void reviseAlternative(ChildId child, ProvisionId alternativeProvision, LocalDate onDay,
                                  LocalDate startsOn, LocalDate endsOn) {
        ProvisionSearch.reviseAlternative(jdbc, child, alternativeProvision, onDay, startsOn, endsOn);
    }

    @Override
    public void setTimetable(ChildId child, ProvisionId alternativeProvision, LocalDate onDay,
                             Set<TimetabledSession> sessions) {
        ProvisionSearch.setTimetable(jdbc, child, alternativeProvision, onDay, sessions);
    }
}

