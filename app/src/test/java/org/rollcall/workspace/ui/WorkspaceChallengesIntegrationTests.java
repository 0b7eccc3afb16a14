package org.rollcall.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.ApiTokens;
import org.rollcall.accounts.Role;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.Mark;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.calendar.DayPart;
import org.rollcall.calls.ChildToCollect;
import org.rollcall.calls.SessionSlot;
import org.rollcall.challenges.ChallengeRecord;
import org.rollcall.challenges.ChallengeRules;
import org.rollcall.challenges.Challenges;
import org.rollcall.challenges.Outcome;
import org.rollcall.challenges.RuleKind;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.CallFrequency;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Cohort;
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
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Challenges end to end on one context: the operator's mark-entry grid (browserless) asks the authority's questions
 * as codes are typed, refuses to save a flagged mark without the school's answer (keeping every typed value), and
 * stores Upheld, Changed (from → to) and School will check with the marks; an authority whose rules are off is asked
 * nothing; admins set the rules over REST with clear 400s; API v1 and the child record show the outcome to the
 * child's authority and to no other. Rollcall's clock is Wednesday 2 December 2026.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkspaceChallengesIntegrationTests extends SpringBrowserlessTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired DirectoryAdmin directory;
    @Autowired Directory read;
    @Autowired Accounts accounts;
    @Autowired Attendance attendance;
    @Autowired Challenges challenges;
    @Autowired ChallengeRules rules;
    @Autowired ApiTokens tokens;
    @Autowired Clock clock;
    private final HttpClient http = HttpClient.newHttpClient();

    private AuthorityId asking;
    private AuthorityId quiet;
    private ProvisionId school;
    private ProvisionId quietSchool;
    private ChildId robin;
    private ChildId sam;
    private ChildId quinn;
    private LocalDate today;
    private final UUID callId = UUID.randomUUID();
    private MarkEntryPanel shown;

    @BeforeAll
    void twoAuthoritiesOneAskingOneQuiet() {
        today = LocalDate.now(clock);
        accounts.createUser("op-challenge", "Operator Challenge", "operator-challenge-1", Role.OPERATOR, null);
        accounts.createUser("admin-challenge", "Admin Challenge", "admin-challenge-1", Role.ADMIN, null);
        asking = directory.createAuthority("Asking Shire", Nation.ENGLAND, "938");
        quiet = directory.createAuthority("Quiet Shire", Nation.ENGLAND, "939");
        accounts.createUser("la-asking", "Asking LA", "la-asking-password-1", Role.AUTHORITY, asking);
        accounts.createUser("la-quiet", "Quiet LA", "la-quiet-password-1", Role.AUTHORITY, quiet);
        school = school("Asking Primary", "01632 960938");
        quietSchool = school("Quiet Primary", "01632 960939");
        robin = child(asking, "Robin", "Example", school);
        sam = child(asking, "Sam", "Sample", school);
        quinn = child(quiet, "Quinn", "Quiet", quietSchool);
        rules.set(asking, RuleKind.UNAUTHORISED_CODE, true, null, null, "test");
        rules.set(asking, RuleKind.PM_PRESENT_AFTER_AM_ABSENCE, true, null, null, "test");
    }

    @BeforeEach
    void signIn() {
        SignIn.as(users, contexts, "op-challenge");
    }

    @Test
    @Order(1)
    void anUnauthorisedCodeIsAskedAboutAndSavingWithoutTheAnswerKeepsEverything() {
        MarkEntryPanel panel = panel(school);
        var robinRow = row(panel, robin);
        var samRow = row(panel, sam);
        test(robinRow.field(today, Session.AM)).setValue("O");
        test(robinRow.reason()).setValue("no reason given yet");
        test(samRow.field(today, Session.AM)).setValue("/");
        test(samRow.field(today, Session.PM)).setValue("\\");

        ChallengePrompt prompt = panel.challenges.prompt(robin, slot(DayPart.AM));
        assertThat(prompt.questions()).singleElement().satisfies(q -> {
            assertThat(q.challenge().kind()).isEqualTo(RuleKind.UNAUTHORISED_CODE);
            assertThat(q.answer().getAriaLabel()).hasValueSatisfying(a -> assertThat(a)
                    .startsWith("School's answer, Robin Example "));
        });
        assertThat(prompt.getParent().orElseThrow().getElement().getAttribute("role")).isEqualTo("status");
        assertThat(prompt.getElement().getTextRecursively()).contains("Ask the school, Robin Example",
                "O (Other or unknown reason) is an unauthorised absence", "Tab to the answer, arrow keys to choose");
        assertThat(panel.challenges.prompt(sam, slot(DayPart.AM)).questions()).isEmpty();

        test(panel.save).click();
        assertThat(status().getText()).startsWith("Nothing saved: Robin Example, AM ").contains("code O needs the "
                + "school's answer to", "choose Upheld, Changed or School will check beside the row");
        assertThat(attendance.currentMarks(asking, today)).isEmpty();
        assertThat(robinRow.field(today, Session.AM).getValue()).isEqualTo("O");
        assertThat(robinRow.field(today, Session.AM).isInvalid()).isTrue();
        assertThat(robinRow.reason().getValue()).isEqualTo("no reason given yet");
        assertThat(samRow.field(today, Session.PM).getValue()).isEqualTo("\\");

        test(prompt.questions().getFirst().answer()).selectItem("Upheld");
        test(panel.save).click();
        assertThat(status().getText()).isEqualTo("3 marks saved");
        Mark saved = attendance.history(robin, today, Session.AM).getLast();
        List<ChallengeRecord> stored = challenges.forChild(robin);
        assertThat(stored).singleElement().satisfies(c -> {
            assertThat(c.markId()).isEqualTo(saved.id());
            assertThat(c.outcome()).isEqualTo(Outcome.UPHELD);
            assertThat(c.codeTypedFirst()).isEqualTo("O");
            assertThat(c.codeSaved()).isEqualTo("O");
            assertThat(c.callId()).isEqualTo(callId);
            assertThat(c.recordedBy()).isEqualTo("Operator Challenge");
            assertThat(c.question()).startsWith("O (Other or unknown reason) is an unauthorised absence");
        });
        test(panel.save).click(); // saving again stores each answer once
        assertThat(challenges.forChild(robin)).hasSize(1);
    }

    @Test
    @Order(2)
    void changedIsKeptFromAndToAndSchoolWillCheckStaysOnTheCardUntilTheMarkIsCorrected() {
        MarkEntryPanel panel = panel(school);
        var robinRow = row(panel, robin);
        ChallengePrompt pm = panel.challenges.prompt(robin, slot(DayPart.PM));
        test(robinRow.field(today, Session.PM)).setValue("G");
        test(robinRow.reason()).setValue("family holiday");
        test(pm.questions().getFirst().answer()).selectItem("Changed");
        test(panel.save).click();
        assertThat(status().getText()).contains("Robin Example, PM ", "you chose Changed",
                "but the code is still G: type the new code in the field, or choose Upheld");

        // The school says the child came in after all: present, and the morning is still the stored O.
        test(robinRow.field(today, Session.PM)).setValue("\\");
        assertThat(pm.getElement().getTextRecursively()).contains("Changed, Robin Example", "from G to \\");
        assertThat(pm.questions()).singleElement().satisfies(q -> assertThat(q.challenge().kind())
                .isEqualTo(RuleKind.PM_PRESENT_AFTER_AM_ABSENCE));
        test(pm.questions().getFirst().answer()).selectItem("School will check");
        test(panel.save).click();
        assertThat(status().getText()).isEqualTo("1 mark saved");

        List<ChallengeRecord> pmOutcomes = challenges.forChild(robin).stream()
                .filter(c -> c.session() == Session.PM).toList();
        assertThat(pmOutcomes).extracting(ChallengeRecord::outcomeText).containsExactlyInAnyOrder(
                "Changed from G to \\", "School will check");
        assertThat(challenges.openFor(school)).singleElement().satisfies(line -> assertThat(line)
                .startsWith("Robin Example, PM ").contains("(\\)", "the school said it would check"));

        // The school rings back: Robin was late. The new mark closes the question on the card.
        attendance.record(new RecordMark(robin, school, today, Session.PM, "L", null, null, null, "op-fix"));
        await().atMost(Duration.ofSeconds(20)).until(() -> challenges.openFor(school).isEmpty());
    }

    @Test
    @Order(3)
    void anAuthorityWhoseRulesAreOffIsAskedNothing() {
        MarkEntryPanel panel = panel(quietSchool);
        var row = row(panel, quinn);
        test(row.field(today, Session.AM)).setValue("O");
        test(row.reason()).setValue("not known");
        assertThat(panel.challenges.prompt(quinn, slot(DayPart.AM)).questions()).isEmpty();
        test(panel.save).click();
        assertThat(status().getText()).isEqualTo("1 mark saved");
        assertThat(challenges.forChild(quinn)).isEmpty();
    }

    @Test
    @Order(4)
    void adminsSetRulesOverRestWithClearRefusals() throws Exception {
        String admin = "Basic " + Base64.getEncoder().encodeToString("admin-challenge:admin-challenge-1".getBytes());
        JsonNode list = JSON.readTree(send("GET", "/api/v1/admin/authorities/938/challenge-rules", null, admin, 200));
        assertThat(list).extracting(r -> r.path("kind").stringValue()).containsExactly("unauthorised-code",
                "b-without-alternative-provision", "consecutive-illness", "illness-in-four-weeks",
                "pm-present-after-am-absence", "rare-code");
        assertThat(list.get(0).path("enabled").asBoolean()).isTrue();
        assertThat(list.get(2).path("enabled").asBoolean()).isFalse();
        assertThat(list.get(2).path("parameter").asInt()).isEqualTo(3);

        assertThat(send("PUT", "/api/v1/admin/authorities/938/challenge-rules/sometimes", "{\"enabled\":true}",
                admin, 400)).contains("unknown rule kind 'sometimes': use one of unauthorised-code, "
                + "b-without-alternative-provision, consecutive-illness");
        assertThat(send("PUT", "/api/v1/admin/authorities/938/challenge-rules/consecutive-illness",
                "{\"enabled\":true,\"parameter\":45}", admin, 400)).contains("parameter 45 is out of range for "
                + "consecutive-illness", "use a whole number from 2 to 30");
        assertThat(send("PUT", "/api/v1/admin/authorities/938/challenge-rules/rare-code", "{\"parameter\":2}",
                admin, 400)).contains("enabled is required");
        assertThat(send("PUT", "/api/v1/admin/authorities/999/challenge-rules/rare-code", "{\"enabled\":true}",
                admin, 404)).contains("no authority has id or LA number '999'");
        JsonNode set = JSON.readTree(send("PUT", "/api/v1/admin/authorities/" + asking
                        + "/challenge-rules/consecutive-illness",
                "{\"enabled\":true,\"parameter\":4,\"question\":\"Ill {n} days: has {child} seen a doctor?\"}",
                admin, 200));
        assertThat(set.path("parameter").asInt()).isEqualTo(4);
        assertThat(rules.rules(asking).get(2).question()).isEqualTo("Ill {n} days: has {child} seen a doctor?");
        String operator = "Basic " + Base64.getEncoder().encodeToString("op-challenge:operator-challenge-1"
                .getBytes());
        send("GET", "/api/v1/admin/authorities/938/challenge-rules", null, operator, 403);
    }

    @Test
    @Order(5)
    void theAuthoritySeesItsChallengesAndNoOtherAuthorityDoes() throws Exception {
        String mine = "Bearer " + tokens.issue(asking, "challenges test");
        String theirs = "Bearer " + tokens.issue(quiet, "challenges test, other");
        JsonNode page = JSON.readTree(send("GET", "/api/v1/authorities/" + asking + "/challenges?from=" + today
                + "&to=" + today + "&size=2", null, mine, 200));
        assertThat(page.path("totalItems").asLong()).isEqualTo(3);
        assertThat(page.path("totalPages").asInt()).isEqualTo(2);
        JsonNode first = page.path("items").get(0);
        assertThat(first.path("childId").stringValue()).isEqualTo(robin.toString());
        assertThat(first.path("session").stringValue()).isEqualTo("AM");
        assertThat(first.path("outcome").stringValue()).isEqualTo("UPHELD");
        assertThat(first.path("question").stringValue()).startsWith("O (Other or unknown reason)");
        assertThat(send("GET", "/api/v1/authorities/" + asking + "/challenges", null, theirs, 403))
                .doesNotContain("Robin");
        assertThat(JSON.readTree(send("GET", "/api/v1/authorities/" + quiet + "/challenges", null, theirs, 200))
                .path("totalItems").asLong()).isZero();
        assertThat(send("GET", "/api/v1/authorities/" + asking + "/challenges?from=2026-12-40", null, mine, 400))
                .contains("from '2026-12-40' is not a date: use YYYY-MM-DD");

        // The child record (extranet) as each authority's user would open it.
        SignIn.as(users, contexts, "la-asking");
        assertThat(challenges.forChild(robin)).extracting(ChallengeRecord::outcomeText)
                .containsExactlyInAnyOrder("Upheld", "Changed from G to \\", "School will check");
        SignIn.as(users, contexts, "la-quiet");
        assertThatThrownBy(() -> challenges.forChild(robin)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @Order(6)
    void theRulesThatReadHistoryAndPlacementsAskFromTheDatabase() {
        rules.set(asking, RuleKind.B_WITHOUT_ALTERNATIVE_PROVISION, true, null, null, "test");
        rules.set(asking, RuleKind.CONSECUTIVE_ILLNESS, true, 2, null, "test");
        rules.set(asking, RuleKind.ILLNESS_IN_FOUR_WEEKS, true, 2, null, "test");
        rules.set(asking, RuleKind.RARE_CODE, true, 4, null, "test");
        LocalDate yesterday = today.minusDays(1);
        attendance.record(new RecordMark(sam, school, yesterday, Session.AM, "I", "flu", null, null, "op-earlier"));
        attendance.record(new RecordMark(sam, school, yesterday, Session.PM, "I", "flu", null, null, "op-earlier"));

        // Ill yesterday and today: two school days in a row; three illness sessions in four weeks, more than 2.
        assertThat(challenges.check(school, sam, new org.rollcall.challenges.TypedCode(today, Session.AM, "I"),
                List.of())).extracting(c -> c.kind()).containsExactly(RuleKind.CONSECUTIVE_ILLNESS,
                RuleKind.ILLNESS_IN_FOUR_WEEKS);
        // The school used only I before today: B is rare for it, and Sam has no alternative provision.
        MarkEntryPanel panel = panel(school);
        test(row(panel, sam).field(today, Session.PM)).setValue("B");
        assertThat(panel.challenges.prompt(sam, slot(DayPart.PM)).questions()).extracting(q -> q.challenge()
                .kind()).containsExactly(RuleKind.B_WITHOUT_ALTERNATIVE_PROVISION, RuleKind.RARE_CODE);

        // A figure, not a test: what one check costs with every rule on (printed, never asserted).
        long started = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            challenges.check(school, sam, new org.rollcall.challenges.TypedCode(today, Session.PM, "B"), List.of());
        }
        System.out.printf("Challenges.check with six rules on: %.1f ms each (50 runs)%n",
                (System.nanoTime() - started) / 50 / 1e6);

        ProvisionId unit = school("Asking Learning Unit", "01632 960940");
        directory.place(sam, unit, PlacementKind.ALTERNATIVE, today.minusDays(3));
        assertThat(challenges.check(school, sam, new org.rollcall.challenges.TypedCode(today, Session.PM, "B"),
                List.of())).extracting(c -> c.kind()).containsExactly(RuleKind.RARE_CODE);
    }

    private MarkEntryPanel panel(ProvisionId provision) {
        var children = read.childrenExpected(provision, today).stream().map(c -> new ChildToCollect(c,
                CallFrequency.DAILY, List.of(slot(DayPart.AM), slot(DayPart.PM)))).toList();
        MarkEntryPanel panel = new MarkEntryPanel(children, attendance.codeSet(Nation.ENGLAND), attendance,
                provision, callId, () -> 12, "Operator Challenge", clock);
        UI.getCurrent().removeAll();
        UI.getCurrent().add(panel);
        shown = panel;
        return panel;
    }

    private static MarkEntryPanel.Row row(MarkEntryPanel panel, ChildId child) {
        return panel.rows().stream().filter(r -> r.child().child().id().equals(child)).findFirst().orElseThrow();
    }

    private SessionSlot slot(DayPart part) {
        return new SessionSlot(today, part);
    }

    private Span status() {
        // The panel's own, not a search of the UI: the UI's first route may have opened a view of its own.
        return shown.status;
    }

    private ProvisionId school(String name, String phone) {
        // A window long gone by the test clock: no call to this school is offered to another test's operator.
        return directory.createProvision(new NewProvision(name, null, ProvisionType.MAINSTREAM, Nation.ENGLAND,
                UkPhoneNumber.parse(phone), "Mrs Register", null, Frequency.DAILY, null,
                List.of(new CallWindow(null, LocalTime.of(6, 0), LocalTime.of(6, 30)))));
    }

    private ChildId child(AuthorityId authority, String first, String last, ProvisionId at) {
        ChildId id = directory.createChild(new NewChild(authority, null, first, last, today.minusYears(9), 4,
                Cohort.LAC, true, SenStatus.NONE));
        directory.place(id, at, PlacementKind.ON_ROLL, today.minusDays(30));
        return id;
    }

    private String send(String method, String path, String body, String authorization, int expected)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", authorization).header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
        return response.body();
    }
}
