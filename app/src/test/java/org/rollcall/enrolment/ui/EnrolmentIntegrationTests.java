package org.rollcall.enrolment.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import java.util.List;
import java.util.stream.StreamSupport;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallPurpose;
import org.rollcall.calls.CallStatus;
import org.rollcall.calls.CallSummary;
import org.rollcall.changes.ChangeField;
import org.rollcall.changes.ChangeRefusedException;
import org.rollcall.changes.Changes;
import org.rollcall.changes.HeardChange;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ChildJoined;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.ContactRole;
import org.rollcall.directory.Directory;
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
import org.rollcall.enrolment.Enrolment;
import org.rollcall.enrolment.IntroductionLetter;
import org.rollcall.enrolment.NotOnRoll;
import org.rollcall.escalation.EscalationSettings;
import org.rollcall.notify.EmbeddedMailbox;
import org.rollcall.notify.ReceivedMail;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import com.vaadin.browserless.SpringBrowserlessTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 12, delivers 5 and 6, end to end on the real stack (embedded PostgreSQL, the embedded SMTP server, real
 * HTTP): a child not on roll, heard on a call or recorded by an admin, stops being expected, the school's planned
 * call with no child left is cancelled, the authority's duty address is emailed once and the child is on that
 * authority's list only; a child joining gets introduction letters, emailed with their PDF or queued to print.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EnrolmentIntegrationTests extends SpringBrowserlessTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DUTY = "duty@enrolment-shire.example.org";

    @LocalServerPort int port;
    @Autowired DirectoryAdmin directoryAdmin;
    @Autowired Directory directory;
    @Autowired Changes changes;
    @Autowired Enrolment enrolment;
    @Autowired EscalationSettings escalation;
    @Autowired Accounts accounts;
    @Autowired CallLog calls;
    @Autowired EmbeddedMailbox mailbox;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    private final HttpClient http = HttpClient.newHttpClient();

    private LocalDate today;
    private AuthorityId shire;
    private AuthorityId other;
    private ProvisionId oak;
    private ProvisionId ash;
    private ChildId robin;
    private ChildId sam;
    private ChildId theirs;

    record Answer(int status, JsonNode json, byte[] body) {
    }

    @BeforeAll
    void twoAuthoritiesAndTheirSchools() {
        today = LocalDate.now(clock);
        shire = directoryAdmin.createAuthority("Enrolment Shire", Nation.ENGLAND, "975");
        other = directoryAdmin.createAuthority("Other Enrolment Borough", Nation.ENGLAND, "976");
        escalation.set(shire, DUTY, null);
        oak = school("Enrolment Oak Primary", "01632 960571");
        ash = school("Enrolment Ash Academy", "01632 960572");
        ProvisionId elm = school("Other Elm Primary", "01632 960573");
        robin = child(shire, "Robin", "Leaver", today.minusYears(9), oak, today.minusDays(30));
        sam = child(shire, "Sam", "Goer", today.minusYears(10), ash, today.minusDays(30));
        theirs = child(other, "Kit", "Elsewhere", today.minusYears(9), elm, today.minusDays(30));
        accounts.createUser("enrol-admin", "Admin", "enrol-admin-1", Role.ADMIN, null);
        accounts.createUser("enrol-op", "Operator", "enrol-op-1", Role.OPERATOR, null);
        accounts.createUser("enrol-la", "Shire VSH", "enrol-la-1", Role.AUTHORITY, shire);
        accounts.createUser("enrol-other", "Other VSH", "enrol-other-1", Role.AUTHORITY, other);
    }

    @Test
    @Order(1)
    void notOnRollHeardOnACallEndsThePlacementCancelsTheEmptySchoolsCallTellsTheAuthorityOnceAndListsTheChild()
            throws Exception {
        // The school's call is planned for tonight while Robin is its only child.
        CallSummary planned = await().atMost(Duration.ofSeconds(30)).until(() -> schoolCall(oak), c -> c != null);
        assertThat(planned.status()).isEqualTo(CallStatus.DUE);

        SignIn.as(users, contexts, "enrol-op");
        // Bad input through the call's panel: a last day before the placement started, beside the date.
        assertThatThrownBy(() -> changes.save(null, HeardChange.notOnRoll(robin, oak, today.minusDays(31)),
                "enrol-op")).isInstanceOfSatisfying(ChangeRefusedException.class, e -> assertThat(e.problems()
                        .get(ChangeField.DATE)).contains("is before the child's placement at Enrolment Oak Primary "
                        + "started"));
        assertThat(expected(oak, today)).contains(robin);

        var saved = changes.save(null, HeardChange.notOnRoll(robin, oak, today.minusDays(1)), "enrol-op");
        assertThat(saved.after()).contains("not on roll at Enrolment Oak Primary, last day on roll");

        // No longer expected from the day after the last day; the school's planned call is cancelled now.
        assertThat(expected(oak, today)).doesNotContain(robin);
        assertThat(expected(oak, today.plusDays(1))).doesNotContain(robin);
        await().atMost(Duration.ofSeconds(30)).until(() -> schoolCall(oak).status() == CallStatus.CANCELLED);
        assertThat(schoolCall(oak).endCause()).contains("no longer needed");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT count(*) FROM event_publication WHERE "
                + "listener_id LIKE '%PlacementPlanning%' AND completion_date IS NOT NULL").query(Integer.class)
                .single() >= 1);

        // The authority is told at once: the child's first name and initial, the school, the list; no UPN.
        ReceivedMail mail = awaitMail(DUTY, "Robin L.");
        assertThat(mail.subject()).isEqualTo("Not on roll: Robin L. has left Enrolment Oak Primary with no new "
                + "school");
        assertThat(mail.text()).contains("Their last day on roll was " + org.rollcall.platform.ui.HumanDates.day(
                today.minusDays(1)), "It was heard on the school's call", "/extranet/not-on-roll")
                .doesNotContain("Leaver", robin.toString());

        // Heard again (another call): the same record, nobody told twice.
        changes.save(null, HeardChange.notOnRoll(robin, oak, today.minusDays(1)), "enrol-op");
        awaitOutboxSettled();
        assertThat(mails(DUTY, "Robin L.")).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM not_on_roll WHERE child_id = ?").param(robin.value())
                .query(Integer.class).single()).isEqualTo(1);

        // On the authority's list, with since when and how it was heard; not on another authority's.
        Answer list = send("GET", "/api/v1/authorities/975/not-on-roll", "enrol-la", null);
        assertThat(list.status()).isEqualTo(200);
        JsonNode item = only(list.json().path("items"), "Robin Leaver");
        assertThat(item.path("since").stringValue()).isEqualTo(today.toString());
        assertThat(item.path("lastDay").stringValue()).isEqualTo(today.minusDays(1).toString());
        assertThat(item.path("lastSchool").stringValue()).isEqualTo("Enrolment Oak Primary");
        assertThat(item.path("sourceLabel").stringValue()).isEqualTo("Heard on a call");
        assertThat(item.path("recordedBy").stringValue()).isEqualTo("enrol-op");
        assertThat(item.path("newSchool").isNull()).isTrue();
        assertThat(send("GET", "/api/v1/authorities/975/not-on-roll", "enrol-other", null).status()).isEqualTo(403);
        assertThat(send("GET", "/api/v1/authorities/" + shire + "/not-on-roll", "enrol-other", null).status())
                .isEqualTo(403);
        assertThat(send("GET", "/api/v1/authorities/976/not-on-roll", "enrol-other", null).json().path("items")
                .toString()).doesNotContain("Robin");

        SignIn.as(users, contexts, "enrol-la");
        NotOnRollView view = navigate(NotOnRollView.class);
        List<NotOnRoll> shown = view.grid.getGenericDataView().getItems().toList();
        assertThat(shown).extracting(NotOnRoll::childName).containsExactly("Robin Leaver");
        assertThat(shown.getFirst().since()).isEqualTo(today);
        assertThat(view.summary.getText()).isEqualTo("1 child left a school's roll with no new school; 1 still with "
                + "no new school recorded.");
        SignIn.as(users, contexts, "enrol-other");
        navigate(org.rollcall.changes.ui.ChangesTodayView.class); // away, so the list is made afresh for this user
        assertThat(navigate(NotOnRollView.class).grid.getGenericDataView().getItems().count()).isZero();
        assertThatThrownBy(() -> enrolment.notOnRollList(shire, new org.rollcall.platform.web.PageRequest(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @Order(2)
    void anAdminRecordsNotOnRollOverHttpAndBadInputIsRefusedBesideItsFieldWithNothingSaved() throws Exception {
        String path = "/api/v1/admin/children/" + sam + "/not-on-roll";
        Answer future = send("POST", path, "enrol-admin", "{\"lastDay\": \"" + today.plusDays(1) + "\"}");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().path("field").stringValue()).isEqualTo("lastDay");
        assertThat(future.json().path("detail").stringValue()).startsWith("lastDay: ").contains("is in the future");
        Answer early = send("POST", path, "enrol-admin", "{\"lastDay\": \"" + today.minusDays(31) + "\"}");
        assertThat(early.json().path("detail").stringValue()).contains("is before the child's placement");
        Answer wrongSchool = send("POST", path, "enrol-admin", "{\"schoolId\": \"" + oak + "\", \"lastDay\": \""
                + today + "\"}");
        assertThat(wrongSchool.status()).isEqualTo(400);
        assertThat(wrongSchool.json().path("detail").stringValue()).isEqualTo("schoolId: Sam Goer is not on roll at "
                + "Enrolment Oak Primary: choose the school the child is on roll at now (a school move is recorded "
                + "as a move, not as not on roll)");
        Answer notADate = send("POST", path, "enrol-admin", "{\"lastDay\": \"1/12/2026\"}");
        assertThat(notADate.json().path("detail").stringValue()).contains("is not a date: use YYYY-MM-DD");
        assertThat(send("POST", path, "enrol-la", "{\"lastDay\": \"" + today + "\"}").status()).isEqualTo(403);
        assertThat(expected(ash, today.plusDays(1))).contains(sam);
        assertThat(mails(DUTY, "Sam G.")).isEmpty();

        Answer done = send("POST", path, "enrol-admin", "{\"lastDay\": \"" + today + "\", \"note\": \"Family moved "
                + "abroad, confirmed by the school\"}");
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().path("sourceLabel").stringValue()).isEqualTo("Recorded by an administrator");
        assertThat(done.json().path("since").stringValue()).isEqualTo(today.plusDays(1).toString());
        // The last day is today: still expected today, not tomorrow.
        assertThat(expected(ash, today)).contains(sam);
        assertThat(expected(ash, today.plusDays(1))).doesNotContain(sam);
        assertThat(awaitMail(DUTY, "Sam G.").text()).contains("recorded by a Rollcall administrator")
                .doesNotContain("abroad");
        // Again: the same record, no second email.
        assertThat(send("POST", path, "enrol-admin", "{\"lastDay\": \"" + today + "\"}").json().path("id")
                .stringValue()).isEqualTo(done.json().path("id").stringValue());
        awaitOutboxSettled();
        assertThat(mails(DUTY, "Sam G.")).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'NOT_ON_ROLL' AND subject_id = ?")
                .param(sam.toString()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    @Order(3)
    void aChildJoiningGetsIntroductionLettersEmailedWithTheirPdfOrQueuedToPrintOncePerRecipient() throws Exception {
        // Alex, 15 (16 tomorrow): the carer has an email address, so the letter is emailed; no young-person letter.
        ChildId alex = directoryAdmin.createChild(new NewChild(shire, null, "Alex", "Newcomer",
                today.minusYears(16).plusDays(1), 11, Cohort.LAC, true, SenStatus.NONE));
        directoryAdmin.addContact(alex, ContactRole.CARER, "Pat Carer", null, "pat.carer@example.org");
        directoryAdmin.place(alex, ash, PlacementKind.ON_ROLL, today);
        // Jo, 16 today: the carer has a phone only, so both letters are printed.
        ChildId jo = directoryAdmin.createChild(new NewChild(shire, null, "Jo", "Sixteen", today.minusYears(16), 11,
                Cohort.LAC, true, SenStatus.NONE));
        directoryAdmin.addContact(jo, ContactRole.CARER, "Lee Carer", UkPhoneNumber.parse("07700 900575"), null);
        directoryAdmin.place(jo, ash, PlacementKind.ON_ROLL, today);
        // Placed months ago (the past being loaded): nobody is written to.
        ChildId old = child(shire, "Old", "Hand", today.minusYears(17), ash, today.minusMonths(3));

        ReceivedMail mail = awaitMail("pat.carer@example.org", "Alex");
        assertThat(mail.subject()).isEqualTo("Alex Newcomer and Rollcall: an introduction from Enrolment Shire's "
                + "Virtual School");
        assertThat(mail.attachments()).hasSize(1);
        assertThat(pdfText(mail.attachments().getFirst().content())).contains("Dear Pat Carer", "Alex Newcomer",
                "Enrolment Shire", "Enrolment Ash Academy");

        List<JsonNode> letters = await().atMost(Duration.ofSeconds(30)).until(() -> lettersOf("Jo Sixteen"),
                l -> l.size() == 2);
        assertThat(letters).extracting(l -> l.path("letter").stringValue()).containsExactlyInAnyOrder(
                "Introduction to the service for carers",
                "Introduction to the service for young people aged 16 or over");
        assertThat(letters).allSatisfy(l -> {
            assertThat(l.path("channel").stringValue()).isEqualTo("PRINT");
            assertThat(l.path("status").stringValue()).isEqualTo("TO_PRINT");
        });
        assertThat(lettersOf("Alex Newcomer")).singleElement().satisfies(l -> {
            assertThat(l.path("channel").stringValue()).isEqualTo("EMAIL");
            assertThat(l.path("recipient").stringValue()).isEqualTo("Pat Carer (carer)");
        });
        assertThat(lettersOf("Old Hand")).isEmpty();
        assertThat(send("GET", "/api/v1/admin/introduction-letters", "enrol-la", null).status()).isEqualTo(403);

        // The printed letter is downloadable as its PDF, naming the child and the authority; printed, then posted.
        JsonNode carers = letters.stream().filter(l -> l.path("recipient").stringValue().equals("Lee Carer (carer)"))
                .findFirst().orElseThrow();
        Answer pdf = send("GET", carers.path("pdf").stringValue(), "enrol-admin", null);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdfText(pdf.body())).contains("Dear Lee Carer", "Jo Sixteen", "Enrolment Shire");
        JsonNode young = letters.stream().filter(l -> l.path("recipient").stringValue().startsWith("Jo Sixteen"))
                .findFirst().orElseThrow();
        assertThat(pdfText(send("GET", young.path("pdf").stringValue(), "enrol-admin", null).body()))
                .contains("Dear Jo", "Enrolment Shire");
        String letter = "/api/v1/admin/introduction-letters/" + carers.path("id").stringValue();
        Answer tooSoon = send("POST", letter + "/posted", "enrol-admin", null);
        assertThat(tooSoon.status()).isEqualTo(400);
        assertThat(tooSoon.json().path("detail").stringValue()).contains("mark the letter printed first");
        assertThat(send("POST", letter + "/printed", "enrol-admin", null).json().path("status").stringValue())
                .isEqualTo("PRINTED");
        Answer posted = send("POST", letter + "/posted", "enrol-admin", null);
        assertThat(posted.json().path("status").stringValue()).isEqualTo("POSTED");
        assertThat(posted.json().path("changedBy").stringValue()).startsWith("by enrol-admin, ");

        // The event again (a replay after a crash): no second letter, no second email.
        tx.executeWithoutResult(s -> {
            events.publishEvent(new ChildJoined(alex, shire, ash, today));
            events.publishEvent(new ChildJoined(jo, shire, ash, today));
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT count(*) FROM event_publication WHERE "
                + "completion_date IS NULL AND listener_id LIKE '%IntroductionLetterWriter%'").query(Integer.class)
                .single() == 0);
        awaitOutboxSettled();
        assertThat(lettersOf("Jo Sixteen")).hasSize(2);
        assertThat(lettersOf("Alex Newcomer")).hasSize(1);
        assertThat(mails("pat.carer@example.org", "Alex")).hasSize(1);

        // The admins' screen lists them, with how each goes and where it is.
        SignIn.as(users, contexts, "enrol-admin");
        IntroductionLettersView view = navigate(IntroductionLettersView.class);
        assertThat(view.grid.getGenericDataView().getItems().filter(l -> l.child().equals(jo)).toList())
                .extracting(IntroductionLetter::statusText).containsExactlyInAnyOrder("Posted", "To print");
        assertThat(view.summary.getText()).contains("to print");
        assertThat(old).isNotNull();
    }

    private ProvisionId school(String name, String phone) {
        // Called late at night, so the dialler leaves it alone while the test runs.
        return directoryAdmin.createProvision(new NewProvision(name, null, ProvisionType.MAINSTREAM, Nation.ENGLAND,
                UkPhoneNumber.parse(phone), "Mrs Office", null, Frequency.DAILY, null,
                List.of(new CallWindow(null, LocalTime.of(23, 0), LocalTime.of(23, 30)))));
    }

    private ChildId child(AuthorityId authority, String first, String last, LocalDate born, ProvisionId school,
                          LocalDate from) {
        ChildId child = directoryAdmin.createChild(new NewChild(authority, null, first, last, born, 4, Cohort.LAC,
                true, SenStatus.NONE));
        directoryAdmin.place(child, school, PlacementKind.ON_ROLL, from);
        return child;
    }

    private List<ChildId> expected(ProvisionId school, LocalDate day) {
        return directory.childrenExpected(school, day).stream().map(ExpectedChild::id).toList();
    }

    private CallSummary schoolCall(ProvisionId school) {
        return calls.onDate(today).stream().filter(c -> c.provisionId().equals(school)
                && c.purpose() != CallPurpose.CARER && c.purpose() != CallPurpose.SOCIAL_WORKER).findFirst()
                .orElse(null);
    }

    private List<JsonNode> lettersOf(String child) throws Exception {
        Answer list = send("GET", "/api/v1/admin/introduction-letters", "enrol-admin", null);
        return StreamSupport.stream(list.json().spliterator(), false)
                .filter(l -> child.equals(l.path("child").stringValue())).toList();
    }

    private static JsonNode only(JsonNode items, String child) {
        List<JsonNode> found = StreamSupport.stream(items.spliterator(), false)
                .filter(n -> child.equals(n.path("child").stringValue())).toList();
        assertThat(found).as(items.toString()).hasSize(1);
        return found.getFirst();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private List<ReceivedMail> mails(String to, String about) {
        return mailbox.messages().stream().filter(m -> m.to().contains(to) && m.subject().contains(about)).toList();
    }

    private ReceivedMail awaitMail(String to, String about) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> mails(to, about), l -> !l.isEmpty()).getFirst();
    }

    /** Nothing of this test's left waiting in the outbox, so a second email would have arrived by now. */
    private void awaitOutboxSettled() {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM outbox_message WHERE "
                + "status = 'PENDING' AND authority_id = ?").param(shire.value()).query(Integer.class).single() == 0);
    }

    private Answer send(String method, String path, String user, String body) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + user + "-1").getBytes(StandardCharsets.UTF_8)));
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        String text = new String(response.body(), StandardCharsets.UTF_8);
        boolean json = response.headers().firstValue("Content-Type").orElse("").contains("json");
        return new Answer(response.statusCode(), json && !text.isBlank() ? JSON.readTree(text) : null,
                response.body());
    }
}
