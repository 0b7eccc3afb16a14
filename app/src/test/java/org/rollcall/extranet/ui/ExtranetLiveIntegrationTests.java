package org.rollcall.extranet.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
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
import org.rollcall.extranet.AttendanceRow;
import org.rollcall.extranet.ExtranetService;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.rollcall.support.SignIn;
import org.junit.jupiter.api.BeforeEach;

import com.vaadin.browserless.SpringBrowserlessTest;

/** The extranet shows an authority's marks live, never another authority's, and audits every child record view. */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtranetLiveIntegrationTests extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Attendance attendance;
    @Autowired ExtranetService extranet;
    @Autowired AuditLog audit;
    @Autowired Clock clock;

    private ProvisionId school;
    private ChildId ours;
    private ChildId theirs;
    private LocalDate today;

    @BeforeAll
    void twoAuthoritiesSharingASchool() {
        today = LocalDate.now(clock);
        AuthorityId a = directory.createAuthority("Live Borough", Nation.ENGLAND, "855");
        AuthorityId b = directory.createAuthority("Other Borough", Nation.ENGLAND, "856");
        accounts.createUser("vs-head-a", "Virtual School head A", "authority-password-1", Role.AUTHORITY, a);
        int otherDay = today.getDayOfWeek().getValue() % 5 + 1;
        school = directory.createProvision(new NewProvision("Shared Academy", null, ProvisionType.MAINSTREAM,
                Nation.ENGLAND, UkPhoneNumber.parse("01632 960855"), "Mr Shared", null, Frequency.WEEKLY, otherDay,
                List.of(new CallWindow(null, LocalTime.of(9, 0), LocalTime.of(9, 30))), null,
                "not called on the test's day"));
        ours = child(a, "Ours");
        theirs = child(b, "Theirs");
    }

    @BeforeEach
    void signIn() {
        SignIn.as(users, contexts, "vs-head-a");
    }

    @Test
    void marksArriveLiveForTheAuthorityOnly() {
        ExtranetView view = navigate(ExtranetView.class);
        int before = rows(view).size();

        attendance.record(new RecordMark(theirs, school, today, Session.AM, "O", "Refused to come in", null, null,
                "operator"));
        attendance.record(new RecordMark(ours, school, today, Session.AM, "I", "Illness", null, null, "operator"));

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            org.rollcall.support.Push.deliver();
            return rows(view).size() == before + 1;
        });
        assertThat(rows(view)).extracting(AttendanceRow::childId).contains(ours.toString())
                .doesNotContain(theirs.toString());
        assertThat(view.summary.getText()).contains("with an absence");
    }

    @Test
    void childRecordsAreScopedAndEveryViewIsAudited() {
        long seen = audit.count("VIEW_CHILD", "child", ours.toString());
        assertThat(extranet.childRecord(ours)).isPresent();
        assertThat(audit.count("VIEW_CHILD", "child", ours.toString())).isEqualTo(seen + 1);

        assertThatThrownBy(() -> extranet.childRecord(theirs)).isInstanceOf(AccessDeniedException.class);
        assertThat(audit.count("VIEW_CHILD", "child", theirs.toString())).isZero();
        assertThat(audit.count("VIEW_CHILD_REFUSED", "child", theirs.toString())).isEqualTo(1);
    }

    @Test
    void anAuthorityUserCannotReadCallDetails() {
        assertThatThrownBy(() -> extranet.call(new org.rollcall.calls.CallId(java.util.UUID.randomUUID())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private List<AttendanceRow> rows(ExtranetView view) {
        return view.grid.getGenericDataView().getItems().toList();
    }

    private ChildId child(AuthorityId authority, String name) {
        ChildId id = directory.createChild(new NewChild(authority, null, name, "Child", today.minusYears(10), 5,
                Cohort.LAC, false, SenStatus.NONE));
        directory.place(id, school, PlacementKind.ON_ROLL, today.minusDays(3));
        return id;
    }
}
