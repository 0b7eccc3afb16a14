package org.rollcall.apattendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.calendar.DayPart;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallPurpose;
import org.rollcall.calls.CallSummary;
import org.rollcall.calls.ChildToCollect;
import org.rollcall.calls.SessionSlot;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.ContactRole;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Frequency;
import org.rollcall.directory.HalfDay;
import org.rollcall.directory.Monitoring;
import org.rollcall.directory.Nation;
import org.rollcall.directory.NewChild;
import org.rollcall.directory.NewProvision;
import org.rollcall.directory.PlacementKind;
import org.rollcall.directory.ProvisionDay;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionType;
import org.rollcall.directory.SenStatus;
import org.rollcall.directory.TimetabledSession;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.escalation.EscalationState;
import org.rollcall.escalation.Escalations;
import org.rollcall.escalation.Trigger;
import org.rollcall.notify.EmbeddedMailbox;
import org.rollcall.notify.ReceivedMail;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.accounts.UserId;
import org.rollcall.apattendance.ui.ApAttendanceGrid;
import org.rollcall.calls.CallOutcome;
import org.rollcall.calls.CallStatus;
import org.rollcall.calls.OperatorDesk;
import org.rollcall.support.SignIn;
import org.rollcall.support.TestTimes;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Issue 12's alternative-provision path from the point the AP and the timetable exist (placed through
 * DirectoryAdmin): the AP is called on timetabled days only, once for all its authorities; absent with a reason on
 * its call emails the on-roll school, flags the school's B for the extranet and its next call, and an unauthorised
 * one starts the escalation. The app clock starts on Wednesday 2 December 2026; every call window here is late in
 * the evening, so the dialler never offers these calls to another test's operator.
 */
@RollcallIntegrationTest
class ApAttendanceIntegrationTests extends SpringBrowserlessTest {

    private static final List<CallWindow> LATE = List.of(new CallWindow(null, LocalTime.of(23, 0),
            LocalTime.of(23, 30)));

    @Autowired DirectoryAdmin admin;
    @Autowired Monitoring monitoring;
    @Autowired CallLog calls;
    @Autowired ApAttendance apAttendance;
    @Autowired Attendance attendance;
    @Autowired Escalations escalations;
    @Autowired EmbeddedMailbox mailbox;
    @Autowired Clock clock;
    @Autowired Accounts accounts;
    @Autowired OperatorDesk desk;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;

