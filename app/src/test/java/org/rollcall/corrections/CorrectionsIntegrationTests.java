package org.rollcall.corrections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.Role;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.CodeCategory;
import org.rollcall.attendance.Mark;
import org.rollcall.attendance.MarkRejectedException;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.corrections.ui.ChildCorrectionsSection;
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
import org.rollcall.escalation.EscalationSettings;
import org.rollcall.escalation.Escalations;
import org.rollcall.escalation.Step;
import org.rollcall.escalation.Trigger;
import org.rollcall.notify.EmbeddedMailbox;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Corrections of marks (ADR 0033): one that changes the category emails the authority's duty address and starts
 * exactly one follow-up; one within the category does neither; refused ones save nothing; QA and admins only.
 */
@RollcallIntegrationTest
class CorrectionsIntegrationTests {

    @Autowired MarkCorrections corrections;
    @Autowired Attendance attendance;
    @Autowired DirectoryAdmin directory;
    @Autowired EscalationSettings settings;
    @Autowired Escalations escalations;
    @Autowired EmbeddedMailbox mailbox;
    @Autowired AuditLog audit;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    record Pupil(AuthorityId authority, ProvisionId school, ChildId child, LocalDate today) {
    }

    @AfterEach
    void signOut() {
        contexts.clearContext();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCorrectionThatChangesTheCategoryTellsTheAuthorityAndStartsOneFollowUp() {
        Pupil p = pupil("Correction Borough", "611", "01632 960611", "Robin", "Corrected");
        settings.set(p.authority(), "duty@correction-borough.example.org", null);
        Mark present = mark(p, Session.AM, "/", null);
        signIn("qa-corrects", Role.QA);

        Mark corrected = corrections.correct(present.id(), "N", "On the recording the school says she is not in");

        assertThat(corrected.code()).isEqualTo("N");
        assertThat(corrected.category()).isEqualTo(CodeCategory.UNAUTHORISED_ABSENCE);
        assertThat(corrected.callId()).isEqualTo(present.callId());
        assertThat(corrected.recordedBy()).isEqualTo("qa-corrects");
        assertThat(attendance.history(p.child(), p.today(), Session.AM)).extracting(Mark::code)
                .containsExactly("/", "N"); // history kept
        // The duty address also hears of the follow-up itself (no carer on record), so pick the correction's mail.
        var mail = await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.messages().stream()
                .filter(m -> m.to().contains("duty@correction-borough.example.org"))
                .filter(m -> m.subject().startsWith("Mark corrected")).toList(), l -> !l.isEmpty());
        assertThat(mail).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("Mark corrected: Robin C. at Correction Borough Primary, "
                    + "Wednesday 2 December 2026");
            assertThat(m.text()).contains("from / (Present (AM)) to N (Reason not yet established)")
                    .contains("On the recording the school says she is not in");
        });
        var followUp = await().atMost(Duration.ofSeconds(20)).until(() -> escalations.find(p.child(), p.today(),
                Trigger.UNAUTHORISED_ABSENCE), java.util.Optional::isPresent).orElseThrow();
        awaitEventsDone(p.child());
        assertThat(escalations.timeline(followUp.id())).filteredOn(t -> t.step() == Step.OPENED).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM escalation WHERE child_id = ?").param(p.child().value())
                .query(Integer.class).single()).isEqualTo(1);
        // Audited before and after, with the reason; the extranet's child record says "corrected".
        assertThat(audit.entriesFor("child", p.child().toString())).filteredOn(e -> e.action().equals("CORRECT_MARK"))
                .singleElement().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("qa-corrects");
                    assertThat(e.detail()).isEqualTo("Wednesday 2 December 2026 AM: / \u2192 N (On the recording "
                            + "the school says she is not in)");
                });
        assertThat(new ChildCorrectionsSection(attendance.corrections(p.child()), clock.getZone()).lines())
                .singleElement()
                .asString().startsWith("Wednesday 2 December 2026, AM: corrected from / to N \u2014 reason: On the "
                        + "recording the school says she is not in (corrected Wednesday 2 December 2026 at ");
    }

    @Test
    void aCorrectionWithinTheSameCategoryNeitherEmailsNorStartsAFollowUp() {
        Pupil p = pupil("Same Category Borough", "612", "01632 960612", "Sasha", "Same");
        settings.set(p.authority(), "duty@same-category.example.org", null);
        Mark present = mark(p, Session.PM, "\\", null);
        signIn("admin-corrects", Role.ADMIN);

        Mark late = corrections.correct(present.id(), "L", "Arrived late, before the register closed");

        assertThat(late.category()).isEqualTo(CodeCategory.PRESENT);
        awaitEventsDone(p.child());
        assertThat(escalations.find(p.child(), p.today(), Trigger.UNAUTHORISED_ABSENCE)).isEmpty();
        assertThat(mailbox.messages()).noneMatch(m -> m.to().contains("duty@same-category.example.org"));
        assertThat(attendance.corrections(p.child())).singleElement()
                .satisfies(c -> assertThat(c.before().code()).isEqualTo("\\"));
    }

    @Test
    void refusedCorrectionsSayWhyAndSaveNothing() {
        Pupil p = pupil("Refusal Borough", "613", "01632 960613", "Rene", "Refused");
        Mark absent = mark(p, Session.AM, "N", "not known yet");
        signIn("qa-refused", Role.QA);

        assertThatThrownBy(() -> corrections.correct(absent.id(), "I", "  "))
                .isInstanceOf(MarkRejectedException.class).hasMessageStartingWith("a correction needs a reason");
        assertThatThrownBy(() -> corrections.correct(absent.id(), "H", "holiday agreed"))
                .isInstanceOf(MarkRejectedException.class)
                .hasMessageContaining("code 'H' is one of the Welsh codes, not the England codes");
        assertThatThrownBy(() -> corrections.correct(UUID.randomUUID(), "I", "ill"))
                .isInstanceOf(MarkRejectedException.class).hasMessageStartingWith("there is no such mark");
        assertThatThrownBy(() -> corrections.correct(absent.id(), "n", "same again"))
                .isInstanceOf(MarkRejectedException.class).hasMessageStartingWith("the mark is already 'N'");
        assertThatThrownBy(() -> corrections.correct(absent.id(), "\\", "present after all"))
                .isInstanceOf(MarkRejectedException.class).hasMessageContaining("is for the PM session only");
        assertThat(attendance.history(p.child(), p.today(), Session.AM)).extracting(Mark::id)
                .containsExactly(absent.id());
        assertThat(audit.count("CORRECT_MARK", "child", p.child().toString())).isZero();

        // A mark already replaced cannot be corrected: the current one can.
        Mark ill = corrections.correct(absent.id(), "I", "the carer rang: ill");
        assertThatThrownBy(() -> corrections.correct(absent.id(), "M", "dentist"))
                .isInstanceOf(MarkRejectedException.class).hasMessageContaining("was already replaced");
        assertThat(attendance.history(p.child(), p.today(), Session.AM)).extracting(Mark::code)
                .containsExactly("N", "I");
        assertThat(ill.reason()).isEqualTo("not known yet"); // the school's reason stands
    }

    @Test
    void onlyQaReviewersAndAdminsCorrect() {
        Pupil p = pupil("Operator Borough", "614", "01632 960614", "Olly", "Operator");
        Mark present = mark(p, Session.AM, "/", null);
        signIn("op-corrects", Role.OPERATOR);
        assertThatThrownBy(() -> corrections.correct(present.id(), "N", "no"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(attendance.history(p.child(), p.today(), Session.AM)).hasSize(1);
    }

    private void signIn(String name, Role role) {
        if (accounts.findUser(name).isEmpty()) {
            accounts.createUser(name, name, name + "-password-1", role, null);
        }
        SignIn.as(users, contexts, name);
    }

    private Mark mark(Pupil p, Session session, String code, String reason) {
        return attendance.record(new RecordMark(p.child(), p.school(), p.today(), session, code, reason, null, null,
                "op-school"));
    }

    /** A school whose own call is late in the day (so the dialler leaves it alone) and a child on roll there. */
    private Pupil pupil(String authorityName, String laCode, String phone, String first, String last) {
        LocalDate today = LocalDate.now(clock);
        AuthorityId authority = directory.createAuthority(authorityName, Nation.ENGLAND, laCode);
        ProvisionId school = directory.createProvision(new NewProvision(authorityName + " Primary", null,
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse(phone), "Mrs Office", null,
                Frequency.DAILY, null, List.of(new CallWindow(null, LocalTime.of(23, 0), LocalTime.of(23, 30)))));
        ChildId child = directory.createChild(new NewChild(authority, null, first, last, today.minusYears(9), 4,
                Cohort.LAC, true, SenStatus.NONE));
        directory.place(child, school, PlacementKind.ON_ROLL, today.minusDays(30));
        return new Pupil(authority, school, child, today);
    }

    /**
     * Every listener has handled this child's events. Only theirs: other tests in the shared context may leave a
     * publication incomplete for good (a listener that failed), which is not this test's business.
     */
    private void awaitEventsDone(ChildId child) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT count(*) FROM event_publication "
                + "WHERE completion_date IS NULL AND serialized_event LIKE ?").param("%" + child.value() + "%")
                .query(Integer.class).single() == 0);
    }
}
