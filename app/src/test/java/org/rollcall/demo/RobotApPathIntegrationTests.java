package org.rollcall.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rollcall.alternative.AlternativeCapture;
import org.rollcall.alternative.Capture;
import org.rollcall.apattendance.ApAbsence;
import org.rollcall.apattendance.ApAttendance;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.Mark;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallSummary;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.ContactRole;
import org.rollcall.directory.Directory;
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
import org.rollcall.escalation.Escalations;
import org.rollcall.escalation.Trigger;
import org.rollcall.notify.EmbeddedMailbox;
import org.rollcall.notify.ReceivedMail;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.TestTimes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 12's robot path, unattended: a child on roll at a school with B marked, the AP and its timetable captured
 * as the operator's form captures them (AlternativeCapture) → the AP is planned on its timetabled
 * day only → a robot operator takes the AP's call and hears the child was absent (the rate set to 1), with a reason
 * → the on-roll school's designated teacher gets the email → the B is flagged (the extranet's service) → the robot
 * on the school's next call settles it: corrected (the mark stored with the session's date) or, for "other", the
 * school keeps B → the flag is gone; an unauthorised reason has started the follow-up.
 */
@RollcallIntegrationTest
@TestPropertySource(properties = {"rollcall.demo.robot-operators=1", "rollcall.demo.robot-ap-absence-rate=1",
        "rollcall.demo.seed=12012"})
class RobotApPathIntegrationTests {

    @Autowired DirectoryAdmin admin;
    @Autowired Directory directory;
    @Autowired AlternativeCapture capture;
    @Autowired Monitoring monitoring;
    @Autowired CallLog calls;
    @Autowired ApAttendance apAttendance;
    @Autowired Attendance attendance;
    @Autowired Escalations escalations;
    @Autowired EmbeddedMailbox mailbox;
    @Autowired Clock clock;

    @Test
    void robotsCallTheApReportTheAbsenceAndSettleTheFlaggedBOnTheSchoolsNextCall() {
        LocalDate today = LocalDate.now(clock);
        AuthorityId authority = admin.createAuthority("Robot Bridge Borough", Nation.ENGLAND, "807");
        LocalTime now = LocalTime.now(clock);
        // The school's call comes after the AP's: its window opens 20 s from now (the one robot takes the AP's first).
        ProvisionId school = admin.createProvision(new NewProvision("Robot Bridge Academy", null,
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 961501"), "Mrs Robot", null,
                Frequency.DAILY, null, List.of(new CallWindow(null, now.plusSeconds(20), now.plusMinutes(30)))));
        admin.addDesignatedTeacher(school, "Rae Teacher", null, "rae.teacher@robot-bridge.example.org");
        ChildId ella = admin.createChild(new NewChild(authority, null, "Ella", "Evans", LocalDate.of(2012, 3, 1), 9,
                Cohort.LAC, true, SenStatus.NONE));
        admin.place(ella, school, PlacementKind.ON_ROLL, today.minusDays(30));
        admin.addContact(ella, ContactRole.SOCIAL_WORKER, "Alex Worker", null, "alex.worker@robot-bridge.example.org");
        attendance.record(new RecordMark(ella, school, today, Session.AM, "B", null, null, null, "op-school"));
        ProvisionId ap = admin.createProvision(new NewProvision("Robot Skills Centre", null,
                ProvisionType.ALTERNATIVE_PROVISION, Nation.ENGLAND, UkPhoneNumber.parse("01632 961502"),
                "Mr Centre", null, Frequency.DAILY, null, TestTimes.openNow(clock)));
        // Heard on the school's call with the B: where and when, through the operator form's own service.
        capture.capture(new Capture(ella, school, today, null, ap, null,
                Set.of(new TimetabledSession(today.getDayOfWeek(), HalfDay.AM)), false, today, null, null,
                "op-school"));
        assertThat(directory.attendsAlternativeProvision(ella, today)).isTrue();

        assertThat(planned(today)).contains(ap);
        assertThat(planned(today.plusDays(1))).doesNotContain(ap); // not timetabled tomorrow

        ReceivedMail mail = await().atMost(Duration.ofSeconds(90)).until(() -> mailbox.messages().stream()
                .filter(m -> m.to().contains("rae.teacher@robot-bridge.example.org")).toList(), l -> !l.isEmpty())
                .getFirst();
        ApAbsence absence = apAttendance.forChild(ella).getFirst();
        assertThat(absence.apName()).isEqualTo("Robot Skills Centre");
        assertThat(mail.subject()).isEqualTo("Absent at alternative provision: Ella Evans, " + org.rollcall.platform
                .ui.HumanDates.day(today) + ", morning");
        assertThat(mail.text()).contains("Robot Skills Centre", "The reason the alternative provision gave: "
                + absence.reason(), "Please correct the mark");
        CallSummary apCall = calls.onDate(today).stream().filter(c -> c.provisionId().equals(ap)).findFirst()
                .orElseThrow();
        assertThat(apCall.operatorName()).startsWith("robot");
        assertThat(attendance.marksForCall(apCall.id().value())).isEmpty(); // no register marks on the AP's call
        if (absence.unauthorised()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> escalations.find(ella, today,
                    Trigger.UNAUTHORISED_ABSENCE).isPresent());
        }

        // The school's next call: the robot settles the flag; it is gone from the school's points and the extranet.
        ApAbsence settled = await().atMost(Duration.ofSeconds(120)).until(() -> apAttendance.forChild(ella)
                .getFirst(), a -> !a.open());
        assertThat(apAttendance.outstandingFor(school)).isEmpty();
        // The robot then hears the register; the settled session is not asked again (its mark stands).
        await().atMost(Duration.ofSeconds(60)).until(() -> calls.onDate(today).stream()
                .anyMatch(c -> c.provisionId().equals(school) && c.outcome() != null));
        assertThat(apAttendance.forAuthority(authority, today, today).stream().filter(ApAbsence::open)).isEmpty();
        Mark last = attendance.history(ella, today, Session.AM).getLast();
        if (absence.reason().startsWith("other")) {
            assertThat(settled.closedHow()).isEqualTo("confirmed: the school keeps B");
            assertThat(last.code()).isEqualTo("B");
        } else {
            assertThat(settled.closedHow()).startsWith("corrected to ");
            assertThat(last.code()).isIn("I", "M", "O");
            assertThat(last.date()).isEqualTo(today);
            assertThat(last.recordedBy()).startsWith("robot");
            CallSummary schoolCall = calls.onDate(today).stream().filter(c -> c.provisionId().equals(school))
                    .filter(c -> c.id().value().equals(last.callId())).findFirst().orElseThrow();
            assertThat(schoolCall.operatorName()).startsWith("robot");
        }
    }

    private List<ProvisionId> planned(LocalDate day) {
        return monitoring.provisionsToCall(day).stream().map(ProvisionDay::provision).toList();
    }
}
