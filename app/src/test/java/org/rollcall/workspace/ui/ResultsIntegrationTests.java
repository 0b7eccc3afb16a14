package org.rollcall.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.rollcall.support.TestTimes.openNow;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.ApiTokens;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.Role;
import org.rollcall.attainment.AcademicTerm;
import org.rollcall.attainment.Assessment;
import org.rollcall.attainment.RecordResults;
import org.rollcall.attainment.RecordedResult;
import org.rollcall.attainment.Results;
import org.rollcall.attainment.ResultsRefusedException;
import org.rollcall.attainment.Subject;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.ExpectedChild;
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
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Attainment results (ADR 0026) from the operator's Results panel to the authority: each assessment kind recorded on
 * a real call, bad values refused at their own field with the others (and the call's marks) kept, the panel absent
 * for an authority that does not collect, the child record and API v1 showing results to their authority only.
 */
@RollcallIntegrationTest
@TestPropertySource(properties = "rollcall.demo.seed=13035") // a context of its own: only these schools' calls are due
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResultsIntegrationTests extends SpringBrowserlessTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Attendance attendance;
    @Autowired Results results;
    @Autowired ApiTokens tokens;
    @Autowired AuditLog audit;
    @Autowired Clock clock;
    @LocalServerPort int port;

    private LocalDate today;
    private AuthorityId english;
    private AuthorityId welsh;
    private AuthorityId quiet;
    private ProvisionId englishSchool;
    private ChildId poppy;
    private ChildId tom;
    private ChildId sam;
    private ChildId gemma;
    private ChildId quietChild;

    @BeforeAll
    void authoritiesThatCollectAndOneThatDoesNot() {
        today = LocalDate.now(clock);
        accounts.createUser("op-results", "Operator Results", "operator-password-13", Role.OPERATOR, null);
        english = directory.createAuthority("Results Borough", Nation.ENGLAND, "935");
        welsh = directory.createAuthority("Cyngor Canlyniadau", Nation.WALES, "936");
        quiet = directory.createAuthority("Quiet Borough", Nation.ENGLAND, "937");
        accounts.createUser("vs-results", "Virtual School Results", "authority-password-13", Role.AUTHORITY, english);
        accounts.createUser("vs-quiet", "Virtual School Quiet", "authority-password-14", Role.AUTHORITY, quiet);
        accounts.createUser("admin-results", "Admin Results", "admin-password-13", Role.ADMIN, null);
        results.setCollectsAttainment(english, true, "test");
        results.setCollectsAttainment(welsh, true, "test");
    }

    @Test
    @Order(1)
    void everyAssessmentKindIsRecordedOnTheCallAndBadValuesAreRefusedAtTheirFieldWithTheOthersKept() {
        englishSchool = school("Results Primary", Nation.ENGLAND, "01632 960935");
        poppy = child(english, englishSchool, "Poppy", 1);
        tom = child(english, englishSchool, "Tom", 4);
        sam = child(english, englishSchool, "Sam", 6);
        gemma = child(english, englishSchool, "Gemma", 11);
        quietChild = child(quiet, englishSchool, "Quentin", 11);

        WorkspaceView view = takeTheCall();
        ResultsPanel panel = $(ResultsPanel.class).single();
        assertThat(panel.save.getText()).isEqualTo("Save results (Alt+T)");
        // Only children whose authority collects; never the other authority's child at the same school.
        assertThat(panel.child.getListDataView().getItems().map(ExpectedChild::fullName).toList())
                .containsExactlyInAnyOrder("Poppy Example", "Tom Example", "Sam Example", "Gemma Example");

        // A mark typed on the call before the results: it must survive whatever happens in the Results panel.
        TextField poppyAm = view.marks.rows().stream().filter(r -> r.child().child().id().equals(poppy))
                .findFirst().orElseThrow().field(today, Session.AM);
        test(poppyAm).setValue("/");

        choose(panel, sam);
        assertThat(panel.assessment.getListDataView().getItems().toList()).containsExactly(Assessment.KS2,
                Assessment.TEACHER_ASSESSMENT);
        assertThat(panel.assessment.getValue()).isEqualTo(Assessment.KS2);
        assertThat(panel.values.get(Subject.KS2_MATHS).getHelperText()).isEqualTo("a whole number from 80 to 120");
        type(panel, Subject.KS2_READING, "104");
        type(panel, Subject.KS2_MATHS, "121");
        type(panel, Subject.KS2_GPS, "80");
        type(panel, Subject.KS2_WRITING, "greater depth");
        fireShortcut(Key.KEY_T, KeyModifier.ALT);
        TextField maths = panel.values.get(Subject.KS2_MATHS);
        assertThat(maths.isInvalid()).isTrue();
        assertThat(maths.getErrorMessage()).isEqualTo("121 is not a KS2 scaled score: use a whole number from 80 "
                + "to 120");
        assertThat(panel.values.get(Subject.KS2_READING).isInvalid()).isFalse();
        assertThat(panel.values.get(Subject.KS2_READING).getValue()).isEqualTo("104");
        assertThat(panel.values.get(Subject.KS2_WRITING).getValue()).isEqualTo("greater depth");
        assertThat(panel.status.getText()).startsWith("Nothing saved: 1 value was refused");
        assertThat(results.forChild(sam)).isEmpty();
        assertThat(poppyAm.getValue()).isEqualTo("/");

        type(panel, Subject.KS2_MATHS, "99");
        fireShortcut(Key.KEY_T, KeyModifier.ALT);
        assertThat(panel.status.getText()).startsWith("Saved 4 results for Sam Example (Key stage 2 tests) at ");
        List<RecordedResult> ks2 = results.forChild(sam);
        assertThat(ks2).extracting(RecordedResult::subject, RecordedResult::value).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Subject.KS2_READING, "104"),
                org.assertj.core.groups.Tuple.tuple(Subject.KS2_MATHS, "99"),
                org.assertj.core.groups.Tuple.tuple(Subject.KS2_GPS, "80"),
                org.assertj.core.groups.Tuple.tuple(Subject.KS2_WRITING, "GDS"));
        RecordedResult reading = ks2.stream().filter(r -> r.subject() == Subject.KS2_READING).findFirst()
                .orElseThrow();
        assertThat(reading.call()).isNotNull();
        assertThat(reading.recordedBy()).isEqualTo("op-results");
        assertThat(reading.recordedAt()).isEqualTo(ks2.getFirst().recordedAt());
        assertThat(reading.term()).isEqualTo(AcademicTerm.of(today));
        assertThat(reading.authority()).isEqualTo(english);
        assertThat(audit.count("RECORD_RESULT", "child", sam.toString())).isEqualTo(4);
        assertThat(panel.recorded.getText()).startsWith("Already recorded this academic year: ")
                .contains("Key stage 2 tests, Maths (scaled score): 99 (2 December 2026)");

        choose(panel, poppy);
        assertThat(panel.recorded.getText()).isEqualTo("Nothing recorded for Poppy Example this academic year "
                + "(2026/27)");
        assertThat(panel.assessment.getListDataView().getItems().toList()).containsExactly(Assessment.PHONICS,
                Assessment.TEACHER_ASSESSMENT);
        type(panel, Subject.PHONICS_MARK, "41");
        type(panel, Subject.PHONICS_STANDARD, "yes");
        test(panel.save).click();
        assertThat(panel.values.get(Subject.PHONICS_MARK).getErrorMessage()).contains("0 to 40");
        assertThat(panel.values.get(Subject.PHONICS_STANDARD).getValue()).isEqualTo("yes");
        type(panel, Subject.PHONICS_MARK, "33");
        test(panel.save).click();
        assertThat(results.forChild(poppy)).extracting(RecordedResult::shown).containsExactlyInAnyOrder(
                "33 out of 40", "met");

        // Typed for one child, then another child chosen and back: nothing typed is lost.
        test(panel.assessment).selectItem(Assessment.TEACHER_ASSESSMENT.label());
        type(panel, Subject.TA_SCIENCE, "EXS");
        choose(panel, tom);
        choose(panel, poppy);
        assertThat(panel.values).doesNotContainKey(Subject.TA_SCIENCE); // the likely assessment comes first again
        test(panel.assessment).selectItem(Assessment.TEACHER_ASSESSMENT.label());
        assertThat(panel.values.get(Subject.TA_SCIENCE).getValue()).isEqualTo("EXS");
        test(panel.save).click();
        assertThat(results.forChild(poppy)).hasSize(3);

        choose(panel, tom);
        assertThat(panel.assessment.getValue()).isEqualTo(Assessment.TABLES);
        type(panel, Subject.TABLES_SCORE, "26");
        test(panel.save).click();
        assertThat(panel.values.get(Subject.TABLES_SCORE).getErrorMessage()).isEqualTo("26 is not a "
                + "multiplication tables check score: use a whole number from 0 to 25");
        type(panel, Subject.TABLES_SCORE, "25");
        test(panel.save).click();
        test(panel.assessment).selectItem(Assessment.TEACHER_ASSESSMENT.label());
        type(panel, Subject.TA_READING, "EXS");
        type(panel, Subject.TA_MATHS, "PK6");
        type(panel, Subject.TA_WRITING, "working towards");
        test(panel.save).click();
        assertThat(panel.values.get(Subject.TA_MATHS).getErrorMessage()).startsWith("'PK6' is a pre-key stage");
        type(panel, Subject.TA_MATHS, "");
        test(panel.save).click(); // a blank subject is simply not recorded
        assertThat(results.forChild(tom)).extracting(RecordedResult::assessment, RecordedResult::value)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Assessment.TABLES, "25"),
                        org.assertj.core.groups.Tuple.tuple(Assessment.TEACHER_ASSESSMENT, "EXS"),
                        org.assertj.core.groups.Tuple.tuple(Assessment.TEACHER_ASSESSMENT, "WTS"));

        choose(panel, gemma);
        assertThat(panel.assessment.getValue()).isEqualTo(Assessment.GCSE);
        assertThat(panel.values.get(Subject.GCSE_MATHS).getHelperText()).isEqualTo("9 (highest) to 1, or U");
        type(panel, Subject.GCSE_MATHS, "A*");
        type(panel, Subject.GCSE_ENGLISH_LANGUAGE, "10");
        type(panel, Subject.GCSE_HISTORY, "7");
        test(panel.save).click();
        assertThat(panel.values.get(Subject.GCSE_MATHS).getErrorMessage()).isEqualTo("'A*' is on Wales's GCSE "
                + "scale, not England's: use 9 (highest) to 1, or U");
        assertThat(panel.values.get(Subject.GCSE_ENGLISH_LANGUAGE).getErrorMessage()).isEqualTo("'10' is not a "
                + "GCSE grade in England: use 9 (highest) to 1, or U");
        assertThat(panel.values.get(Subject.GCSE_HISTORY).isInvalid()).isFalse();
        assertThat(panel.status.getText()).startsWith("Nothing saved: 2 values were refused");
        type(panel, Subject.GCSE_MATHS, "8");
        type(panel, Subject.GCSE_ENGLISH_LANGUAGE, "9");
        test(panel.save).click();
        assertThat(results.forChild(gemma)).extracting(RecordedResult::value).containsExactlyInAnyOrder("8", "9",
                "7");

        // Nothing typed in the Results panel cost the call its mark.
        assertThat(poppyAm.getValue()).isEqualTo("/");
        test(view.marks.save).click();
        assertThat(attendance.currentMarks(english, today)).extracting(m -> m.childId())
                .contains(poppy);
        finishTheCall(view);
    }

    @Test
    @Order(2)
    void aWelshChildsGradesAreOnTheWelshScaleAndEnglandsTestsAreNotOffered() {
        ProvisionId school = school("Ysgol Canlyniadau", Nation.WALES, "01632 960936");
        ChildId rhys = child(welsh, school, "Rhys", 11);
        ChildId cerys = child(welsh, school, "Cerys", 6);
        WorkspaceView view = takeTheCall();
        ResultsPanel panel = $(ResultsPanel.class).single();
        choose(panel, cerys);
        assertThat(panel.assessment.getListDataView().getItems().toList()).containsExactly(
                Assessment.TEACHER_ASSESSMENT);
        choose(panel, rhys);
        type(panel, Subject.GCSE_MATHS, "9");
        test(panel.save).click();
        assertThat(panel.values.get(Subject.GCSE_MATHS).getErrorMessage()).isEqualTo("'9' is on England's GCSE "
                + "scale, not Wales's: use A* (highest), A, B, C, D, E, F, G or U");
        type(panel, Subject.GCSE_MATHS, "a*");
        test(panel.save).click();
        assertThat(results.forChild(rhys)).extracting(RecordedResult::value).containsExactly("A*");
        finishTheCall(view);
    }

    @Test
    @Order(3)
    void thePanelIsAbsentWhenNoChildsAuthorityCollectsAttainment() {
        ProvisionId school = school("Quiet Primary", Nation.ENGLAND, "01632 960937");
        child(quiet, school, "Quinn", 6);
        WorkspaceView view = takeTheCall();
        assertThat(view.marks).isNotNull();
        assertThat($(ResultsPanel.class).all()).isEmpty();
        finishTheCall(view);
    }

    @Test
    @Order(4)
    void theAuthoritySeesTheResultsOnTheChildsRecordTheSameDayAndNoOtherAuthorityDoes() {
        attendance.record(new RecordMark(sam, englishSchool, today, Session.PM, "\\", null, null, null,
                "op-results"));
        SignIn.as(users, contexts, "vs-results");
        navigate(org.rollcall.extranet.ui.ExtranetView.class);
        @SuppressWarnings("unchecked")
        Grid<AttendanceRow> grid = $(Grid.class).single();
        List<AttendanceRow> rows = grid.getGenericDataView().getItems().toList();
        int row = rows.indexOf(rows.stream().filter(r -> r.childId().equals(sam.toString())).findFirst()
                .orElseThrow());
        test(grid).clickRow(row);
        String section = $(Div.class).withId("child-results").single().getElement().getTextRecursively();
        assertThat(section).contains("Attainment results", "Wednesday 2 December 2026 at 10:",
                "Key stage 2 tests, Reading (scaled score) \u2014 104 (autumn term 2026/27; recorded by op-results "
                        + "on a call)",
                "Writing (teacher assessment) \u2014 Working at greater depth (GDS)");

        Instant from = today.atStartOfDay(clock.getZone()).toInstant();
        assertThat(results.recordedBetween(english, from, from.plus(Duration.ofDays(1)))).hasSize(13);
        // Listed with the day's changes heard, by name and in words.
        navigate(org.rollcall.changes.ui.ChangesTodayView.class);
        assertThat($(org.rollcall.changes.ui.ChangesTodayView.class).single().getElement().getTextRecursively())
                .contains("13 results heard on Wednesday 2 December 2026");
        @SuppressWarnings("unchecked")
        Grid<RecordedResult> heardGrid = $(Grid.class).withId("results-heard-grid").single();
        assertThat(test(heardGrid).getCellText(0, 1)).isNotBlank();
        assertThat(heardGrid.getGenericDataView().getItems().map(RecordedResult::shown)).contains("104");
        SignIn.as(users, contexts, "vs-quiet");
        assertThat(results.forChild(sam)).isEmpty();
        navigate(org.rollcall.extranet.ui.ExtranetView.class); // away first: the same route would keep its view
        navigate(org.rollcall.changes.ui.ChangesTodayView.class);
        assertThat($(org.rollcall.changes.ui.ChangesTodayView.class).single().getElement().getTextRecursively())
                .contains("No result heard on Wednesday 2 December 2026");
    }

    @Test
    @Order(5)
    void apiV1ListsResultsPagedToTheirAuthorityOnlyAndAdminsSwitchCollection() throws Exception {
        String mine = "Bearer " + tokens.issue(english, "results test");
        String theirs = "Bearer " + tokens.issue(quiet, "results test, other");
        String path = "/api/v1/authorities/" + english + "/results";
        JsonNode all = JSON.readTree(ok(get(path + "?from=" + today + "&to=" + today, mine)));
        assertThat(all.path("totalItems").asLong()).isEqualTo(13);
        assertThat(all.path("items").get(0).path("assessment").stringValue()).isEqualTo("KS2");
        assertThat(all.path("items").get(0).path("academicYear").stringValue()).isEqualTo("2026/27");
        assertThat(all.path("items").get(0).path("callId").isNull()).isFalse();
        JsonNode page = JSON.readTree(ok(get("/api/v1/authorities/935/results?size=5&page=2", mine)));
        assertThat(page.path("items").size()).isEqualTo(3);
        assertThat(page.path("totalPages").asInt()).isEqualTo(3);
        assertThat(get(path, theirs).statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(ok(get("/api/v1/authorities/937/results", theirs))).path("totalItems").asLong())
                .isZero();
        assertThat(get(path + "?from=yesterday", mine).body()).contains("from 'yesterday' is not a date");
        assertThat(get("/api/v1/authorities/999/results", mine).statusCode()).isEqualTo(404);

        String admin = "Basic " + Base64.getEncoder().encodeToString("admin-results:admin-password-13"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(ok(get("/api/v1/admin/authorities/937/attainment", admin))).contains("\"collects\":false");
        assertThat(put("/api/v1/admin/authorities/937/attainment", admin, "{}").body())
                .contains("collects is required");
        assertThat(ok(put("/api/v1/admin/authorities/937/attainment", admin, "{\"collects\": true}")))
                .contains("\"collects\":true");
        assertThat(results.collectsAttainment(quiet)).isTrue();
        assertThat(audit.count("ATTAINMENT_ON", "authority", quiet.toString())).isEqualTo(1);
        assertThat(put("/api/v1/admin/authorities/937/attainment", mine, "{\"collects\": false}").statusCode())
                .isIn(401, 403);
        assertThat(results.collectsAttainment(quiet)).isTrue();
        assertThat(ok(put("/api/v1/admin/authorities/" + quiet + "/attainment", admin, "{\"collects\": false}")))
                .contains("\"collects\":false");
        assertThat(audit.count("ATTAINMENT_OFF", "authority", quiet.toString())).isEqualTo(1);
    }

    @Test
    @Order(6)
    void theServiceRefusesWhatTheScreenWouldNotOfferAndStoresNothing() {
        SignIn.as(users, contexts, "op-results");
        int before = results.forChild(poppy).size();
        assertThatThrownBy(() -> results.record(new RecordResults(poppy, null, Assessment.KS2,
                Map.of(Subject.KS2_READING, "100")))).isInstanceOf(ResultsRefusedException.class)
                .hasMessage("Nothing saved: Poppy Example is in year 1 in England, and Key stage 2 tests is taken in "
                        + "year 6 in England only");
        assertThatThrownBy(() -> results.record(new RecordResults(poppy, null, Assessment.PHONICS,
                Map.of(Subject.PHONICS_MARK, " ")))).isInstanceOf(ResultsRefusedException.class)
                .hasMessage("Nothing saved: enter at least one result for phonics screening check");
        assertThatThrownBy(() -> results.record(new RecordResults(quietChild, null, Assessment.GCSE,
                Map.of(Subject.GCSE_MATHS, "5")))).isInstanceOf(ResultsRefusedException.class)
                .hasMessage("Nothing saved: Quentin Example's authority does not collect attainment results");
        assertThat(results.forChild(poppy)).hasSize(before);
        SignIn.as(users, contexts, "vs-results");
        assertThatThrownBy(() -> results.record(new RecordResults(poppy, null, Assessment.PHONICS,
                Map.of(Subject.PHONICS_MARK, "30", Subject.PHONICS_STANDARD, "no"))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private WorkspaceView takeTheCall() {
        SignIn.as(users, contexts, "op-results");
        WorkspaceView view = navigate(WorkspaceView.class);
        if (view.readyToggle.getText().startsWith("Ready")) {
            test(view.readyToggle).click();
        }
        awaitScreen(() -> view.marks != null);
        test(view.startCall).click();
        awaitScreen(() -> view.callStatus.getText().startsWith("Connected"));
        return view;
    }

    private void finishTheCall(WorkspaceView view) {
        test(view.hangUp).click();
        awaitScreen(() -> view.wrapUp != null);
        test(view.wrapUp.finish).click();
        roundTrip();
        if (view.confirmation != null && view.confirmation.isOpened()) { // completed with marks unsaved: confirm
            test(view.confirmation.confirm).click();
        }
        test(view.readyToggle).click(); // offline: the next test's school is not offered before it exists
    }

    private void choose(ResultsPanel panel, ChildId child) {
        ExpectedChild chosen = panel.child.getListDataView().getItems().filter(c -> c.id().equals(child))
                .findFirst().orElseThrow();
        panel.child.setValue(chosen);
    }

    private void type(ResultsPanel panel, Subject subject, String value) {
        test(panel.values.get(subject)).setValue(value);
    }

    private ProvisionId school(String name, Nation nation, String phone) {
        return directory.createProvision(new NewProvision(name, null, ProvisionType.MAINSTREAM, nation,
                UkPhoneNumber.parse(phone), "Mrs Results", null, Frequency.DAILY, null, openNow(clock)));
    }

    private ChildId child(AuthorityId authority, ProvisionId school, String first, int yearGroup) {
        ChildId id = directory.createChild(new NewChild(authority, null, first, "Example",
                today.minusYears(yearGroup + 5), yearGroup, Cohort.LAC, true, SenStatus.NONE));
        directory.place(id, school, PlacementKind.ON_ROLL, today.minusDays(5));
        return id;
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(String path, String authorization, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static void awaitScreen(Supplier<Boolean> condition) {
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            org.rollcall.support.Push.deliver();
            return condition.get();
        });
    }
}
