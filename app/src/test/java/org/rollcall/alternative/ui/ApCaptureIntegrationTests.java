package org.rollcall.alternative.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rollcall.support.TestTimes.openNow;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.alternative.AlternativeCapture;
import org.rollcall.attendance.Attendance;
import org.rollcall.calls.CallOutcome;
import org.rollcall.calls.CallStatus;
import org.rollcall.calls.OperatorDesk;
import org.rollcall.challenges.ChallengeRules;
import org.rollcall.challenges.RuleKind;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.Directory;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Frequency;
import org.rollcall.directory.HalfDay;
import org.rollcall.directory.Nation;
import org.rollcall.directory.NewChild;
import org.rollcall.directory.NewProvision;
import org.rollcall.directory.PlacementKind;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionMatch;
import org.rollcall.directory.ProvisionType;
import org.rollcall.directory.SenStatus;
import org.rollcall.directory.TimetabledSession;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.directory.Urn;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.rollcall.workspace.ui.WorkspaceView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Code B on a real school call (browserless): typing B opens the alternative-provision form under the child's row;
 * an AP found by name, town or URN, or a new one, is stored with its timetable as an alternative placement, audited,
 * and the "B with no known alternative provision" question goes; every bad input is refused beside its field with
 * nothing written and the call's marks kept; "not known" puts a task on the card of the school's next call (a
 * call-back), where it is filled in and cleared. Rollcall's clock is Wednesday 2 December 2026.
 */
