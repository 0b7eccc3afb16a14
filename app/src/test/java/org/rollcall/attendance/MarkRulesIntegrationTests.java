package org.rollcall.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
import org.rollcall.support.MarkWeeksCheck;
import org.rollcall.support.RollcallIntegrationTest;
import static org.rollcall.support.TestTimes.openNow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** The rules a mark must pass, on the real database; a refused batch saves nothing. */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = {"rollcall.demo.robot-operators=1"})
class MarkRulesIntegrationTests {

    @Autowired DirectoryAdmin directory;
    @Autowired Attendance attendance;
    @Autowired Clock clock;
    @Autowired AttendanceReports reports;
    @Autowired JdbcClient jdbc;

    private ProvisionId english;
    private ProvisionId welsh;
    private ChildId englishChild;
    private ChildId secondEnglishChild;
    private ChildId welshChild;
    private AuthorityId authority;
    private LocalDate today;

    @BeforeAll
    void twoSchoolsNotDueToday() {
        today = LocalDate.now(clock);
        authority = directory.createAuthority("Rules Borough", Nation.ENGLAND, "899");
        AuthorityId wales = directory.createAuthority("Cyngor Rheolau", Nation.WALES, "698");
        english = school("Rules Primary", Nation.ENGLAND);
        welsh = school("Ysgol Rheolau", Nation.WALES);
        englishChild = child(authority, english, "Iris");
        secondEnglishChild = child(authority, english, "Jonah");
        welshChild = child(wales, welsh, "Gwen");
    }

    @Test
    void recordsAValidMarkAndKeepsCorrectionsAsHistory() {
        Mark first = attendance.record(mark(englishChild, english, Session.AM, "N", "No reason yet"));
        Mark corrected = attendance.record(mark(englishChild, english, Session.AM, "I", "Illness, carer rang"));
        assertThat(corrected.id()).isNotEqualTo(first.id());
        assertThat(attendance.currentMarks(authority, today)).extracting(Mark::code).contains("I")
                .doesNotContain("N");
        assertThat(attendance.history(englishChild, today, Session.AM))
                .extracting(Mark::code, Mark::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("N", "No reason yet"),
                        org.assertj.core.groups.Tuple.tuple("I", "Illness, carer rang"));
        // Saying the same thing twice is not a correction.
        attendance.record(mark(englishChild, english, Session.AM, "I", "Illness, carer rang"));
        assertThat(attendance.history(englishChild, today, Session.AM)).hasSize(2);

        // Statistics read the marks folded by week: the correction replaced N, and only today is in today's range.
        attendance.record(mark(englishChild, english, Session.PM, "I", "Illness, carer rang"));
        assertThat(reports.weekMarks(englishChild, today, today)).singleElement().satisfies(week -> {
            assertThat(week.code()).isEqualTo("I");
            assertThat(week.has(today, Session.AM)).isTrue();
            assertThat(week.has(today, Session.PM)).isTrue();
            assertThat(week.sessions()).isEqualTo(WeekMarks.bit(today, Session.AM) | WeekMarks.bit(today, Session.PM));
        });
        assertThat(reports.weekMarks(englishChild, today.plusDays(1), today.plusDays(7))).isEmpty();
        MarkWeeksCheck.assertFolded(jdbc, authority);
    }

    @Test
    void aPresentMarkKeepsNoReasonAndTheMessageNamesAChildNotExpected() {
        Mark present = attendance.record(mark(secondEnglishChild, english, Session.AM, "/", "typed for the PM"));
        assertThat(present.reason()).isNull();
        assertThatThrownBy(() -> attendance.record(mark(welshChild, english, Session.PM, "\\", null)))
                .hasMessageStartingWith("Gwen Rules is not expected at Rules Primary");
    }

    @Test
    void refusesAnUnknownCodeListingTheValidOnes() {
        assertThatThrownBy(() -> attendance.record(mark(englishChild, english, Session.AM, "A", "x")))
                .isInstanceOf(MarkRejectedException.class)
                .hasMessageContaining("'A' is not an attendance code in ENGLAND-2024")
                .hasMessageContaining("enter one of");
    }

