package org.rollcall.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.administration.ui.AuthoritiesView;
import org.rollcall.administration.ui.AuthorityEditView;
import org.rollcall.administration.ui.PeopleView;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.MarkSource;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallPurpose;
import org.rollcall.calls.CallStatus;
import org.rollcall.calls.CallSummary;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.AuthoritySummary;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Directory;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionMatch;
import org.rollcall.directory.ProvisionType;
import org.rollcall.directory.Upn;
import org.rollcall.imports.ui.ImportsView;
import org.rollcall.qa.ui.CallsView;
import org.rollcall.schoolfeed.ui.MarksFromSchoolsView;
import org.rollcall.schoolfeed.ui.MyPupilsView;
import org.rollcall.support.Push;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

/**
 * Issue 14's "done when", end to end and only through the screens (browserless): an administrator takes on a new
 * authority from two files (provisions as CSV, children as Excel) and a few screens, with no code; the day is
 * planned; the designated teacher made on People enters their pupils' marks on My pupils and their school is not
 * called; the authority user imports the authority's own marks file and a second school is not called; a third is
 * called, and the mark its call heard differs from the file's, which QA and the authority see. The authority user
 * sees their own authority only, and no administrator's or QA screen. LA 780 and "Onboardham" are this class's alone.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnboardingIntegrationTests extends SpringBrowserlessTest {

    private static final String LA = "780";
    private static final String SCHOOLS = "Onboardham %";
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Later than the test clock's morning: every call is planned and waits, none is offered to an operator. */
    private static final String WINDOW = "15:00-15:30";

    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired PasswordEncoder passwords;
    @Autowired Accounts accounts;
    @Autowired Directory directory;
    @Autowired Attendance attendance;
    @Autowired CallLog calls;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationContext context;
    @Autowired Clock clock;

    @TempDir Path files;

    LocalDate today;

    @BeforeAll
    void anAdministratorOnly() {
        today = LocalDate.now(clock);
        assertThat(LocalTime.now(clock)).as("the test clock's morning, before the call windows")
                .isBefore(LocalTime.of(15, 0));
        // The one account made in code: someone has to sign in first.
        accounts.createUser("onboard-admin", "Admin Onboardham", "onboard-admin-1", Role.ADMIN, null);
    }

    /** Leaves no call of these schools due in the shared context for an operator of a later test. */
    @AfterAll
    void noCallLeftDue() {
        jdbc.sql("""
                        UPDATE call SET status = 'CANCELLED', end_cause = 'test over' WHERE status = 'DUE'
                        AND provision_id IN (SELECT id FROM provision WHERE name LIKE ?)""")
                .param(SCHOOLS).update();
    }

    @Test
    void aNewAuthorityIsTakenOnFromTwoFilesAndAFewScreensAndItsOwnMarksReduceTheCalls() throws Exception {
        SignIn.as(users, contexts, "onboard-admin");

        // 1. Authorities: a new authority.
        navigate(AuthoritiesView.class);
        test(button("New authority")).click();
        assertThat(getCurrentView()).isInstanceOf(AuthorityEditView.class);
        test(field("Name")).setValue("Onboardham Borough");
        test(field("LA number")).setValue(LA);
        test(field("Virtual School contact")).setValue("Virtual School head");
        test(field("Virtual School email")).setValue("vs@onboardham.example.org");
        test(field("Virtual School phone")).setValue("01632 960780");
        test(button("Create authority")).click();
        assertThat($(H2.class).withText("Onboardham Borough (LA 780)").exists()).isTrue();
        navigate(AuthoritiesView.class);
        test(field("Search by name or LA number")).setValue("Onboardham");
        assertThat($(Paragraph.class).withText("1 authority").exists()).isTrue();
        AuthorityId onboardham = directory.authorities().stream().filter(a -> a.laCode().equals(LA))
                .map(AuthoritySummary::id).findFirst().orElseThrow();

        // 2. Imports: the provisions file (CSV), checked, then imported; the same file again changes nothing.
        navigate(ImportsView.class);
        Path provisions = provisionsCsv();
        upload(provisions);
        assertThat(status().getText()).isEqualTo("Checked provisions.csv (CSV, read as UTF-8): no problems. Nothing "
                + "is written until you choose Import.");
        assertThat(summary().getText()).isEqualTo("4 would be created, 0 updated, 0 unchanged.");
        assertThat(directory.searchProvisions("Onboardham", EnumSet.allOf(ProvisionType.class), 10)).isEmpty();
        importChecked("Provisions: 4 created, 0 updated, 0 unchanged.");
        upload(provisions);
        assertThat(summary().getText()).isEqualTo("0 would be created, 0 updated, 4 unchanged.");
        assertThat(button("Import").isEnabled()).isFalse();

        // 3. Imports: the children file (Excel), checked, then imported.
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> kind = $(RadioButtonGroup.class).single();
        test(kind).selectItem("Children with their school placement and contacts");
        upload(childrenXlsx());
        assertThat(status().getText()).isEqualTo("Checked children.xlsx (Excel workbook (XLSX)): no problems. "
                + "Nothing is written until you choose Import.");
        assertThat(summary().getText()).isEqualTo("6 would be created, 0 updated, 0 unchanged.");
        importChecked("Children: 6 created, 0 updated, 0 unchanged.");

        ProvisionId primary = provision("780001");
        ProvisionId academy = provision("780002");
        ProvisionId high = provision("780003");
        ProvisionId nursery = provision("780004");

        // 4. People: the authority's user, and the primary's designated teacher.
        navigate(PeopleView.class);
        person("la-onboardham", "Onboardham Virtual School", Role.AUTHORITY, "onboardham-password-1");
        @SuppressWarnings("unchecked")
        ComboBox<AuthoritySummary> authority = $(ComboBox.class).withCaption("Authority").single();
        authority.setValue(authority.getListDataView().getItems().filter(a -> a.id().equals(onboardham))
                .findFirst().orElseThrow());
        test(button("Save")).click();
        assertThat($(Paragraph.class).withId("people-done").single().getText())
                .isEqualTo("Created Onboardham Virtual School.");
        test(button("New person")).click();
        person("dt-onboardham", "Mrs Primary", Role.DESIGNATED_TEACHER, "onboardham-password-2");
        @SuppressWarnings("unchecked")
        ComboBox<ProvisionMatch> school = $(ComboBox.class).withCaption("Provision").single();
        test(school).setFilter("780001");
        school.setValue(test(school).getSuggestionItems().stream().filter(p -> p.id().equals(primary)).findFirst()
                .orElseThrow());
        test(button("Save")).click();
        assertThat($(Paragraph.class).withId("people-done").single().getText()).isEqualTo("Created Mrs Primary.");
        assertThat(accounts.findUser("la-onboardham").orElseThrow().authorityId()).isEqualTo(onboardham);
        assertThat(accounts.findUser("dt-onboardham").orElseThrow().provisionId()).isEqualTo(primary);
        assertThat(passwords.matches("onboardham-password-2", users.loadUserByUsername("dt-onboardham")
                .getPassword())).as("signs in with the password given on the screen").isTrue();

        // 5. The day is planned: every imported school with children has its call; the nursery, none.
        plan();
        for (ProvisionId p : List.of(primary, academy, high)) {
            assertThat(call(p).status()).as("planned").isEqualTo(CallStatus.DUE);
        }
        assertThat(calls.onDate(today, List.of(nursery))).as("no child there, no call").isEmpty();

        // 6. The designated teacher enters all their pupils' marks on My pupils: the primary is not called.
        SignIn.as(users, contexts, "dt-onboardham");
        MyPupilsView pupils = navigate(MyPupilsView.class);
        assertThat(pupils.getPageTitle()).isEqualTo("My pupils · Onboardham Primary");
        code("Ada Onboard, morning", "/");
        code("Ada Onboard, afternoon", "\\");
        code("Ben Onboard, morning", "I");
        code("Ben Onboard, afternoon", "I");
        test($(TextField.class).withAriaLabel("Reason for an absence, Ben Onboard").single()).setValue("Chickenpox");
        test(button("Save marks (Alt+M)")).click();
        assertThat($(Span.class).withId("my-pupils-status").single().getText())
                .isEqualTo("4 marks saved: 4 new or changed, 0 confirmed as they were.");
        assertThat($(TextField.class).withAriaLabel("Cal Onboard, morning").exists()).as("not their pupil")
                .isFalse();
        await().atMost(Duration.ofSeconds(20)).until(() -> call(primary).coveredBySchool());

        // 7. The authority user imports the authority's own marks file: the academy is covered, the high school not.
        SignIn.as(users, contexts, "la-onboardham");
        navigate(MarksFromSchoolsView.class);
        assertThat($(ComboBox.class).withCaption("Authority").exists()).as("their own authority only").isFalse();
        assertThat($(Paragraph.class).withTextContaining("Onboardham Borough · ").exists()).isTrue();
        Path marks = files.resolve("onboardham-marks.csv");
        Files.writeString(marks, "UPN,date,session,code,reason\n"
                + mark("780000000003", "AM", "/") + mark("780000000003", "PM", "\\")
                + mark("780000000004", "AM", "/") + mark("780000000004", "PM", "\\")
                + mark("780000000005", "AM", "/"), StandardCharsets.UTF_8);
        test($(Upload.class).single()).upload(marks.toFile());
        Span marksStatus = $(Span.class).withId("marks-import-status").single();
        assertThat(marksStatus.getText()).startsWith("onboardham-marks.csv: 5 marks checked, no problems.");
        test(button("Import these marks")).click();
        assertThat(marksStatus.getText()).isEqualTo("onboardham-marks.csv imported: 5 marks new or changed, 0 as "
                + "before, 0 differing from a call's mark (listed below).");
        await().atMost(Duration.ofSeconds(20)).until(() -> call(academy).coveredBySchool());
        plan();
        assertThat(call(academy).coveredBySchool()).isTrue();
        assertThat(call(primary).coveredBySchool()).isTrue();
        assertThat(call(high).status()).as("Fin's marks are not in: still called").isEqualTo(CallStatus.DUE);
        assertThat(calls.onDate(today, List.of(primary, academy)))
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(CallStatus.CANCELLED));

        // 8. The high school's call hears Eli's morning differently: both kept, flagged for QA and the authority.
        ChildId eli = child("780000000005");
        attendance.record(new RecordMark(eli, high, today, Session.AM, "M", "Dentist", call(high).id().value(), 3,
                "op-onboardham"));
        assertThat(attendance.history(eli, today, Session.AM)).extracting(m -> m.source())
                .containsExactly(MarkSource.SCHOOL_FEED, MarkSource.CALL);
        navigate("live", Component.class); // elsewhere first: the router keeps a view navigated to again
        navigate(MarksFromSchoolsView.class);
        assertThat($(H3.class).withTextContaining("Calls whose mark differed").single().getText()).endsWith("(1)");
        @SuppressWarnings("unchecked")
        Grid<Object> mismatches = $(Grid.class).withId("marks-mismatches").single();
        assertThat(test(mismatches).size()).isEqualTo(1);
        assertThat(test(mismatches).getCellText(0, 1)).isEqualTo("Eli Onboard");
        assertThat(test(mismatches).getCellText(0, 4)).isEqualTo("M");

        // QA's Calls screen (an administrator may open it) flags the high school's call.
        SignIn.as(users, contexts, "onboard-admin");
        navigate(CallsView.class);
        test($(TextField.class).withCaption("Search").single()).setValue("Onboardham High");
        @SuppressWarnings("unchecked")
        Grid<Object> qaCalls = $(Grid.class).withId("calls-grid").single();
        assertThat(test(qaCalls).size()).isEqualTo(1);
        assertThat(test(qaCalls).getCellText(0, 1)).isEqualTo("Onboardham High");
        assertThat(test(qaCalls).getCellText(0, 9)).isEqualTo("Differs from school");

        // The authority user has none of the administrator's or QA's screens.
        SignIn.as(users, contexts, "la-onboardham");
        assertThat(navigate("calls", Component.class)).isNotInstanceOf(CallsView.class);
        Component refused = navigate("admin/authorities", Component.class);
        assertThat(refused).isNotInstanceOf(AuthoritiesView.class);
        assertThat(navigate("admin/imports", Component.class)).isNotInstanceOf(ImportsView.class);
    }

    private Path provisionsCsv() throws Exception {
        Path file = files.resolve("provisions.csv");
        try (CSVPrinter csv = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
                CSVFormat.RFC4180)) {
            csv.printRecord("URN or reference", "name", "type", "nation", "LA number", "phone", "contact name",
                    "call windows", "frequency", "contact email", "weekly day", "weekly reason",
                    "designated teacher name", "designated teacher phone", "designated teacher email");
            csv.printRecord("780001", "Onboardham Primary", "Mainstream school", "England", LA, "01632 960781",
                    "Sam Office", WINDOW, "Daily", "office@primary.onboardham.example.org", "", "", "Mrs Primary",
                    "01632 960782", "dt@primary.onboardham.example.org");
            csv.printRecord("780002", "Onboardham Academy", "Mainstream school", "England", LA, "01632 960783",
                    "Jo Office", WINDOW, "Daily", "", "", "", "", "", "");
            csv.printRecord("780003", "Onboardham High", "Mainstream school", "England", LA, "01632 960784",
                    "Lee Office", WINDOW, "Daily", "", "", "", "", "", "");
            csv.printRecord("780004", "Onboardham Nursery", "Mainstream school", "England", LA, "01632 960785",
                    "Kim Office", WINDOW, "Daily", "", "", "", "", "", "");
        }
        return file;
    }

    private Path childrenXlsx() throws Exception {
        String start = today.minusDays(30).format(UK);
        String[][] rows = {
                {"LA number", "local reference", "UPN", "first name", "last name", "date of birth", "year group",
                        "cohort", "in or out of borough", "SEN", "school", "placement start", "carer name",
                        "carer phone", "carer email", "social worker name", "social worker phone",
                        "social worker email"},
                child("ONB-1", "780000000001", "Ada", "780001", start),
                child("ONB-2", "780000000002", "Ben", "780001", start),
                child("ONB-3", "780000000003", "Cal", "780002", start),
                child("ONB-4", "780000000004", "Dee", "780002", start),
                child("ONB-5", "780000000005", "Eli", "780003", start),
                child("ONB-6", "780000000006", "Fin", "780003", start)};
        Path file = files.resolve("children.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = book.createSheet("Children");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
        }
        return file;
    }

    private static String[] child(String reference, String twelve, String name, String urn, String start) {
        return new String[] {LA, reference, Upn.withCheckLetter(twelve), name, "Onboard", "31/01/2015", "6",
                "Looked-after child", "in", "No SEN", urn, start, "Chris Carer", "07700 900780", "", "Sam Worker",
                "01632 960786", ""};
    }

    private String mark(String twelve, String session, String code) {
        return Upn.withCheckLetter(twelve) + "," + today + "," + session + "," + code + ",\n";
    }

    /** Uploads on the Imports screen; its check runs off the request thread and arrives by server push. */
    private void upload(Path file) {
        test($(Upload.class).single()).upload(file.toFile());
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> {
            Push.deliver();
            return status().getText().startsWith("Checked ");
        });
    }

    private void importChecked(String counts) {
        test(button("Import")).click();
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> {
            Push.deliver();
            return status().getText().startsWith("Imported ");
        });
        assertThat(summary().getText()).isEqualTo(counts);
    }

    private void person(String username, String name, Role role, String password) {
        test(field("User name")).setValue(username);
        test(field("Name")).setValue(name);
        @SuppressWarnings("unchecked")
        Select<Role> roles = $(Select.class).withCaption("Role").withCondition(s -> !s.isEmptySelectionAllowed())
                .single();
        roles.setValue(role);
        test($(PasswordField.class).withCaption("Password").single()).setValue(password);
    }

    private void code(String ariaLabel, String code) {
        test($(TextField.class).withAriaLabel(ariaLabel).single()).setValue(code);
    }

    private Span status() {
        return $(Span.class).withId("imports-status").single();
    }

    private Paragraph summary() {
        return $(Paragraph.class).withId("imports-summary").single();
    }

    private TextField field(String caption) {
        return $(TextField.class).withCaption(caption).single();
    }

    private Button button(String text) {
        return $(Button.class).withText(text).single();
    }

    private ProvisionId provision(String urn) {
        return directory.searchProvisions(urn, EnumSet.allOf(ProvisionType.class), 5).stream()
                .filter(p -> p.urn() != null && p.urn().value().equals(urn)).map(ProvisionMatch::id).findFirst()
                .orElseThrow();
    }

    private ChildId child(String twelve) {
        String upn = Upn.withCheckLetter(twelve);
        return directory.searchChildren(upn, 5).entrySet().stream().filter(e -> upn.equals(e.getValue().upn()))
                .map(java.util.Map.Entry::getKey).findFirst().orElseThrow();
    }

    private void plan() {
        org.rollcall.calls.internal.PlanForTests.planToday(context);
    }

    private CallSummary call(ProvisionId provision) {
        return calls.onDate(today, List.of(provision)).stream().filter(c -> c.purpose() == CallPurpose.AFTERNOON)
                .findFirst().orElseThrow();
    }
}