@RollcallIntegrationTest
// A context of its own: only this school's calls are due, so no other test's call is offered to its operator first.
@TestPropertySource(properties = "rollcall.demo.seed=12027")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApCaptureIntegrationTests extends SpringBrowserlessTest {

    private static final String BRIDGE_LABEL = "Bridge Skills Centre \u00b7 Leeds \u00b7 URN 123456";

    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired DirectoryAdmin admin;
    @Autowired Directory directory;
    @Autowired Accounts accounts;
    @Autowired OperatorDesk desk;
    @Autowired Attendance attendance;
    @Autowired ChallengeRules rules;
    @Autowired AlternativeCapture capture;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired PlatformTransactionManager transactions;

    private LocalDate today;
    private LocalDate onRollSince;
    private AuthorityId authority;
    private ProvisionId school;
    private ProvisionId bridge;
    private ProvisionId castle;
    private ChildId ella;
    private ChildId finley;
    private ChildId grace;
    private ChildId harvey;

    @BeforeAll
    void aSchoolWithFourChildrenAndTwoAlternativeProvisions() {
        today = LocalDate.now(clock);
        onRollSince = today.minusDays(60);
        accounts.createUser("op-apc", "Operator Capture", "operator-password-12", Role.OPERATOR, null);
        authority = admin.createAuthority("Offsite Borough", Nation.ENGLAND, "947");
        // "B with no known alternative provision" asked, so the test sees it go when the AP is captured.
        rules.set(authority, RuleKind.B_WITHOUT_ALTERNATIVE_PROVISION, true, null, null, "test");
        school = admin.createProvision(new NewProvision("Offsite Primary", null, ProvisionType.MAINSTREAM,
                Nation.ENGLAND, UkPhoneNumber.parse("01632 960936"), "Mrs Register", null, Frequency.DAILY, null,
                openNow(clock)));
        bridge = alternative("Bridge Skills Centre", "123456", ProvisionType.ALTERNATIVE_PROVISION, "Leeds",
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY));
        alternative("Bridgewater Learning Hub", null, ProvisionType.ALTERNATIVE_PROVISION, "Bradford",
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        castle = alternative("Castle Tuition Centre", "654321", ProvisionType.PRU, "York",
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        ella = child("Ella", "Evans");
        finley = child("Finley", "Fletcher");
        grace = child("Grace", "Griffiths");
        harvey = child("Harvey", "Hughes");
        // Finley is known at Bridge, timetable not known; Grace starts there next week.
        admin.placeAlternative(finley, bridge, today.minusDays(10), null);
        admin.placeAlternative(grace, bridge, today.plusDays(7), null);
    }

    @BeforeEach
    void signIn() {
        SignIn.as(users, contexts, "op-apc");
    }

    @Test
    @Order(1)
    void aBAsksWhereAndWhenAndAnApFoundBySearchIsStoredWithItsTimetableAndTheChallengeGoes() {
        navigate(WorkspaceView.class);
        test($(Button.class).withText("Ready (Alt+R)").single()).click();
        awaitScreen(() -> $(Button.class).withText("Start call (Alt+S)").single().isEnabled());
        assertThat(desk.currentCall(accounts.findUser("op-apc").orElseThrow().userId()).orElseThrow()
                .provisionId()).as("the call offered is to this test's school").isEqualTo(school);
        test($(Button.class).withText("Start call (Alt+S)").single()).click();

        TextField ellaAm = code("Ella Evans", "morning");
        test(ellaAm).setValue("B");
        assertThat(challengeText()).contains("we know of no alternative provision for Ella Evans");
        ApCaptureForm form = form("Ella Evans");
        assertThat(form.formShowing()).isTrue();
        assertThat(form.known.isVisible()).as("the form's heading asks").isFalse();
        assertThat(form.from.getValue()).as("the day of the mark").isEqualTo(today);

        // Found by name, by town and by URN; PRUs are offered too.
        test(form.where).setFilter("bridge");
        assertThat(test(form.where).getSuggestions()).containsExactly(BRIDGE_LABEL,
                "Bridgewater Learning Hub \u00b7 Bradford");
        test(form.where).setFilter("york");
        assertThat(test(form.where).getSuggestions()).containsExactly("Castle Tuition Centre \u00b7 York \u00b7 URN "
                + "654321");
        test(form.where).setFilter("123456");
        assertThat(test(form.where).getSuggestions()).containsExactly(BRIDGE_LABEL);
        test(form.where).selectItem(BRIDGE_LABEL);

        // Bad input, each refused beside its field; nothing written.
        tick(form, DayOfWeek.FRIDAY, HalfDay.PM);
        test(form.save).click();
        assertThat(form.sessionsError.getText()).isEqualTo("Bridge Skills Centre is open Monday to Thursday: Friday "
                + "afternoon is not possible");
        tick(form, DayOfWeek.FRIDAY, HalfDay.PM);
        test(form.save).click();
        assertThat(form.sessionsError.getText()).startsWith("tick the sessions Ella Evans attends there")
                .contains("Timetable not known");
        tick(form, DayOfWeek.MONDAY, HalfDay.AM);
        tick(form, DayOfWeek.THURSDAY, HalfDay.PM);
        test(form.from).setValue(onRollSince.minusDays(1));
        test(form.save).click();
        assertThat(form.sessionsError.getText()).isEmpty();
        assertThat(form.from.isInvalid()).isTrue();
        assertThat(form.from.getErrorMessage()).startsWith("Ella Evans has been on roll at Offsite Primary since ")
                .endsWith(": give a from date on or after that");
        test(form.from).setValue(today);
        test(form.to).setValue(today.minusDays(1));
        test(form.save).click();
        assertThat(form.from.isInvalid()).isFalse();
        assertThat(form.to.isInvalid()).isTrue();
        assertThat(form.to.getErrorMessage()).contains("is before the from date", "leave it empty");
        assertThat(form.status.getText()).isEqualTo("Not saved: 1 field needs correcting (the marks are not "
                + "affected)");
        assertThat(directory.alternativePlacements(ella, LocalDate.MIN)).isEmpty();
        assertThat(audits(ella)).isEmpty();
        assertThat(ellaAm.getValue()).isEqualTo("B");

        test(form.to).setValue(null);
        test(form.save).click();
        assertThat(form.to.isInvalid()).isFalse();
        assertThat(form.knownLine()).isEqualTo("At Bridge Skills Centre: Monday morning, Thursday afternoon");
        assertThat(form.formShowing()).isFalse();
        assertThat(form.change.isVisible()).isTrue();
        test(form.change).click(); // Change opens the form on what is saved; Esc or Close folds it again
        assertThat(form.formShowing()).isTrue();
        assertThat(form.where.getValue().id()).isEqualTo(bridge);
        test(form.close).click();
        assertThat(form.formShowing()).isFalse();
        assertThat(directory.timetable(ella, bridge, today)).containsExactly(
                new TimetabledSession(DayOfWeek.MONDAY, HalfDay.AM),
                new TimetabledSession(DayOfWeek.THURSDAY, HalfDay.PM));
        assertThat(directory.attendsAlternativeProvision(ella, today)).isTrue();
        assertThat(directory.childRecord(ella).orElseThrow().placements()).extracting(p -> p.kind())
                .containsExactlyInAnyOrder(PlacementKind.ON_ROLL, PlacementKind.ALTERNATIVE);
        assertThat(audits(ella)).singleElement().satisfies(a -> assertThat(a).startsWith("on call ")
                .contains("before none; after At Bridge Skills Centre: Monday morning, Thursday afternoon, from "
                        + "Wednesday 2 December 2026 (no end date)"));
        // The challenge is withdrawn once the AP is known; the mark saves without an answer.
        assertThat(challengeText()).doesNotContain("no alternative provision");
        test($(Button.class).withText("Save marks (Alt+M)").single()).click();
        assertThat(attendance.history(ella, today, org.rollcall.attendance.Session.AM)).extracting(m -> m.code())
                .containsExactly("B");
    }

    @Test
    @Order(2)
    void anOverlapANewApWithoutAPhoneOrWithAnotherApsUrnAreRefusedThenANewApIsStored() {
        navigate(WorkspaceView.class); // the same call, still connected, on a fresh screen
        test(code("Grace Griffiths", "afternoon")).setValue("b");
        ApCaptureForm form = form("Grace Griffiths");
        test(form.where).setFilter("Bridge Skills");
        test(form.where).selectItem(BRIDGE_LABEL);
        tick(form, DayOfWeek.TUESDAY, HalfDay.AM);
        test(form.save).click();
        assertThat(form.where.isInvalid()).isTrue();
        assertThat(form.where.getErrorMessage()).startsWith("Grace Griffiths already has a placement at Bridge "
                + "Skills Centre from ").contains("with no end date: update that one instead");
        assertThat(directory.alternativePlacements(grace, LocalDate.MIN)).hasSize(1);

        test(form.addNew).click();
        assertThat(form.openDays.getValue()).as("Monday to Friday by default")
                .isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        test(form.name).setValue("Riverside Skills Hub");
        test(form.contact).setValue("Sam Taylor");
        test(form.opens).setValue(LocalTime.of(6, 0));
        test(form.closes).setValue(LocalTime.of(6, 30));
        test(form.urn).setValue("123456");
        test(form.town).setValue("Wakefield");
        test(form.save).click();
        assertThat(form.phone.isInvalid()).isTrue();
        assertThat(form.phone.getErrorMessage()).startsWith("an alternative provision needs a phone number");
        assertThat(form.urn.isInvalid()).isTrue();
        assertThat(form.urn.getErrorMessage()).isEqualTo("URN 123456 is Bridge Skills Centre in Leeds: use that "
                + "one?");
        assertThat(form.useOffered.isVisible()).isTrue();
        assertThat(form.useOffered.getText()).isEqualTo("Use Bridge Skills Centre");
        assertThat(form.name.getValue()).isEqualTo("Riverside Skills Hub");
        assertThat(directory.searchProvisions("Riverside", Set.of(), 5)).isEmpty();

        test(form.phone).setValue("0113 496 0999");
        test(form.urn).setValue("");
        test(form.openDays).deselectItems("Thursday", "Friday");
        tick(form, DayOfWeek.WEDNESDAY, HalfDay.PM); // Tuesday morning is still ticked from Bridge
        test(form.save).click();
        assertThat(form.knownLine()).isEqualTo("At Riverside Skills Hub: Tuesday morning, Wednesday afternoon");
        ProvisionMatch riverside = directory.searchProvisions("wakefield riverside", Set.of(), 5).getFirst();
        assertThat(riverside.label()).isEqualTo("Riverside Skills Hub \u00b7 Wakefield");
        assertThat(riverside.type()).isEqualTo(ProvisionType.ALTERNATIVE_PROVISION);
        assertThat(riverside.openDays()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY);
        var card = directory.provisionCard(riverside.id());
        assertThat(card.phone().e164()).isEqualTo("+441134960999");
        assertThat(card.contactName()).isEqualTo("Sam Taylor");
        assertThat(card.windows()).singleElement().satisfies(w -> assertThat(w.opensAt())
                .isEqualTo(LocalTime.of(6, 0)));
        assertThat(directory.timetable(grace, riverside.id(), today)).hasSize(2);
        assertThat(audits(grace)).singleElement().satisfies(a -> assertThat(a).contains("after At Riverside Skills "
                + "Hub: Tuesday morning, Wednesday afternoon"));
        assertThat(challengeText()).doesNotContain("no alternative provision");
        test($(Button.class).withText("Save marks (Alt+M)").single()).click();
        assertThat(attendance.history(grace, today, org.rollcall.attendance.Session.PM)).extracting(m -> m.code())
                .containsExactly("B");
    }

    @Test
    @Order(3)
    void aKnownApIsChangedInPlaceAndNotKnownLeavesATaskForTheNextCall() {
        navigate(WorkspaceView.class);
        // Finley is at Bridge already, timetable not known: the form opens on it and saving changes that placement.
        test(code("Finley Fletcher", "morning")).setValue("B");
        ApCaptureForm finleys = form("Finley Fletcher");
        assertThat(finleys.known.getText()).isEqualTo("At Bridge Skills Centre: timetable not known yet. Ask for it:");
        assertThat(finleys.where.getValue().id()).isEqualTo(bridge);
        tick(finleys, DayOfWeek.WEDNESDAY, HalfDay.AM);
        test(finleys.save).click();
        assertThat(finleys.knownLine()).isEqualTo("At Bridge Skills Centre: Wednesday morning");
        assertThat(directory.alternativePlacements(finley, LocalDate.MIN)).singleElement()
                .satisfies(p -> assertThat(p.startsOn()).isEqualTo(today.minusDays(10)));
        assertThat(audits(finley)).singleElement().satisfies(a -> assertThat(a).contains(
                "before At Bridge Skills Centre: timetable not known, from ", "after At Bridge Skills Centre: "
                        + "Wednesday morning"));

        test(code("Harvey Hughes", "afternoon")).setValue("B");
        ApCaptureForm harveys = form("Harvey Hughes");
        test(harveys.where).setFilter("castle");
        test(harveys.where).selectItem("Castle Tuition Centre \u00b7 York \u00b7 URN 654321");
        test(harveys.notKnown).click();
        test(harveys.save).click();
        assertThat(harveys.knownLine()).isEqualTo("At Castle Tuition Centre: timetable not known");
        assertThat(harveys.status.getText()).endsWith("the school is asked for the timetable on its next call");
        assertThat(directory.attendsAlternativeProvision(harvey, today)).isTrue();
        assertThat(directory.timetable(harvey, castle, today)).isEmpty();
        assertThat(capture.openRequests(school)).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo("Ask for Harvey Hughes's timetable at Castle Tuition Centre");
            assertThat(r.askedBy()).isEqualTo("op-apc");
        });
        // Every B of the call saves: each child's AP is known now, so no challenge is left unanswered.
        test($(Button.class).withText("Save marks (Alt+M)").single()).click();
        assertThat(attendance.currentMarks(authority, today)).extracting(m -> m.code()).containsOnly("B")
                .hasSize(4);

        // Hang up; the school asks to be called back in a moment: that is the school's next call.
        test($(Button.class).withText("Hang up (Alt+H)").single()).click();
        awaitScreen(() -> !$(Button.class).withText("Finish wrap-up (Alt+W)").all().isEmpty());
        var operator = accounts.findUser("op-apc").orElseThrow().userId();
        desk.wrapUp(desk.currentCall(operator).orElseThrow().id(), operator, CallOutcome.CALL_BACK,
                clock.instant().plusSeconds(2));
    }

    @Test
    @Order(4)
    void onTheSchoolsNextCallTheTimetableIsAskedForAndFilledInItIsCleared() {
        var operator = accounts.findUser("op-apc").orElseThrow().userId();
        navigate(WorkspaceView.class);
        awaitScreen(() -> desk.currentCall(operator).filter(c -> c.status() == CallStatus.OFFERED).isPresent()
                && $(Button.class).withText("Start call (Alt+S)").single().isEnabled());
        assertThat(desk.currentCall(operator).orElseThrow().provisionId()).isEqualTo(school);
        test($(Button.class).withText("Start call (Alt+S)").single()).click();
        awaitScreen(() -> desk.currentCall(operator).filter(c -> c.status() == CallStatus.CONNECTED).isPresent());
        ListItem task = $(ListItem.class).withClassName("timetable-outstanding").single();
        assertThat(task.getElement().getTextRecursively()).startsWith("Ask for Harvey Hughes's timetable at Castle "
                + "Tuition Centre (not known on Wednesday 2 December 2026, asked by op-apc)");
        assertThat($(Div.class).withId("outstanding").single().isVisible()).isTrue();
        test($(Button.class).from(task).withText("Fill in").single()).click();
        ApCaptureForm form = $(ApCaptureForm.class).from(task).single();
        assertThat(form.where.getValue().id()).isEqualTo(castle);
        test(form.save).click();
        assertThat(form.sessionsError.getText()).startsWith("tick the sessions Harvey Hughes attends there");
        tick(form, DayOfWeek.MONDAY, HalfDay.PM);
        test(form.save).click();
        assertThat(form.knownLine()).isEqualTo("At Castle Tuition Centre: Monday afternoon");
        assertThat(directory.timetable(harvey, castle, today)).containsExactly(
                new TimetabledSession(DayOfWeek.MONDAY, HalfDay.PM));
        assertThat(capture.openRequests(school)).isEmpty();
        assertThat(jdbc.sql("SELECT answered_by FROM alternative_timetable_request WHERE child_id = ?")
                .param(harvey.value()).query(String.class).single()).isEqualTo("op-apc");
        // Done: hang up, wrap up and go offline, so this operator takes no other test's call.
        test($(Button.class).withText("Hang up (Alt+H)").single()).click();
        awaitScreen(() -> !$(Button.class).withText("Finish wrap-up (Alt+W)").all().isEmpty());
        desk.wrapUp(desk.currentCall(operator).orElseThrow().id(), operator, CallOutcome.COMPLETED, null);
        desk.offline(operator);
    }

    @Test
    @Order(5)
    void searchStaysAnIndexScanAt25000Provisions() {
        // A figure, not a test of speed: 25,000 provisions in a transaction rolled back, so no other test sees them.
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            jdbc.sql("""
                    INSERT INTO provision (id, urn, name, type, nation, phone, contact_name, frequency, town)
                    SELECT gen_random_uuid(), lpad((200000 + g)::text, 6, '0'),
                           (ARRAY['Oak', 'Ash', 'Elm', 'Yew', 'Bay'])[1 + g % 5] || ' ' || g || ' Academy',
                           CASE WHEN g % 10 = 0 THEN 'ALTERNATIVE_PROVISION' ELSE 'MAINSTREAM' END, 'ENGLAND',
                           '+441134960000', 'Office', 'DAILY', (ARRAY['Leeds', 'York', 'Hull'])[1 + g % 3]
                    FROM generate_series(1, 25000) g""").update();
            jdbc.sql("ANALYZE provision").update();
            String plan = String.join("\n", jdbc.sql("EXPLAIN SELECT id FROM provision WHERE lower(name || ' ' || "
                    + "coalesce(town, '') || ' ' || coalesce(urn, '')) LIKE '%bridge%'").query(String.class).list());
            long started = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                assertThat(capture.search("bridge skills")).extracting(ProvisionMatch::name)
                        .containsExactly("Bridge Skills Centre");
            }
            long byName = (System.nanoTime() - started) / 20;
            started = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                assertThat(capture.search("york")).hasSize(20);
            }
            long byTown = (System.nanoTime() - started) / 20;
            System.out.printf("Provision search at 25,000+ provisions: \"bridge skills\" %.1f ms, \"york\" (many "
                    + "matches, first 20) %.1f ms each (20 runs)%nPlan: %s%n", byName / 1e6, byTown / 1e6, plan);
            assertThat(plan).as("the trigram index is used").contains("provision_search_idx");
        });
    }

    private ProvisionId alternative(String name, String urn, ProvisionType type, String town,
                                    Set<DayOfWeek> open) {
        // A window long gone by the test clock: no call to it is offered to anyone.
        ProvisionId id = admin.createProvision(new NewProvision(name, urn == null ? null : new Urn(urn), type,
                Nation.ENGLAND, UkPhoneNumber.parse("0113 496 0" + (100 + (name.length() % 900))), "Ms Office", null,
                Frequency.DAILY, null, List.of(new CallWindow(null, LocalTime.of(6, 0), LocalTime.of(6, 30)))));
        admin.setTownAndOpenDays(id, town, open);
        return id;
    }

    private ChildId child(String first, String last) {
        ChildId id = admin.createChild(new NewChild(authority, null, first, last, today.minusYears(10), 5,
                Cohort.LAC, true, SenStatus.NONE));
        admin.place(id, school, PlacementKind.ON_ROLL, onRollSince);
        return id;
    }

    private TextField code(String child, String session) {
        return $(TextField.class).all().stream().filter(f -> f.getAriaLabel().filter(a -> a.startsWith(child + ", ")
                && a.contains(session)).isPresent()).findFirst().orElseThrow();
    }

    private ApCaptureForm form(String child) {
        return $(ApCaptureForm.class).withAttribute("aria-label", "Where " + child + " is educated off site")
                .single();
    }

    private String challengeText() {
        return $(Div.class).withClassName("challenge-row").all().stream()
                .map(d -> d.getElement().getTextRecursively()).reduce("", String::concat);
    }

    private void tick(ApCaptureForm form, DayOfWeek day, HalfDay half) {
        test(form.sessions.get(new TimetabledSession(day, half))).click();
    }

    private List<String> audits(ChildId child) {
        return jdbc.sql("SELECT detail FROM audit_log WHERE action = 'ALTERNATIVE_PROVISION_CAPTURED' "
                + "AND subject_type = 'child' AND subject_id = ? ORDER BY id").param(child.toString())
                .query(String.class).list();
    }

    private static void awaitScreen(Supplier<Boolean> condition) {
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            org.rollcall.support.Push.deliver();
            return condition.get();
        });
    }
}
