package org.rollcall.reports;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Frequency;
import org.rollcall.directory.Nation;
import org.rollcall.directory.NewChild;
import org.rollcall.directory.NewProvision;
import org.rollcall.directory.PlacementKind;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionType;
import org.rollcall.directory.SenStatus;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.directory.Upn;
import org.rollcall.enrolment.Enrolment;
import org.rollcall.enrolment.NotOnRollSource;
import org.rollcall.support.SignIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two authorities for the reports' tests: A ("Report Shire") with six children whose UPNs are sound, missing, of
 * another LA, with a wrong check letter and twice the same, and marks Monday to Wednesday; B with one child.
 * UPNs that input checks would refuse are written as data, as an old import would have left them.
 */
public class ReportsSeed {

    public static final LocalDate MON = LocalDate.of(2026, 11, 30);
    public static final LocalDate TUE = MON.plusDays(1);
    public static final LocalDate WED = MON.plusDays(2);

    private final DirectoryAdmin directory;
    private final Accounts accounts;
    private final Attendance attendance;
    private final Enrolment enrolment;
    private final JdbcClient jdbc;

    public ReportsSeed(DirectoryAdmin directory, Accounts accounts, Attendance attendance, Enrolment enrolment,
                JdbcClient jdbc) {
        this.directory = directory;
        this.accounts = accounts;
        this.attendance = attendance;
        this.enrolment = enrolment;
        this.jdbc = jdbc;
    }

    public record Seeded(AuthorityId a, AuthorityId b, ChildId ada, ChildId ben, ChildId cleo, ChildId eve,
                         String adaUpn, String benUpn) {
    }

    /**
     * @param name A's name ("Report Shire"); B is "Other " + name, the schools "<name> Primary" and "Other …"
     * @param users prefix of the users' names: prefix-a, prefix-b (authority users) and prefix-admin
     */
    public Seeded seed(UserDetailsService users, SecurityContextHolderStrategy contexts, String name, String prefix,
                       String laA, String laB) {
        AuthorityId a = directory.createAuthority(name, Nation.ENGLAND, laA);
        AuthorityId b = directory.createAuthority("Other " + name, Nation.ENGLAND, laB);
        accounts.createUser(prefix + "-a", "Virtual School head A", "authority-password-1", Role.AUTHORITY, a);
        accounts.createUser(prefix + "-b", "Virtual School head B", "authority-password-1", Role.AUTHORITY, b);
        accounts.createUser(prefix + "-admin", "Reports admin", "admin-password-1", Role.ADMIN, null);
        ProvisionId school = school(name + " Primary", "01632 960" + laA);
        ProvisionId otherSchool = school("Other " + name + " Primary", "01632 960" + laB);

        String adaUpn = Upn.withCheckLetter(laA + "200001001");
        ChildId ada = child(a, "Ada", "Zephyr", adaUpn, school, Cohort.LAC, true);
        String benDigits = laA + "200001002";
        char right = Upn.withCheckLetter(benDigits).charAt(0);
        String benUpn = (right == 'A' ? 'B' : 'A') + benDigits;
        ChildId ben = child(a, "Ben", "Archer", null, school, Cohort.LAC, false);
        ChildId cleo = child(a, "Cleo", "Marsh", Upn.withCheckLetter("902" + laA + "000103"), school, Cohort.CME, true);
        child(a, "Dev", "Nokes", null, school, Cohort.LAC, false);
        ChildId eve = child(a, "Eve", "Twin", null, school, Cohort.YOT, true);
        child(a, "Finn", "Sound", Upn.withCheckLetter(laA + "200001006"), school, Cohort.LAC, true);
        ChildId zed = child(b, "Zed", "Other", Upn.withCheckLetter(laB + "200001009"), otherSchool, Cohort.LAC,
                true);

        mark(ada, school, MON, Session.AM, "/", null);
        mark(ada, school, MON, Session.PM, "\\", null);
        mark(ada, school, TUE, Session.AM, "I", "flu, school says");
        mark(ada, school, TUE, Session.PM, "N", "not yet known");
        mark(ada, school, WED, Session.AM, "E", "fixed-term suspension");
        mark(ben, school, MON, Session.AM, "N", "no reason given");
        mark(ben, school, MON, Session.PM, "\\", null);
        mark(cleo, school, MON, Session.AM, "/", null);
        mark(zed, otherSchool, MON, Session.AM, "O", "unknown");

        SignIn.as(users, contexts, prefix + "-admin");
        enrolment.notOnRoll(cleo, school, MON, NotOnRollSource.ADMIN, prefix + "-admin", "moved away, no school yet");
        return new Seeded(a, b, ada, ben, cleo, eve, adaUpn, benUpn);
    }

    /**
     * As an old import left them: a wrong check letter for Ben, and Ada's UPN typed in lower case for Eve. Done last,
     * once marks and their follow-ups are in: the directory's reads refuse such a UPN (see the ADR).
     */
    public void spoilUpns(Seeded data) {
        jdbc.sql("UPDATE child SET upn = ? WHERE id = ?").params(data.benUpn(), data.ben().value()).update();
        jdbc.sql("UPDATE child SET upn = ? WHERE id = ?").params(data.adaUpn().toLowerCase(), data.eve().value())
                .update();
    }

    private ProvisionId school(String name, String phone) {
        return directory.createProvision(new NewProvision(name, null, ProvisionType.MAINSTREAM, Nation.ENGLAND,
                UkPhoneNumber.parse(phone), "Mrs Office", null, Frequency.DAILY, null,
                List.of(new CallWindow(null, LocalTime.of(23, 0), LocalTime.of(23, 30)))));
    }

    private ChildId child(AuthorityId authority, String first, String last, String upn, ProvisionId school,
                          Cohort cohort, boolean inBorough) {
        ChildId child = directory.createChild(new NewChild(authority, upn == null ? null : new Upn(upn), first, last,
                MON.minusYears(9), 4, cohort, inBorough, SenStatus.NONE));
        directory.place(child, school, PlacementKind.ON_ROLL, MON.minusDays(30));
        return child;
    }

    private void mark(ChildId child, ProvisionId school, LocalDate day, Session session, String code, String reason) {
        attendance.record(new RecordMark(child, school, day, session, code, reason, null, null, "op-reports"));
    }
}