    /**
     * The operator's path on screen: the AP's call shows its child's timetabled session to answer attended or
     * absent (not the register grid); "other" without words is refused beside its field; illness is saved and
     * emailed; the school's next call lists it under "Outstanding for this school", where the corrected mark is
     * entered for that past session and closes it.
     */
    @Test
    void onTheApsCallTheOperatorRecordsAnAbsenceAndOnTheSchoolsNextCallEntersTheCorrection() {
        LocalDate today = LocalDate.now(clock);
        UserId operator = accounts.createUser("op-ap", "Operator Apcalls", "op-ap-password-1", Role.OPERATOR,
                null);
        AuthorityId authority = admin.createAuthority("Harbourside", Nation.ENGLAND, "806");
        LocalTime now = LocalTime.now(clock);
        // The school's window opens a little later, so the AP's call (open now) comes first and the school's next.
        ProvisionId school = admin.createProvision(new NewProvision("Harbourside High", null, ProvisionType.MAINSTREAM,
                Nation.ENGLAND, UkPhoneNumber.parse("01632 961401"), "Mrs Office", null, Frequency.DAILY, null,
                List.of(new CallWindow(null, now.plusSeconds(20), now.plusMinutes(30)))));
        admin.addDesignatedTeacher(school, "Lee Teacher", null, "lee.teacher@harbourside.example.org");
        ChildId ella = child(authority, "Ella", "Evans", school);
        attendance.record(new RecordMark(ella, school, today, Session.AM, "B", null, null, null, "op-school"));
        ProvisionId ap = admin.createProvision(new NewProvision("Harbour Skills Centre", null,
                ProvisionType.ALTERNATIVE_PROVISION, Nation.ENGLAND, UkPhoneNumber.parse("01632 961402"),
                "Mr Centre", null, Frequency.DAILY, null, TestTimes.openNow(clock)));
        ChildId onRollAtAp = child(authority, "Omar", "Onroll", ap); // keeps the register grid
        admin.place(ella, ap, PlacementKind.ALTERNATIVE, today.minusDays(7));
        admin.setTimetable(ella, ap, Set.of(new TimetabledSession(today.getDayOfWeek(), HalfDay.AM)));
        awaitOneCall(ap, today);
        awaitOneCall(school, today);
        // This context is shared: other scenarios' operators stand down and calls left due elsewhere are dropped.
        jdbc.sql("UPDATE operator_status SET status = 'OFFLINE', current_call_id = NULL WHERE status = 'READY'")
                .update();
        jdbc.sql("UPDATE call SET status = 'MISSED' WHERE status = 'DUE' AND provision_id <> ? AND provision_id <> ?")
                .params(ap.value(), school.value()).update();

        SignIn.as(users, contexts, "op-ap");
        navigate(org.rollcall.workspace.ui.WorkspaceView.class);
        test($(Button.class).withText("Ready (Alt+R)").single()).click();
        awaitScreen(() -> desk.currentCall(operator).filter(c -> c.provisionId().equals(ap)).isPresent()
                && $(ApAttendanceGrid.class).exists());
        ApAttendanceGrid grid = $(ApAttendanceGrid.class).single();
        assertThat(grid.isVisible()).isTrue();
        assertThat(grid.registerChildren()).extracting(c -> c.child().id()).containsExactly(onRollAtAp);
        assertThat(grid.rows()).singleElement().satisfies(r -> {
            assertThat(r.child().child().id()).isEqualTo(ella);
            assertThat(r.choice().getAriaLabel()).contains("Ella Evans, Wednesday 2 December 2026, morning");
        });
        desk.start(desk.currentCall(operator).orElseThrow().id(), operator);
        awaitScreen(() -> $(Span.class).withId("call-status").single().getText().startsWith("Connected"));

        ApAttendanceGrid.Row row = grid.rows().getFirst();
        test(row.choice()).selectItem("Absent: other");
        test(grid.save).click();
        assertThat(row.refusal().isVisible()).isTrue();
        assertThat(row.refusal().getText()).isEqualTo("Nothing saved: say what the other reason is");
        CallSummary apCall = desk.currentCall(operator).orElseThrow();
        assertThat(apAttendance.entriesOf(apCall.id())).isEmpty();
        test(row.choice()).selectItem("Absent: illness");
        test(grid.save).click();
        assertThat(grid.status.getText()).isEqualTo("1 session saved");
        assertThat(row.refusal().isVisible()).isFalse();
        assertThat(awaitMail("lee.teacher@harbourside.example.org").subject())
                .isEqualTo("Absent at alternative provision: Ella Evans, Wednesday 2 December 2026, morning");
        finish(operator);

        // The school's next call: the point to raise, and the correction entered on it.
        awaitScreen(() -> desk.currentCall(operator).filter(c -> c.provisionId().equals(school)).isPresent()
                && $(ListItem.class).withClassName("ap-absence-outstanding").exists());
        CallSummary schoolCall = desk.currentCall(operator).orElseThrow();
        ListItem point = $(ListItem.class).withClassName("ap-absence-outstanding").single();
        assertThat(point.getElement().getTextRecursively()).startsWith("Ella Evans was absent at Harbour Skills "
                + "Centre on Wednesday 2 December, morning (illness): ask the school to correct the B");
        assertThat($(com.vaadin.flow.component.html.Div.class).withId("outstanding").single().isVisible()).isTrue();
        desk.start(schoolCall.id(), operator);
        TextField code = $(TextField.class).withClassName("ap-correction-code").single();
        test(code).setValue("I");
        // Validated like any mark: an absence code without its reason is refused beside the code; nothing closes.
        test($(Button.class).withText("Corrected").single()).click();
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("code 'I' is an absence (Illness): ask the school for the "
                + "reason and enter it");
        assertThat(apAttendance.outstandingFor(school)).hasSize(1);
        test($(TextField.class).withClassName("ap-correction-reason").single()).setValue("ill at home, the school "
                + "heard from the carer");
        test($(Button.class).withText("Corrected").single()).click();
        assertThat($(Span.class).withClassName("ap-correction-outcome").single().getText())
                .isEqualTo("Saved: I for morning of that day");
        assertThat(apAttendance.outstandingFor(school)).isEmpty();
        assertThat(attendance.history(ella, today, Session.AM).getLast()).satisfies(m -> {
            assertThat(m.code()).isEqualTo("I");
            assertThat(m.date()).isEqualTo(today);
            assertThat(m.callId()).isEqualTo(schoolCall.id().value());
            assertThat(m.recordedBy()).isEqualTo("op-ap");
        });
        finish(operator);
        desk.offline(operator);
    }

