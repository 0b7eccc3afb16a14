package org.rollcall.schoolfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rollcall.support.TestTimes.openNow;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.attendance.Attendance;
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
import org.rollcall.schoolfeed.internal.MarksImports;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;

/**
 * The two screens of marks from schools, server-side (ADR 0044): a designated teacher sees only their own school's
 * monitored pupils, their marks are checked as an operator's and, once all are in, the school is not called; an
 * authority user imports and sees only their own authority's (a child of another is refused without saying whose,
 * the address can choose nothing), an administrator chooses the authority; each screen is closed to other roles.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchoolFeedScreensIntegrationTests extends SpringBrowserlessTest {

    private static final String SCHOOLS = "Pupilton %";

    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Attendance attendance;
    @Autowired SchoolMarks schoolMarks;
    @Autowired CallLog calls;
    @Autowired ApplicationContext context;
    @Autowired Clock clock;
    @Autowired MarksImports marksImports;

    LocalDate today;
    AuthorityId pupilton;
    ProvisionId primary;
    ProvisionId juniors;
    ChildId amy;
    ChildId bob;
    ChildId cy;

    @BeforeAll
    void twoAuthoritiesTheirUsersAndTwoSchoolsWithTheirTeachers() {
        today = LocalDate.now(clock);
        pupilton = directory.createAuthority("Pupilton Borough", Nation.ENGLAND, "895");
        AuthorityId otherside = directory.createAuthority("Otherside Borough", Nation.ENGLAND, "896");
        primary = school("Pupilton Primary", "01632 960896");
        juniors = school("Pupilton Juniors", "01632 960897");
        amy = child("Amy", "895000000001", primary);
        bob = child("Bob", "895000000002", primary);
        cy = child("Cy", "895000000003", juniors);
        accounts.createUser("la-pupilton", "Pupilton VS head", "pupilton-password-1", Role.AUTHORITY, pupilton);
        accounts.createUser("la-otherside", "Otherside VS head", "otherside-password-1", Role.AUTHORITY, otherside);
        accounts.createUser("admin-pupilton", "Admin Pupil", "pupilton-password-2", Role.ADMIN, null);
        accounts.createDesignatedTeacher("dt-pupilton", "Mrs Primary", "pupilton-password-3", primary);
        accounts.createDesignatedTeacher("dt-juniors", "Mr Juniors", "pupilton-password-4", juniors);
    }

    /**
     * Leaves no call of these schools due in the shared context: an operator made ready by a later test would be
     * offered it at once.
     */
    @AfterAll
    void noCallLeftDue() {
        context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class).sql("""
                        UPDATE call SET status = 'CANCELLED', end_cause = 'test over' WHERE status = 'DUE'
                        AND provision_id IN (SELECT id FROM provision WHERE name LIKE ?)""")
                .param(SCHOOLS).update();
    }

    @Test
    void aDesignatedTeacherSeesOnlyTheirSchoolsPupilsAndTheirMarksStopTheCall() {
        org.rollcall.calls.internal.PlanForTests.planToday(context);
        assertThat(call(primary).status()).isEqualTo(CallStatus.DUE);

        SignIn.as(users, contexts, "dt-pupilton");
        MyPupilsView view = navigate(MyPupilsView.class);
        assertThat(view.getPageTitle()).isEqualTo("My pupils · Pupilton Primary");
        assertThat(view.rows).extracting(r -> r.child().fullName()).containsExactlyInAnyOrder("Amy Pupil",
                "Bob Pupil"); // not Cy, monitored at the other school
        MyPupilsView.Row amyRow = row(view, "Amy Pupil");
        MyPupilsView.Row bobRow = row(view, "Bob Pupil");
        test(amyRow.codes().get(Session.AM)).setValue("/");
        test(amyRow.codes().get(Session.PM)).setValue("\\");
        test(bobRow.codes().get(Session.AM)).setValue("I");
        test(bobRow.codes().get(Session.PM)).setValue("I");
        test(view.save).click();
        assertThat(view.status.getText()).startsWith("Nothing saved: ").contains("is an absence");
        assertThat(bobRow.codes().get(Session.AM).isInvalid()).isTrue();
        assertThat(attendance.history(amy, today, Session.AM)).isEmpty(); // all or nothing

        test(bobRow.reason()).setValue("Chickenpox");
        test(view.save).click();
        assertThat(view.status.getText()).isEqualTo("4 marks saved: 4 new or changed, 0 confirmed as they were.");
        assertThat(attendance.history(bob, today, Session.PM).getLast().source())
                .isEqualTo(MarkSource.DESIGNATED_TEACHER);
        assertThat(bobRow.state().getText()).contains("PM I entered by a designated teacher");
        await().atMost(Duration.ofSeconds(20)).until(() -> call(primary).coveredBySchool());

        // The other school's teacher: their own pupil only, whatever Pupilton Primary entered.
        SignIn.as(users, contexts, "la-pupilton");
        assertThat(refused("my-pupils")).contains("is not open to your role"); // nor to staff
        SignIn.as(users, contexts, "dt-juniors");
        assertThat(refused("marks-from-schools")).contains("is not open to your role");
        MyPupilsView theirs = withQuery("my-pupils", "provision", primary.value().toString(), MyPupilsView.class);
        assertThat(theirs.rows).extracting(r -> r.child().fullName()).containsExactly("Cy Pupil");
    }

    @Test
    void anAuthorityUserImportsOnlyTheirOwnAndSeesOnlyTheirOwnDifferences() {
        // Cy's school sent / for the morning; the call heard M: a difference Pupilton sees and Otherside does not.
        schoolMarks.record(List.of(new RecordMark(cy, juniors, today, Session.AM, "/", null, null, null, "feed")),
                MarkSource.SCHOOL_FEED, "a file");
        attendance.record(new RecordMark(cy, juniors, today, Session.AM, "M", "Dentist", UUID.randomUUID(), 3,
                "op-pupil"));

        SignIn.as(users, contexts, "la-otherside");
        MarksFromSchoolsView view = withQuery("marks-from-schools", "authority", pupilton.value().toString(),
                MarksFromSchoolsView.class);
        assertThat(view.authorityChoice.isAttached()).isFalse(); // their own authority, from their account
        assertThat(view.mismatchHeading.getText()).endsWith("(0)");
        view.received("pupilton.csv", csv(Upn.withCheckLetter("895000000001") + "," + today + ",AM,/,"));
        assertThat(view.importButton.isEnabled()).isFalse();
        List<FileProblem> problems = problems(view);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("UPN");
            assertThat(p.message()).contains("is not a child of your authority").doesNotContain("Pupilton");
        });
        assertThat(view.status.getText()).isEqualTo("pupilton.csv: 1 problem found; nothing is saved. Correct "
                + "the file and upload it again.");

        SignIn.as(users, contexts, "la-pupilton");
        navigate("live", Component.class);
        MarksFromSchoolsView own = navigate(MarksFromSchoolsView.class);
        assertThat(own.mismatchHeading.getText()).endsWith("(1)");
        own.received("cy-pm.csv", csv(Upn.withCheckLetter("895000000003") + "," + today + ",PM,\\,"));
        assertThat(own.status.getText()).startsWith("cy-pm.csv: 1 mark checked, no problems.");
        assertThat(own.importButton.isEnabled()).isTrue();
        assertThat(attendance.history(cy, today, Session.PM)).isEmpty(); // a dry run until the button
        test(own.importButton).click();
        assertThat(own.status.getText()).isEqualTo("cy-pm.csv imported: 1 marks new or changed, 0 as before, 0 "
                + "differing from a call's mark (listed below).");
        assertThat(attendance.history(cy, today, Session.PM).getLast().source()).isEqualTo(MarkSource.SCHOOL_FEED);
        own.received("cy-pm.csv", csv(Upn.withCheckLetter("895000000003") + "," + today + ",PM,\\,"));
        test(own.importButton).click();
        assertThat(own.status.getText()).startsWith("cy-pm.csv was already imported on ").endsWith(
                "by la-pupilton: nothing changed.");

        SignIn.as(users, contexts, "admin-pupilton");
        navigate("live", Component.class);
        MarksFromSchoolsView admin = navigate(MarksFromSchoolsView.class);
        assertThat(admin.importButton.isEnabled()).isFalse();
        admin.authorityChoice.setValue(admin.authorityChoice.getListDataView().getItems()
                .filter(a -> a.id().equals(pupilton)).findFirst().orElseThrow());
        assertThat(admin.mismatchHeading.getText()).endsWith("(1)");
        SignIn.as(users, contexts, "dt-pupilton");
        assertThat(refused("marks-from-schools")).contains("is not open to your role");
    }

    @Test
    void theMarksTemplatesHaveTheReadersHeadingsAndFilledInDryRunClean() throws Exception {
        SignIn.as(users, contexts, "la-pupilton");
        navigate("live", Component.class);
        MarksFromSchoolsView view = navigate(MarksFromSchoolsView.class);
        // Pinned in words as well as taken from the reader: renaming a column breaks authorities' files and the
        // README's steps, so it must fail here first.
        List<String> headings = List.of("UPN", "date", "session", "code", "reason");
        assertThat(marksImports.columns().all()).isEqualTo(headings);
        String cyUpn = Upn.withCheckLetter("895000000003");
        LocalDate yesterday = today.minusDays(1);

        byte[] csv = download("marks-template-csv");
        List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.getFirst()).isEqualTo(String.join(",", headings));
        assertThat(lines.get(1)).isEqualTo(MarksImports.EXAMPLE_UPN + "," + today + ",AM,/,");
        view.received("marks-template.csv", csv);
        assertThat(problems(view)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("UPN");
            assertThat(p.message()).startsWith("no child with UPN"); // the example is made up: fill it in
        });
        // Filled in as an authority would: their child's UPN and a school day, the example's session and code.
        byte[] filled = (lines.getFirst() + "\n" + cyUpn + "," + yesterday + ",AM,/,\n")
                .getBytes(StandardCharsets.UTF_8);
        view.received("filled.csv", filled);
        assertThat(problems(view)).isEmpty();
        assertThat(view.status.getText()).startsWith("filled.csv: 1 mark checked, no problems.");

        byte[] xlsx = download("marks-template-xlsx");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx));
             var out = new java.io.ByteArrayOutputStream()) {
            var sheet = book.getSheetAt(0);
            List<String> header = new java.util.ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).isEqualTo(headings);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(MarksImports.EXAMPLE_UPN);
            sheet.getRow(1).getCell(0).setCellValue(cyUpn);
            sheet.getRow(1).getCell(1).setCellValue(yesterday.toString());
            book.write(out);
            view.received("filled.xlsx", out.toByteArray());
        }
        assertThat(problems(view)).isEmpty();
        assertThat(view.status.getText()).startsWith("filled.xlsx: 1 mark checked, no problems.");
        assertThat(attendance.history(cy, yesterday, Session.AM)).as("a dry run saves nothing").isEmpty();
    }

    private byte[] download(String id) throws java.io.IOException {
        var out = new java.io.ByteArrayOutputStream();
        test($(com.vaadin.flow.component.html.Anchor.class).withId(id).single()).download(out);
        return out.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private List<FileProblem> problems(MarksFromSchoolsView view) {
        return view.problems.getListDataView().getItems().toList();
    }

    /** Opens the route as if its address were typed with a query parameter (the screens take none). */
    private <T extends Component> T withQuery(String route, String name, String value, Class<T> view) {
        navigate("live", Component.class); // elsewhere first: the router keeps a view navigated to again
        com.vaadin.flow.component.UI.getCurrent().navigate(route,
                com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of(name, value)));
        return $(view).single();
    }

    private String refused(String route) {
        Component page = navigate(route, Component.class);
        assertThat(page).isNotInstanceOf(MyPupilsView.class).isNotInstanceOf(MarksFromSchoolsView.class);
        return page.getElement().getTextRecursively();
    }

    private static MyPupilsView.Row row(MyPupilsView view, String name) {
        return view.rows.stream().filter(r -> r.child().fullName().equals(name)).findFirst().orElseThrow();
    }

    private CallSummary call(ProvisionId provision) {
        return calls.onDate(today, List.of(provision)).stream().filter(c -> c.purpose() == CallPurpose.AFTERNOON)
                .findFirst().orElseThrow();
    }

    private ProvisionId school(String name, String phone) {
        return directory.createProvision(new NewProvision(name, null, ProvisionType.MAINSTREAM, Nation.ENGLAND,
                UkPhoneNumber.parse(phone), "Mrs Head", null, Frequency.DAILY, null, openNow(clock)));
    }

    private ChildId child(String name, String twelve, ProvisionId school) {
        ChildId id = directory.createChild(new NewChild(pupilton, new Upn(Upn.withCheckLetter(twelve)), name, "Pupil",
                today.minusYears(10), 5, Cohort.LAC, true, SenStatus.NONE));
        directory.place(id, school, PlacementKind.ON_ROLL, today.minusDays(20));
        return id;
    }

    private static byte[] csv(String... rows) {
        return ("UPN,date,session,code,reason\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