    @Test
    void refusesACodeFromTheOtherNationsSet() {
        assertThatThrownBy(() -> attendance.record(mark(englishChild, english, Session.PM, "H", "holiday")))
                .isInstanceOf(MarkRejectedException.class)
                .hasMessageContaining("code 'H' is one of the Welsh codes, not the England codes that apply at this "
                        + "provision: enter one of");
        assertThatThrownBy(() -> attendance.record(mark(welshChild, welsh, Session.AM, "K", null)))
                .isInstanceOf(MarkRejectedException.class)
                .hasMessageContaining("code 'K' is one of the England codes, not the Welsh codes");
    }

    @Test
    void refusesAChildNotExpectedAtTheProvision() {
        assertThatThrownBy(() -> attendance.record(mark(welshChild, english, Session.AM, "/", null)))
                .isInstanceOf(MarkRejectedException.class)
                .hasMessageContaining("is not expected at Rules Primary");
    }

    @Test
    void refusesAnAbsenceWithoutAReasonAndASessionOnlyCodeInTheWrongSession() {
        assertThatThrownBy(() -> attendance.record(mark(englishChild, english, Session.PM, "O", " ")))
                .hasMessageContaining("is an absence").hasMessageContaining("enter it");
        assertThatThrownBy(() -> attendance.record(mark(englishChild, english, Session.PM, "/", null)))
                .hasMessageContaining("for the AM session only");
    }

    @Test
    void aBatchWithOneBadMarkSavesNothing() {
        int before = attendance.currentMarks(authority, today).size();
        assertThatThrownBy(() -> attendance.recordAll(List.of(
                mark(secondEnglishChild, english, Session.AM, "/", null),
                mark(secondEnglishChild, english, Session.PM, "ZZ", null))))
                .isInstanceOf(MarkRejectedException.class)
                .hasMessageStartingWith("Jonah Rules, PM: 'ZZ' is not an attendance code")
                .satisfies(e -> assertThat(((MarkRejectedException) e).mark()).hasValueSatisfying(m ->
                        assertThat(m.session()).isEqualTo(Session.PM)));
        assertThat(attendance.currentMarks(authority, today)).hasSize(before);
    }

    @Test
    void aBatchSeesItsOwnMarksAndReplacesEarlierOnes() {
        ChildId kit = child(authority, english, "Kit");
        attendance.record(mark(kit, english, Session.PM, "I", "Illness"));
        // New marks wait to be inserted together (ADR 0054): the batch must still see them, and replace in order.
        attendance.recordAll(List.of(
                mark(kit, english, Session.AM, "N", "No reason yet"),
                mark(kit, english, Session.PM, "M", "Dentist at two"),
                mark(kit, english, Session.AM, "L", null)));
        assertThat(attendance.history(kit, today, Session.AM)).extracting(Mark::code).containsExactly("N", "L");
        assertThat(attendance.history(kit, today, Session.PM)).extracting(Mark::code).containsExactly("I", "M");
        assertThat(attendance.currentMarks(authority, today)).filteredOn(m -> m.childId().equals(kit))
                .extracting(Mark::session, Mark::code).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Session.AM, "L"),
                        org.assertj.core.groups.Tuple.tuple(Session.PM, "M"));
        MarkWeeksCheck.assertFolded(jdbc, authority);
    }

    private RecordMark mark(ChildId child, ProvisionId provision, Session session, String code, String reason) {
        return new RecordMark(child, provision, today, session, code, reason, null, null, "tester");
    }

    private ProvisionId school(String name, Nation nation) {
        // Called weekly on another weekday, so no call for it comes due during the test.
        int otherDay = today.getDayOfWeek().getValue() % 5 + 1;
        return directory.createProvision(new NewProvision(name, null, ProvisionType.MAINSTREAM, nation,
                UkPhoneNumber.parse("01632 960999"), "Mr Rules", null, Frequency.WEEKLY, otherDay,
                List.of(new CallWindow(null, LocalTime.of(9, 0), LocalTime.of(9, 30))), null,
                "not called on the test's day"));
    }

    private ChildId child(AuthorityId authority, ProvisionId provision, String name) {
        ChildId id = directory.createChild(new NewChild(authority, null, name, "Rules", today.minusYears(8), 3,
                Cohort.LAC, true, SenStatus.NONE));
        directory.place(id, provision, PlacementKind.ON_ROLL, today.minusDays(10));
        return id;
    }
}
