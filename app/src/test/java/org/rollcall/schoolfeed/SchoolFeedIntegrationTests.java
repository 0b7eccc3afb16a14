package org.rollcall.schoolfeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.rollcall.support.TestTimes.openNow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.Mark;
import org.rollcall.attendance.MarkMismatch;
import org.rollcall.attendance.MarkSource;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.SchoolMarks;
import org.rollcall.attendance.Session;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallPurpose;
import org.rollcall.calls.CallStatus;
import org.rollcall.calls.CallSummary;
import org.rollcall.directory.AuthorityId;
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
import org.rollcall.imports.FileProblem;
import org.rollcall.qa.internal.CallFilter;
import org.rollcall.qa.internal.CallRow;
import org.rollcall.qa.internal.CallSearch;
import org.rollcall.schoolfeed.internal.MarksImported;
import org.rollcall.schoolfeed.internal.MarksImports;
import org.rollcall.schoolfeed.internal.MarksPreview;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Marks from schools' systems against the real database and the real call plan (ADR 0044): a school whose every
 * monitored child's marks are in is not called, one partly covered is; a call's differing mark keeps both and is
 * flagged for QA and the authority; a school's later mark never replaces a call's; a marks file is checked line by
 * line (dry run), imported all or nothing, and the same file twice changes nothing.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchoolFeedIntegrationTests {

    private static final String SCHOOLS = "Feedham %";

    @Autowired DirectoryAdmin directory;
    @Autowired MarksImports imports;
    @Autowired SchoolMarks schoolMarks;
    @Autowired Attendance attendance;
    @Autowired CallLog calls;
    @Autowired CallSearch qa;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired org.springframework.context.ApplicationContext context;

    LocalDate today;
    AuthorityId feedham;
    ProvisionId covered;
    ProvisionId partly;
    ChildId ann;
    ChildId ben;
    ChildId cat;
    ChildId dan;
    ChildId elsewhere;

    @BeforeAll
    void twoSchoolsOfOneAuthorityAndAChildOfAnother() {
        today = LocalDate.now(clock);
        feedham = directory.createAuthority("Feedham Borough", Nation.ENGLAND, "893");
        covered = school("Feedham Primary", "01632 960893");
        partly = school("Feedham High", "01632 960894");
        ann = child(feedham, "Ann", "893000000001", covered);
        ben = child(feedham, "Ben", "893000000002", covered);
        cat = child(feedham, "Cat", "893000000003", partly);
        dan = child(feedham, "Dan", "893000000004", partly);
        AuthorityId other = directory.createAuthority("Feedless Borough", Nation.ENGLAND, "894");
        elsewhere = child(other, "Eve", "894000000001", school("Elsewhere Academy", "01632 960895"));
    }

    /**
     * Leaves no call of these schools due in the shared context: an operator made ready by a later test would be
     * offered it at once.
     */
    @AfterAll
    void noCallLeftDue() {
        // School marks, confirmations and differing call marks all kept statistics' weeks of marks exact.
        org.rollcall.support.MarkWeeksCheck.assertFolded(jdbc, feedham);
        context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class).sql("""
                        UPDATE call SET status = 'CANCELLED', end_cause = 'test over' WHERE status = 'DUE'
                        AND provision_id IN (SELECT id FROM provision WHERE name LIKE ?)""")
                .param(SCHOOLS).update();
    }

    @Test
    void aSchoolFullyCoveredIsNotCalledOnePartlyCoveredIsAndADifferingCallMarkIsFlagged() {
        plan();
        assertThat(call(covered).status()).isEqualTo(CallStatus.DUE);
        MarksImported done = imports.importFile(feedham, "feedham-today.csv", csv(
                row("893000000001", today, "AM", "/", ""), row("893000000001", today, "PM", "\\", ""),
                row("893000000002", today, "AM", "I", "Chickenpox"), row("893000000002", today, "PM", "I", "Chickenpox"),
                row("893000000003", today, "AM", "/", ""), row("893000000003", today, "PM", "\\", "")), "la-feedham");
        assertThat(done.added()).isEqualTo(6);

        // After the marks' commit, the listener re-plans today: every session at Feedham Primary is in.
        await().atMost(Duration.ofSeconds(20)).until(() -> call(covered).status() == CallStatus.CANCELLED);
        assertThat(call(covered).coveredBySchool()).isTrue();
        assertThat(call(covered).endCause()).isEqualTo("not needed: covered by the school's own marks");
        plan(); // planning again keeps it skipped and Feedham High called (Dan's marks are not in)
        assertThat(call(covered).status()).isEqualTo(CallStatus.CANCELLED);
        assertThat(call(partly).status()).isNotEqualTo(CallStatus.CANCELLED);

        // The call to Feedham High: Cat's PM confirmed (one mark, source kept), her AM heard differently.
        var highCall = call(partly).id().value();
        attendance.record(new RecordMark(cat, partly, today, Session.PM, "\\", null, highCall, 5, "op-feed"));
        assertThat(attendance.history(cat, today, Session.PM)).singleElement().satisfies(m -> {
            assertThat(m.source()).isEqualTo(MarkSource.SCHOOL_FEED);
            assertThat(m.confirmedBy()).isEqualTo("op-feed");
        });
        attendance.record(new RecordMark(cat, partly, today, Session.AM, "M", "Dentist", highCall, 9, "op-feed"));
        List<Mark> am = attendance.history(cat, today, Session.AM);
        assertThat(am).extracting(Mark::code).containsExactly("/", "M"); // both kept, the call's stands
        assertThat(am.getLast().source()).isEqualTo(MarkSource.CALL);
        assertThat(schoolMarks.mismatches(feedham, today, today, 0, 10)).singleElement().satisfies(m -> {
            assertThat(m.childId()).isEqualTo(cat);
            assertThat(m.schoolCode()).isEqualTo("/");
            assertThat(m.callCode()).isEqualTo("M");
            assertThat(m.callId()).isEqualTo(highCall);
        });
        CallRow row = qa.page(new CallFilter(today, null, partly, null, null, null, false, false, false, false, null),
                0, 10).getFirst();
        assertThat(row.hasMismatch()).isTrue();
        assertThat(row.flags()).isEqualTo("Differs from school");

        // A school's mark arriving after the call never replaces it: kept beside it, flagged once.
        var later = schoolMarks.record(List.of(new RecordMark(cat, partly, today, Session.AM, "I", "Unwell", null,
                null, "la-feedham")), MarkSource.SCHOOL_FEED, "a later file");
        assertThat(later.differing()).isEqualTo(1);
        assertThat(attendance.history(cat, today, Session.AM).getLast().code()).isEqualTo("M");
        assertThat(schoolMarks.countMismatches(feedham, today, today)).isEqualTo(2);
        schoolMarks.record(List.of(new RecordMark(cat, partly, today, Session.AM, "I", "Unwell", null, null,
                "la-feedham")), MarkSource.SCHOOL_FEED, "the same file again");
        assertThat(schoolMarks.countMismatches(feedham, today, today)).isEqualTo(2);
    }

    @Test
    void marksInBeforeTheDayIsPlannedLeaveTheCallInThePlanCancelledWithTheReason() {
        ProvisionId infants = school("Feedham Infants", "01632 960899");
        ChildId fay = child(feedham, "Fay", "893000000005", infants);
        schoolMarks.record(List.of(new RecordMark(fay, infants, today, Session.AM, "/", null, null, null, "dt"),
                new RecordMark(fay, infants, today, Session.PM, "\\", null, null, null, "dt")),
                MarkSource.DESIGNATED_TEACHER, "dt-feedham");
        plan();
        assertThat(call(infants).coveredBySchool()).as("in the day plan, with why it is not made").isTrue();
        // A child joins the school: the call is needed again, for the new child.
        child(feedham, "Gus", "893000000006", infants);
        plan();
        assertThat(call(infants).status()).isNotEqualTo(CallStatus.CANCELLED); // due (or offered already)
    }

    @Test
    void aDryRunNamesEveryProblemByLineAndColumnAndSavesNothing() {
        byte[] bad = csv(row("893000000004", today, "AM", "/", ""),             // line 2: fine
                row("893999999999", today, "AM", "/", ""),                     // 3: unknown UPN
                row("894000000001", today, "AM", "/", ""),                     // 4: another authority's child
                row("893000000004", today, "PM", "ZZ", ""),                    // 5: not a code
                row("893000000004", today.plusDays(1), "AM", "/", ""),         // 6: in the future
                row("893000000004", today, "XX", "/", ""),                     // 7: no such session
                row("893000000004", today, "AM", "/", ""),                     // 8: line 2 again
                wrongCheckLetter("893000000004") + "," + today + ",PM,/,\n",   // 9: wrong check letter
                "," + today + ",PM,/,\n",                                      // 10: no UPN
                row("893000000004", today.minusDays(1), "PM", "I", ""),        // 11: an absence without a reason
                "12345,31/02/2026,PM,/,\n");                                   // 12: bad UPN and date
        MarksPreview preview = imports.check(feedham, "bad.csv", bad, "la-feedham");
        assertThat(preview.importable()).isFalse();
        assertThat(preview.problems()).extracting(FileProblem::line, FileProblem::column).contains(
                org.assertj.core.groups.Tuple.tuple(3, "UPN"), org.assertj.core.groups.Tuple.tuple(4, "UPN"),
                org.assertj.core.groups.Tuple.tuple(5, "code"), org.assertj.core.groups.Tuple.tuple(6, "date"),
                org.assertj.core.groups.Tuple.tuple(7, "session"), org.assertj.core.groups.Tuple.tuple(8, "UPN"),
                org.assertj.core.groups.Tuple.tuple(9, "UPN"), org.assertj.core.groups.Tuple.tuple(10, "UPN"),
                org.assertj.core.groups.Tuple.tuple(11, "code"), org.assertj.core.groups.Tuple.tuple(12, "UPN"),
                org.assertj.core.groups.Tuple.tuple(12, "date"));
        assertThat(preview.problems()).noneMatch(p -> p.line() == 2);
        assertThat(message(preview, 3)).startsWith("no child with UPN");
        assertThat(message(preview, 4)).isEqualTo("UPN " + Upn.withCheckLetter("894000000001")
                + " is not a child of your authority: only your own children's marks can be imported")
                .doesNotContain("Elsewhere");
        assertThat(message(preview, 5)).contains("'ZZ' is not an attendance code");
        assertThat(message(preview, 6)).contains("is in the future");
        assertThat(message(preview, 7)).isEqualTo("'XX' is not a session: write AM or PM");
        assertThat(message(preview, 8)).isEqualTo("the same child, date and session as line 2: one mark per child "
                + "and session");
        assertThat(message(preview, 9)).contains("wrong check letter");
        assertThat(message(preview, 11)).contains("is an absence");

        assertThatThrownBy(() -> imports.importFile(feedham, "bad.csv", bad, "la-feedham"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nothing was imported");
        assertThat(attendance.history(dan, today, Session.AM)).isEmpty(); // line 2 was not saved either
        assertThat(count("bad.csv")).isZero();
    }

    @Test
    void anXlsxFileImportsAndTheSameFileTwiceChangesNothing() throws IOException {
        LocalDate yesterday = today.minusDays(1);
        byte[] xlsx;
        try (var book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("Marks");
            String[][] cells = {{"UPN", "Date", "Session", "Code", "Reason"},
                    {Upn.withCheckLetter("893000000004"), yesterday.toString(), "AM", "/", ""},
                    {Upn.withCheckLetter("893000000004"), yesterday.toString(), "PM", "M", "Dentist"}};
            for (int r = 0; r < cells.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            book.write(out);
            xlsx = out.toByteArray();
        }
        MarksImported first = imports.importFile(feedham, "dan.xlsx", xlsx, "la-feedham");
        assertThat(first.added()).isEqualTo(2);
        assertThat(first.repeated()).isFalse();
        Mark pm = attendance.history(dan, yesterday, Session.PM).getLast();
        assertThat(pm.code()).isEqualTo("M");
        assertThat(pm.reason()).isEqualTo("Dentist");
        assertThat(pm.source()).isEqualTo(MarkSource.SCHOOL_FEED);

        MarksImported again = imports.importFile(feedham, "dan.xlsx", xlsx, "la-feedham");
        assertThat(again.repeated()).isTrue();
        assertThat(attendance.history(dan, yesterday, Session.PM)).hasSize(1);
        assertThat(count("dan.xlsx")).isEqualTo(1);
        // The same marks in another file: checked again, nothing changes either.
        MarksImported sameMarks = imports.importFile(feedham, "dan.csv", csv(row("893000000004", yesterday, "AM",
                "/", ""), row("893000000004", yesterday, "PM", "M", "Dentist")), "la-feedham");
        assertThat(sameMarks.added()).isZero();
        assertThat(sameMarks.unchanged()).isEqualTo(2);
        assertThat(attendance.history(dan, yesterday, Session.AM)).hasSize(1);
    }

    private String message(MarksPreview preview, int line) {
        return preview.problems().stream().filter(p -> p.line() == line).findFirst().orElseThrow().message();
    }

    private int count(String fileName) {
        return jdbc.sql("SELECT count(*) FROM marks_import WHERE authority_id = ? AND file_name = ?")
                .params(feedham.value(), fileName).query(Integer.class).single();
    }

    private void plan() {
        org.rollcall.calls.internal.PlanForTests.planToday(context);
    }

    private CallSummary call(ProvisionId provision) {
        return calls.onDate(today, List.of(provision)).stream().filter(c -> c.purpose() == CallPurpose.AFTERNOON)
                .findFirst().orElseThrow();
    }

    private ProvisionId school(String name, String phone) {
        return directory.createProvision(new NewProvision(name, null, ProvisionType.MAINSTREAM, Nation.ENGLAND,
                UkPhoneNumber.parse(phone), "Mrs Head", null, Frequency.DAILY, null, openNow(clock)));
    }

    private ChildId child(AuthorityId authority, String name, String twelve, ProvisionId school) {
        ChildId id = directory.createChild(new NewChild(authority, new Upn(Upn.withCheckLetter(twelve)), name,
                "Feeder", today.minusYears(10), 5, Cohort.LAC, true, SenStatus.NONE));
        directory.place(id, school, PlacementKind.ON_ROLL, today.minusDays(20));
        return id;
    }

    static String wrongCheckLetter(String twelve) {
        char right = Upn.withCheckLetter(twelve).charAt(0);
        return (right == 'A' ? "B" : "A") + twelve;
    }

    static String row(String twelve, LocalDate date, String session, String code, String reason) {
        return Upn.withCheckLetter(twelve) + "," + date + "," + session + "," + code + "," + reason + "\n";
    }

    static byte[] csv(String... rows) {
        return ("UPN,date,session,code,reason\n" + String.join("", rows)).getBytes(StandardCharsets.UTF_8);
    }
}