    /** Hangs up and wraps up whatever call the operator has (the screen's own path is the workspace's tests'). */
    private void finish(UserId operator) {
        await().atMost(Duration.ofSeconds(10)).until(() -> desk.currentCall(operator)
                .map(c -> c.status() == CallStatus.CONNECTED || c.status() == CallStatus.WRAP_UP).orElse(true));
        desk.currentCall(operator).filter(c -> c.status().isLive()).ifPresent(c -> desk.hangUp(c.id(), operator));
        await().atMost(Duration.ofSeconds(10)).until(() -> desk.currentCall(operator)
                .map(c -> c.status() == CallStatus.WRAP_UP).orElse(true));
        desk.currentCall(operator).ifPresent(c -> desk.wrapUp(c.id(), operator, CallOutcome.COMPLETED, null));
    }

    private static void awaitScreen(java.util.function.Supplier<Boolean> condition) {
        await().pollInSameThread().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).until(() -> {
            org.rollcall.support.Push.deliver();
            return condition.get();
        });
    }

    @Test
    void anAbsenceAtTheApIsEmailedToTheSchoolFlaggedOnTheExtranetAndCorrectedOnTheSchoolsNextCall() {
        LocalDate today = LocalDate.now(clock);
        assertThat(today.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
        AuthorityId authority = admin.createAuthority("Ferrybridge", Nation.ENGLAND, "802");
        ProvisionId school = school("Ferrybridge Academy", authority, "01632 961101");
        admin.addDesignatedTeacher(school, "Dana Teacher", null, "dana.teacher@ferrybridge.example.org");
        ChildId ella = child(authority, "Ella", "Evans", school);
        attendance.record(new RecordMark(ella, school, today, Session.AM, "B", null, null, null, "op-school"));
        ProvisionId ap = ap("Bridge Skills Centre", "01632 961102");
        admin.place(ella, ap, PlacementKind.ALTERNATIVE, today.minusDays(7));
        admin.setTimetable(ella, ap, Set.of(new TimetabledSession(DayOfWeek.WEDNESDAY, HalfDay.AM),
                new TimetabledSession(DayOfWeek.FRIDAY, HalfDay.AM), new TimetabledSession(DayOfWeek.FRIDAY,
                        HalfDay.PM)));

        // Called on the timetabled days only: today and Friday, not Thursday.
        assertThat(planned(today)).contains(ap);
        assertThat(planned(today.plusDays(1))).doesNotContain(ap);
        assertThat(planned(today.plusDays(2))).contains(ap);
        CallSummary apCall = awaitOneCall(ap, today);
        assertThat(apCall.purpose()).isEqualTo(CallPurpose.AFTERNOON);
        // The call collects the timetabled morning only, though the AP is open all day.
        assertThat(calls.toCollect(apCall.id())).singleElement().satisfies(c -> {
            assertThat(c.child().id()).isEqualTo(ella);
            assertThat(c.slots()).containsExactly(new SessionSlot(today, DayPart.AM));
        });

        // An untimetabled session is refused, and the valid entry beside it is not half-saved.
        assertThatThrownBy(() -> apAttendance.record(apCall.id(), "op-ap", List.of(
                ApEntry.absent(ella, today, HalfDay.AM, ApReason.ILLNESS, null),
                ApEntry.attended(ella, today, HalfDay.PM))))
                .isInstanceOf(ApEntryRefusedException.class)
                .hasMessageContaining("Ella Evans is not timetabled at Bridge Skills Centre on Wednesday 2 December "
                        + "2026, afternoon: their sessions there are Wednesday morning, Friday morning, Friday "
                        + "afternoon");
        assertThat(apAttendance.entriesOf(apCall.id())).isEmpty();
        assertThat(apAttendance.outstandingFor(school)).isEmpty();

        apAttendance.record(apCall.id(), "op-ap", List.of(ApEntry.absent(ella, today, HalfDay.AM,
                ApReason.ILLNESS, null)));
        assertThat(apAttendance.entriesOf(apCall.id())).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo(ApReason.ILLNESS));

        ReceivedMail mail = awaitMail("dana.teacher@ferrybridge.example.org");
        assertThat(mail.subject()).isEqualTo("Absent at alternative provision: Ella Evans, Wednesday 2 December "
                + "2026, morning");
        assertThat(mail.text()).contains("Dear Dana Teacher", "Bridge Skills Centre", "Ella Evans",
                "on roll at Ferrybridge Academy", "morning session there on Wednesday 2 December 2026",
                "The reason the alternative provision gave: illness", "Please correct the mark");

        // The extranet's view (the same service its section reads): the B of that session is flagged.
        assertThat(apAttendance.forAuthority(authority, today, today)).singleElement().satisfies(a -> {
            assertThat(a.open()).isTrue();
            assertThat(a.sentence()).isEqualTo("Ella Evans was absent at Bridge Skills Centre on Wednesday 2 "
                    + "December, morning (illness)");
            assertThat(a.unauthorised()).isFalse();
        });
        assertThat(escalations.find(ella, today, Trigger.UNAUTHORISED_ABSENCE)).isEmpty();

        // The school's next call: a point to raise; a code no code set has is refused and
        // leaves the flag open; the corrected mark is stored with the session's own date and closes it.
        CallSummary schoolCall = awaitOneCall(school, today);
        ApAbsence flagged = apAttendance.outstandingFor(school).getFirst();
        assertThatThrownBy(() -> apAttendance.corrected(flagged.id(), "9", "ill", schoolCall.id().value(),
                "op-school")).isInstanceOf(org.rollcall.attendance.MarkRejectedException.class);
        assertThat(apAttendance.outstandingFor(school)).hasSize(1);
        apAttendance.corrected(flagged.id(), "i", "ill at home", schoolCall.id().value(), "op-school");
        assertThat(apAttendance.outstandingFor(school)).isEmpty();
        assertThat(apAttendance.forAuthority(authority, today, today)).singleElement()
                .satisfies(a -> assertThat(a.closedHow()).isEqualTo("corrected to I"));
        assertThat(attendance.history(ella, today, Session.AM)).extracting(m -> m.code()).containsExactly("B", "I");
        assertThat(attendance.history(ella, today, Session.AM).getLast()).satisfies(m -> {
            assertThat(m.date()).isEqualTo(today);
            assertThat(m.recordedBy()).isEqualTo("op-school");
            assertThat(m.callId()).isEqualTo(schoolCall.id().value());
        });
        assertThatThrownBy(() -> apAttendance.schoolKeepsB(flagged.id(), null, "op-school"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already corrected to I");
    }

    @Test
    void anUnauthorisedAbsenceAtTheApStartsTheFollowUpWhichTheSchoolsBDoesNotWithdraw() {
        LocalDate today = LocalDate.now(clock);
        AuthorityId authority = admin.createAuthority("Kestrel Vale", Nation.ENGLAND, "803");
        ProvisionId school = school("Kestrel Vale High", authority, "01632 961201");
        ChildId sam = child(authority, "Sam", "Reed", school);
        // No carer phone: the social worker is told at once by email, and no carer call waits for any operator.
        admin.addContact(sam, ContactRole.SOCIAL_WORKER, "Alex Worker", null, "alex.worker@kestrel.example.org");
        ProvisionId ap = ap("Kestrel Skills Hub", "01632 961202");
        admin.place(sam, ap, PlacementKind.ALTERNATIVE, today.minusDays(7));
        admin.setTimetable(sam, ap, Set.of(new TimetabledSession(DayOfWeek.WEDNESDAY, HalfDay.PM)));
        CallSummary apCall = awaitOneCall(ap, today);

        apAttendance.record(apCall.id(), "op-ap", List.of(ApEntry.absent(sam, today, HalfDay.PM,
                ApReason.REFUSED, null)));
        var escalation = await().atMost(Duration.ofSeconds(30)).until(() -> escalations.find(sam, today,
                Trigger.UNAUTHORISED_ABSENCE), e -> e.isPresent()).orElseThrow();
        assertThat(escalation.provisionId()).isEqualTo(ap);
        assertThat(escalation.schoolReason()).isEqualTo("absent at Kestrel Skills Hub: refused to attend");
        assertThat(awaitMail("alex.worker@kestrel.example.org").text()).contains("Kestrel Skills Hub");
        // No designated teacher on record: the email to the school is kept undeliverable; the flag still stands.
        assertThat(apAttendance.outstandingFor(school)).singleElement()
                .satisfies(a -> assertThat(a.unauthorised()).isTrue());

        // The school's register B for that session is not a correction of the absence: the follow-up goes on.
        attendance.record(new RecordMark(sam, school, today, Session.PM, "B", null, null, null, "op-school"));
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> true);
        assertThat(escalations.find(sam, today, Trigger.UNAUTHORISED_ABSENCE).orElseThrow().state())
                .isNotEqualTo(EscalationState.WITHDRAWN);
    }

    @Test
    void anApWithChildrenOfTwoAuthoritiesIsCalledOnceForAllOfThem() {
        LocalDate today = LocalDate.now(clock);
        AuthorityId north = admin.createAuthority("Northmoor", Nation.ENGLAND, "804");
        AuthorityId south = admin.createAuthority("Southmoor", Nation.ENGLAND, "805");
        ChildId ada = child(north, "Ada", "North", school("Northmoor Primary", north, "01632 961301"));
        ChildId ben = child(south, "Ben", "South", school("Southmoor Primary", south, "01632 961302"));
        ChildId cal = child(south, "Cal", "Unknown", school("Southmoor Juniors", south, "01632 961303"));
        ProvisionId ap = ap("Moorside Learning Centre", "01632 961304");
        for (ChildId c : List.of(ada, ben, cal)) {
            admin.place(c, ap, PlacementKind.ALTERNATIVE, today.minusDays(3));
        }
        admin.setTimetable(ada, ap, Set.of(new TimetabledSession(DayOfWeek.WEDNESDAY, HalfDay.AM)));
        admin.setTimetable(ben, ap, Set.of(new TimetabledSession(DayOfWeek.WEDNESDAY, HalfDay.PM)));
        // Cal's timetable is not known: expected every school day, both sessions, as before timetables.

        CallSummary call = awaitOneCall(ap, today);
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> true);
        assertThat(calls.onDate(today).stream().filter(c -> c.provisionId().equals(ap))).hasSize(1);
        assertThat(calls.toCollect(call.id())).extracting(c -> c.child().fullName(), ChildToCollect::slots)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Ada North", List.of(new SessionSlot(today, DayPart.AM))),
                        org.assertj.core.groups.Tuple.tuple("Ben South", List.of(new SessionSlot(today, DayPart.PM))),
                        org.assertj.core.groups.Tuple.tuple("Cal Unknown", List.of(new SessionSlot(today, DayPart.AM),
                                new SessionSlot(today, DayPart.PM))));
        // Thursday: only Cal (timetable not known) keeps the AP on the plan.
        assertThat(planned(today.plusDays(1))).contains(ap);
        admin.endPlacement(cal, ap, today);
        assertThat(planned(today.plusDays(1))).doesNotContain(ap);
    }

    private List<ProvisionId> planned(LocalDate day) {
        return monitoring.provisionsToCall(day).stream().map(ProvisionDay::provision).toList();
    }

    private CallSummary awaitOneCall(ProvisionId provision, LocalDate day) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> calls.onDate(day).stream()
                .filter(c -> c.provisionId().equals(provision)).toList(), l -> l.size() == 1).getFirst();
    }

    private ReceivedMail awaitMail(String to) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.messages().stream()
                .filter(m -> m.to().contains(to)).toList(), l -> !l.isEmpty()).getFirst();
    }

    private ProvisionId school(String name, AuthorityId authority, String phone) {
        return admin.createProvision(new NewProvision(name, null, ProvisionType.MAINSTREAM, Nation.ENGLAND,
                UkPhoneNumber.parse(phone), "Mrs Office", null, Frequency.DAILY, null, LATE));
    }

    private ProvisionId ap(String name, String phone) {
        return admin.createProvision(new NewProvision(name, null, ProvisionType.ALTERNATIVE_PROVISION,
                Nation.ENGLAND, UkPhoneNumber.parse(phone), "Mr Centre", null, Frequency.DAILY, null, LATE));
    }

    private ChildId child(AuthorityId authority, String first, String last, ProvisionId school) {
        ChildId child = admin.createChild(new NewChild(authority, null, first, last, LocalDate.of(2012, 5, 1), 9,
                Cohort.LAC, true, SenStatus.NONE));
        admin.place(child, school, PlacementKind.ON_ROLL, LocalDate.now(clock).minusDays(30));
        return child;
    }
}
