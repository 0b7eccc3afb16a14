package org.rollcall.changes.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.rollcall.support.TestTimes.openNow;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.ApiTokens;
import org.rollcall.accounts.Role;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.Session;
import org.rollcall.changes.ChangeKind;
import org.rollcall.changes.ChangeRecord;
import org.rollcall.changes.Changes;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ChildRecord;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.ContactRole;
import org.rollcall.directory.ContactsToUpdate;
import org.rollcall.directory.DetailsHeard;
import org.rollcall.directory.Directory;
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
import org.rollcall.extranet.ui.ExtranetView;
import org.rollcall.platform.web.PageRequest;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.rollcall.workspace.ui.WorkspaceView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A school call on the operator's screen: every kind of change heard is saved on the spot with who, when and which
 * call, audited with before and after, and really changes the directory; each bad value is refused beside its field
 * while the other fields and the marks typed so far stay. Then the authority sees the changes the same day (the
 * "Changes heard" list, the child's record, API v1), and another authority sees none of them.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChangeHeardIntegrationTests extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired DirectoryAdmin admin;
    @Autowired Directory directory;
    @Autowired DetailsHeard details;
    @Autowired ContactsToUpdate contactsToUpdate;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Accounts accounts;
    @Autowired Attendance attendance;
    @Autowired Changes changes;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @LocalServerPort int port;

    private LocalDate today;
    private AuthorityId authority;
    private AuthorityId elsewhere;
    private ProvisionId school;
    private ChildId robin;
    private ChildId sam;
    private ChildId other;
    private String robinsUpn;

    @BeforeAll
    void aSchoolCallWithTwoChildrenAndAnotherAuthority() {
        today = LocalDate.now(clock);
        accounts.createUser("op-chg", "Operator Changes", "operator-password-9", Role.OPERATOR, null);
        authority = admin.createAuthority("Changeling Borough", Nation.ENGLAND, "934");
        elsewhere = admin.createAuthority("Elsewhere Borough", Nation.ENGLAND, "935");
        accounts.createUser("la-chg", "Changeling VS head", "authority-password-9", Role.AUTHORITY, authority);
        accounts.createUser("la-else", "Elsewhere VS head", "authority-password-8", Role.AUTHORITY, elsewhere);
        school = admin.createProvision(new NewProvision("Changeling Primary", null, ProvisionType.MAINSTREAM,
                Nation.ENGLAND, UkPhoneNumber.parse("01632 960934"), "Mrs Change", null, Frequency.DAILY, null,
                openNow(clock)));
        robinsUpn = Upn.withCheckLetter("934200001001");
        robin = admin.createChild(new NewChild(authority, new Upn(robinsUpn), "Robin", "Example",
                today.minusYears(9), 4, Cohort.LAC, true, SenStatus.NONE));
        sam = admin.createChild(new NewChild(authority, null, "Sam", "Unnumbered", today.minusYears(8), 3,
                Cohort.LAC, true, SenStatus.SEN_SUPPORT));
        admin.place(robin, school, PlacementKind.ON_ROLL, today.minusDays(60));
        admin.place(sam, school, PlacementKind.ON_ROLL, today.minusDays(60));
        admin.addContact(robin, ContactRole.CARER, "Jo Carer", UkPhoneNumber.parse("07700 900111"), null);
        admin.addContact(robin, ContactRole.SOCIAL_WORKER, "Alex Worker", UkPhoneNumber.parse("07700 900222"),
                "alex.worker@changeling.example.org");
        admin.addDesignatedTeacher(school, "Pat Teacher", null, "pat.teacher@changeling.example.org");
        // Found wrong by an earlier carer call: the card asks the school for the new number.
        var flagged = carer(robin).id();
        new TransactionTemplate(transactions).executeWithoutResult(t -> contactsToUpdate.flag(flagged,
                "+447700900111", "Wrong number: the carer call reached someone else", "op-earlier"));
        // Another authority's child elsewhere: its changes are not Changeling's to see, nor Changeling's its.
        ProvisionId away = admin.createProvision(new NewProvision("Elsewhere High", null, ProvisionType.MAINSTREAM,
                Nation.ENGLAND, UkPhoneNumber.parse("01632 960935"), "Mr Else", null, Frequency.WEEKLY,
                today.getDayOfWeek().getValue() % 5 + 1, openNow(clock), null, "not called on the test's day"));
        other = admin.createChild(new NewChild(elsewhere, null, "Kit", "Elsewhere", today.minusYears(12), 7,
                Cohort.LAC, true, SenStatus.NONE));
        admin.place(other, away, PlacementKind.ON_ROLL, today.minusDays(60));
    }

    @Test
    @Order(1)
    void everyKindOfChangeIsSavedAuditedAndAppliedAndEachBadFieldIsRefusedBesideItself() {
        SignIn.as(users, contexts, "op-chg");
        navigate(WorkspaceView.class);
        test($(Button.class).withText("Ready (Alt+R)").single()).click();
        awaitScreen(() -> !$(ChangeHeardPanel.class).all().isEmpty());
        test($(Button.class).withText("Start call (Alt+S)").single()).click();
        ChangeHeardPanel panel = $(ChangeHeardPanel.class).single();
        assertThat(panel.about).as("the form is built only when asked for").isNull();
        test($(Button.class).withId("change-heard-open").single()).click();
        assertThat(panel.save.getText()).isEqualTo("Save change (Alt+G)");
        assertThat($(Button.class).withId("change-heard-open").all()).isEmpty();
        assertThat($(Div.class).withId("outstanding").single().getElement().getTextRecursively())
                .contains("Contact to confirm: Carer of Robin Example (Jo Carer), found wrong on ",
                        "Wrong number: the carer call reached someone else", "save them under Change heard");
        assertThat(panel.about.getListDataView().getItems().map(ChangeHeardPanel.About::label).toList())
                .containsExactly("Robin Example \u00b7 Year 4", "Sam Unnumbered \u00b7 Year 3",
                        "The school (designated teacher)");
        // A mark typed before any change: it must survive every save and refusal below.
        TextField robinAm = $(TextField.class).all().stream().filter(f -> f.getAriaLabel()
                .filter(a -> a.startsWith("Robin Example, ") && a.contains("morning")).isPresent()).findFirst()
                .orElseGet(() -> $(TextField.class).all().stream().filter(f -> f.getAriaLabel()
                        .filter(a -> a.startsWith("Robin Example, ")).isPresent()).findFirst().orElseThrow());
        test(robinAm).setValue("/");

        // Carer: a bad phone and a bad email are each refused beside their field; the name typed stays.
        choose(panel, "Robin Example", ChangeKind.CARER);
        assertThat(panel.name.getValue()).isEqualTo("Jo Carer"); // what is on record, to correct
        test(panel.name).setValue("Jo Carer-Smith");
        test(panel.phone).setValue("0909 123456");
        test(panel.email).setValue("jo at example");
        test(panel.save).click();
        assertThat(panel.phone.isInvalid()).isTrue();
        assertThat(panel.phone.getErrorMessage()).contains("not a valid UK telephone number", "01632 960123");
        assertThat(panel.email.isInvalid()).isTrue();
        assertThat(panel.email.getErrorMessage()).contains("not an email address", "name@example.org");
        assertThat(panel.name.isInvalid()).isFalse();
        assertThat(panel.name.getValue()).isEqualTo("Jo Carer-Smith");
        assertThat(panel.status.getText()).startsWith("Not saved: 2 fields need correcting");
        assertThat(carer(robin).phone()).isEqualTo("+447700900111"); // nothing half-saved
        assertThat(robinAm.getValue()).isEqualTo("/");
        test(panel.phone).setValue("07700 900999");
        test(panel.email).setValue("jo.smith@changeling.example.org");
        test(panel.save).click();
        assertThat(panel.phone.isInvalid()).isFalse();
        assertThat(panel.status.getText()).matches("Saved \\d\\d:\\d\\d: Robin Example, carer now Jo Carer-Smith "
                + "\u00b7 07700 900999 \u00b7 jo.smith@changeling.example.org");
        assertThat(carer(robin)).extracting(ChildRecord.Contact::name, ChildRecord.Contact::phone,
                ChildRecord.Contact::email).containsExactly("Jo Carer-Smith", "+447700900999",
                "jo.smith@changeling.example.org");
        assertThat(lastAudit("child", robin.toString())).contains("Carer details on call ",
                "before Jo Carer \u00b7 07700 900111", "after Jo Carer-Smith \u00b7 07700 900999");
        assertThat(contactsToUpdate.openFor(List.of(robin))).as("put right by what the school said").isEmpty();

        // Social worker.
        choose(panel, "Robin Example", ChangeKind.SOCIAL_WORKER);
        assertThat(panel.name.getValue()).isEqualTo("Alex Worker");
        test(panel.name).setValue("Sasha Newworker");
        test(panel.phone).setValue("+44 (0)1632 960777");
        test(panel.save).click();
        assertThat(panel.status.getText()).contains("social worker now Sasha Newworker \u00b7 01632 960777");
        assertThat(directory.childRecord(robin).orElseThrow().contacts()).filteredOn(c -> c.role()
                == ContactRole.SOCIAL_WORKER).extracting(ChildRecord.Contact::name, ChildRecord.Contact::phone)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Sasha Newworker", "+441632960777"));

        // Designated teacher, for the school.
        choose(panel, "The school", ChangeKind.DESIGNATED_TEACHER);
        assertThat(panel.name.getValue()).isEqualTo("Pat Teacher");
        test(panel.name).setValue("Morgan Lead");
        test(panel.email).setValue("morgan.lead@changeling.example.org");
        test(panel.phone).setValue("01632 960555");
        test(panel.save).click();
        assertThat(details.designatedTeacher(school).orElseThrow()).extracting(ChildRecord.Contact::name,
                ChildRecord.Contact::phone).containsExactly("Morgan Lead", "+441632960555");
        assertThat(lastAudit("provision", school.toString())).contains("before Pat Teacher",
                "after Morgan Lead \u00b7 01632 960555 \u00b7 morgan.lead@changeling.example.org");

        // SEN status and EHCP.
        choose(panel, "Robin Example", ChangeKind.SEN);
        assertThat(panel.sen.getValue()).isEqualTo(SenStatus.NONE);
        test(panel.sen).selectItem("EHC plan");
        test(panel.save).click();
        assertThat(directory.childRecord(robin).orElseThrow().senStatus()).isEqualTo(SenStatus.EHCP);
        assertThat(lastAudit("child", robin.toString())).contains("before No SEN; after EHC plan");

        // A missing UPN: wrong check letter, another LA's number, one already held; then confirmed.
        choose(panel, "Sam Unnumbered", ChangeKind.UPN);
        String good = Upn.withCheckLetter("934200001002");
        String wrongLetter = (good.charAt(0) == 'A' ? 'B' : 'A') + good.substring(1);
        test(panel.upn).setValue(wrongLetter);
        test(panel.save).click();
        assertThat(panel.upn.isInvalid()).isTrue();
        assertThat(panel.upn.getErrorMessage()).contains("wrong check letter", "must be '" + good.charAt(0) + "'");
        String otherLa = Upn.withCheckLetter("202200001002");
        test(panel.upn).setValue(otherLa);
        test(panel.save).click();
        assertThat(panel.upn.getErrorMessage()).contains("LA number 202", "Changeling Borough's is 934",
                "confirmed with the school");
        test(panel.upn).setValue(robinsUpn);
        test(panel.save).click();
        assertThat(panel.upn.getErrorMessage()).contains("already belongs to another child");
        assertThat(directory.childRecord(sam).orElseThrow().upn()).isNull();
        test(panel.upn).setValue(otherLa);
        test(panel.otherAuthority).click();
        test(panel.save).click();
        assertThat(panel.upn.isInvalid()).isFalse();
        assertThat(directory.childRecord(sam).orElseThrow().upn().value()).isEqualTo(otherLa);
        assertThat(panel.status.getText()).contains("Sam Unnumbered, UPN " + otherLa + " (LA number 202");

        // Not on roll: a future day is refused; today is the last day on roll, acted on by enrolment (ADR 0030).
        choose(panel, "Sam Unnumbered", ChangeKind.NOT_ON_ROLL);
        assertThat(panel.followUp.getText()).contains("no longer called about", "the authority is emailed");
        test(panel.date).setValue(today.plusDays(1));
        test(panel.save).click();
        assertThat(panel.date.isInvalid()).isTrue();
        assertThat(panel.date.getErrorMessage()).contains("is in the future");
        test(panel.date).setValue(today);
        test(panel.save).click();
        assertThat(panel.status.getText()).contains("not on roll at Changeling Primary, last day on roll");

        // Moved school (acted on by the moves module, ADR 0029): more than a term ahead is refused beside the date,
        // the new school's name kept.
        choose(panel, "Robin Example", ChangeKind.MOVED_SCHOOL);
        assertThat(panel.followUp.getText()).contains("introduction letter", "backdates the marks");
        test(panel.moveTo.notListed).click();
        test(panel.moveTo.name).setValue("Ridge Academy");
        test(panel.moveTo.phone).setValue("01632 960936");
        test(panel.moveTo.contact).setValue("Mr Ridge");
        test(panel.date).setValue(today.plusMonths(5));
        test(panel.save).click();
        assertThat(panel.date.getErrorMessage()).contains("more than a term ahead");
        assertThat(panel.moveTo.name.getValue()).isEqualTo("Ridge Academy");
        assertThat(panel.moveTo.name.isInvalid()).isFalse();
        test(panel.date).setValue(today.plusDays(14));
        test(panel.save).click();
        assertThat(panel.status.getText()).contains("moved to Ridge Academy, starting");

        assertThat(panel.savedChanges()).extracting(ChangeRecord::kind).containsExactly(ChangeKind.CARER,
                ChangeKind.SOCIAL_WORKER, ChangeKind.DESIGNATED_TEACHER, ChangeKind.SEN, ChangeKind.UPN,
                ChangeKind.NOT_ON_ROLL, ChangeKind.MOVED_SCHOOL);
        assertThat(panel.saved.getChildren().count()).isEqualTo(7);
        assertThat(panel.savedChanges()).allSatisfy(c -> {
            assertThat(c.madeBy()).isEqualTo("op-chg");
            assertThat(c.callId()).isNotNull();
        });

        // The mark typed before all of this is still there and saves.
        assertThat(robinAm.getValue()).isEqualTo("/");
        test($(Button.class).withText("Save marks (Alt+M)").single()).click();
        assertThat(attendance.currentMarks(authority, today)).extracting(m -> m.childId())
                .contains(robin);
        // Done: hang up, wrap up and go offline, so this operator takes no other test's call.
        test($(Button.class).withText("Hang up (Alt+H)").single()).click();
        awaitScreen(() -> !$(Button.class).withText("Finish wrap-up (Alt+W)").all().isEmpty());
        test($(Button.class).withText("Finish wrap-up (Alt+W)").single()).click();
        test($(Button.class).withText("Go offline (Alt+R)").single()).click();
    }

    @Test
    @Order(2)
    void theAuthoritySeesTheChangesTheSameDayAndAnotherAuthorityDoesNot() throws Exception {
        SignIn.as(users, contexts, "la-chg");
        ChangesTodayView list = navigate(ChangesTodayView.class);
        assertThat(list.day.getValue()).isEqualTo(today);
        List<ChangeRecord> shown = list.grid.getGenericDataView().getItems().toList();
        assertThat(shown).extracting(ChangeRecord::kind).containsExactly(ChangeKind.CARER, ChangeKind.SOCIAL_WORKER,
                ChangeKind.DESIGNATED_TEACHER, ChangeKind.SEN, ChangeKind.UPN, ChangeKind.NOT_ON_ROLL,
                ChangeKind.MOVED_SCHOOL);
        assertThat(list.summary.getText()).startsWith("7 changes heard on ");
        test(list.day).setValue(today.minusDays(1));
        assertThat(list.grid.getGenericDataView().getItems().count()).isZero();

        // The child's record in the extranet lists the child's changes with when and who.
        ExtranetView extranet = navigate(ExtranetView.class);
        @SuppressWarnings("unchecked")
        Grid<org.rollcall.extranet.AttendanceRow> grid = $(Grid.class).withId("attendance-grid").single();
        int row = grid.getGenericDataView().getItems().map(r -> r.childId()).toList().indexOf(robin.toString());
        test(grid).clickRow(row);
        String record = $(ChildChangesSection.class).single().getElement().getTextRecursively();
        assertThat(record).contains("Changes heard on calls", "op-chg", "Carer details: carer now Jo Carer-Smith",
                "(was Jo Carer \u00b7 07700 900111)", "SEN status and EHCP: SEN status now EHC plan",
                "moved to Ridge Academy", "Designated teacher: designated teacher now Morgan Lead")
                .doesNotContain("Sam Unnumbered", "UPN");
        assertThat(extranet).isNotNull();

        // Another authority: none of Changeling's changes, and not Robin's record.
        SignIn.as(users, contexts, "la-else");
        ChangesTodayView theirs = navigate(ChangesTodayView.class);
        assertThat(theirs.grid.getGenericDataView().getItems().count()).isZero();
        assertThatThrownBy(() -> changes.ofChild(robin)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> changes.ofAuthority(authority, today, today, new PageRequest(0, 10)))
                .isInstanceOf(AccessDeniedException.class);

        // API v1, paged like the other lists; another authority's id is answered 403, as the results and challenges
        // lists answer it.
        String mine = "Bearer " + tokens.issue(authority, "changes test");
        String theirToken = "Bearer " + tokens.issue(elsewhere, "changes test, other");
        HttpResponse<String> page = get("/api/v1/authorities/" + authority + "/changes?size=5", mine);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("\"totalItems\":7", "\"totalPages\":2", "\"size\":5",
                "\"kind\":\"CARER\"", "\"kindLabel\":\"Carer details\"", "\"madeBy\":\"op-chg\"",
                "\"childId\":\"" + robin + "\"");
        assertThat(get("/api/v1/authorities/" + authority + "/changes?page=1&size=5", mine).body())
                .contains("\"kind\":\"NOT_ON_ROLL\"", "\"kind\":\"MOVED_SCHOOL\"", "\"effectiveOn\":\"");
        assertThat(get("/api/v1/authorities/" + authority + "/changes", theirToken).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/authorities/934/changes", theirToken).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/authorities/934/changes", mine).body()).contains("\"totalItems\":7");
        assertThat(get("/api/v1/authorities/" + elsewhere + "/changes", theirToken).body())
                .contains("\"totalItems\":0");
        assertThat(get("/api/v1/authorities/" + authority + "/changes?from=" + today.minusDays(1) + "&to="
                + today.minusDays(1), mine).body()).contains("\"totalItems\":0");
        assertThat(get("/api/v1/authorities/" + authority + "/changes?from=yesterday", mine).statusCode())
                .isEqualTo(400);
    }

    private void choose(ChangeHeardPanel panel, String about, ChangeKind kind) {
        test(panel.about).selectItem(panel.about.getListDataView().getItems()
                .filter(a -> a.label().startsWith(about)).findFirst().orElseThrow().label());
        test(panel.kind).selectItem(kind.label());
    }

    private ChildRecord.Contact carer(ChildId child) {
        return directory.childRecord(child).orElseThrow().contacts().stream()
                .filter(c -> c.role() == ContactRole.CARER).findFirst().orElseThrow();
    }

    private String lastAudit(String type, String id) {
        return jdbc.sql("SELECT detail FROM audit_log WHERE action = 'CHANGE_HEARD' AND subject_type = ? "
                + "AND subject_id = ? ORDER BY id DESC LIMIT 1").params(type, id).query(String.class).single();
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static void awaitScreen(Supplier<Boolean> condition) {
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            org.rollcall.support.Push.deliver();
            return condition.get();
        });
    }
}
