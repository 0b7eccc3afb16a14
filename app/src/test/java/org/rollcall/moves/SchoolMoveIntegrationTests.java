package org.rollcall.moves;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.Mark;
import org.rollcall.attendance.Session;
import org.rollcall.calendar.CalendarAdmin;
import org.rollcall.calls.CallId;
import org.rollcall.changes.ChangeKind;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ChildRecord;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.DetailsHeard;
import org.rollcall.directory.Directory;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Frequency;
import org.rollcall.directory.Nation;
import org.rollcall.directory.NewChild;
import org.rollcall.directory.NewProvision;
import org.rollcall.directory.PlacementKind;
import org.rollcall.directory.ProvisionMatch;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionType;
import org.rollcall.directory.SenStatus;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.directory.Urn;
import org.rollcall.directory.WindowPart;
import org.rollcall.notify.EmbeddedMailbox;
import org.rollcall.notify.MessageId;
import org.rollcall.notify.MessageStatus;
import org.rollcall.notify.Notifications;
import org.rollcall.notify.ReceivedMail;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.browserless.SpringBrowserlessTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A child's move to another school, end to end on the real stack, with fixed dates around Rollcall's test day,
 * Wednesday 2 December 2026: heard on a call (the "Change heard" panel) and recorded by an admin (REST); the old
 * placement ends, the new one starts, a school new to Rollcall gets its "introduce the service" task (closed when the
 * window, contact and password are saved), the introduction letter reaches the school in GreenMail as a PDF naming
 * the child, the new school and the authority (read back with PDFBox), and the marks from the start date are
 * backdated on a grid over a span with a weekend and a bank holiday (Friday 27 November, set up for this test):
 * stored only for school days, each with its own date. Every bad input is refused with nothing half-saved.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SchoolMoveIntegrationTests extends SpringBrowserlessTest {

    static final LocalDate START = LocalDate.of(2026, 11, 26); // a Thursday
    static final LocalDate BANK_HOLIDAY = LocalDate.of(2026, 11, 27);
    static final String SHIPPED = "calendar/bank-holidays-2026-2028.json";
    static final JsonMapper JSON = JsonMapper.builder().build();
    // Closed at the test's 10:30, so the schools here are never offered to another test's operator.
    static final List<CallWindow> EARLY = List.of(new CallWindow(null, LocalTime.of(7, 0), LocalTime.of(7, 30)));

    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired Accounts accounts;
    @Autowired DirectoryAdmin admin;
    @Autowired Directory directory;
    @Autowired DetailsHeard details;
    @Autowired CalendarAdmin calendar;
    @Autowired org.rollcall.changes.Changes changes;
    @Autowired SchoolMoves moves;
    @Autowired Backdating backdating;
    @Autowired Attendance attendance;
    @Autowired Notifications notifications;
    @Autowired EmbeddedMailbox mailbox;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private AuthorityId authority;
    private ProvisionId ash;
    private ProvisionId oakfield;
    private ChildId ella;
    private ChildId finn;
    private ChildId gus;

    @BeforeAll
    void twoChildrenAtAshAndOakfieldInTheDirectoryAndABankHoliday() throws IOException {
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 12, 2));
        accounts.createUser("op-move", "Operator Move", "op-move-1", Role.OPERATOR, null);
        accounts.createUser("admin-move", "Admin Move", "admin-move-1", Role.ADMIN, null);
        accounts.createUser("sup-move", "Supervisor Move", "sup-move-1", Role.SUPERVISOR, null);
        SignIn.as(users, contexts, "admin-move");
        calendar.importBankHolidays(withTestHoliday(), "shipped file and a test bank holiday", "admin-move");
        authority = admin.createAuthority("Mover Borough", Nation.ENGLAND, "941");
        ash = admin.createProvision(new NewProvision("Ash Primary", new Urn("941100"), ProvisionType.MAINSTREAM,
                Nation.ENGLAND, UkPhoneNumber.parse("01632 960941"), "Mrs Ash", null, Frequency.DAILY, null, EARLY));
        oakfield = admin.createProvision(new NewProvision("Oakfield Primary", new Urn("123456"),
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 960942"), "Mr Oak", null,
                Frequency.DAILY, null, EARLY));
        ella = admin.createChild(new NewChild(authority, null, "Ella", "Evans", LocalDate.of(2017, 5, 1), 4,
                Cohort.LAC, true, SenStatus.NONE));
        finn = admin.createChild(new NewChild(authority, null, "Finn", "Foster", LocalDate.of(2016, 3, 1), 5,
                Cohort.LAC, true, SenStatus.NONE));
        admin.place(ella, ash, PlacementKind.ON_ROLL, LocalDate.of(2026, 9, 3));
        admin.place(finn, ash, PlacementKind.ON_ROLL, LocalDate.of(2026, 9, 3));
        gus = admin.createChild(new NewChild(authority, null, "Gus", "Green", LocalDate.of(2016, 7, 1), 5,
                Cohort.LAC, true, SenStatus.NONE));
        admin.place(gus, ash, PlacementKind.ON_ROLL, LocalDate.of(2026, 9, 3));
    }

    @AfterAll
    void theShippedBankHolidaysAgain() throws IOException {
        SignIn.as(users, contexts, "admin-move");
        try (InputStream in = new ClassPathResource(SHIPPED).getInputStream()) {
            calendar.importBankHolidays(in, "shipped file again", "admin-move");
        }
    }

    /** GOV.UK's file as shipped, with one more England-and-Wales bank holiday on Friday 27 November 2026. */
    private static InputStream withTestHoliday() throws IOException {
        String json;
        try (InputStream in = new ClassPathResource(SHIPPED).getInputStream()) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String withHoliday = json.replaceFirst("\"events\": \\[", "\"events\": [ {\"title\": \"Test bank holiday\", "
                + "\"date\": \"" + BANK_HOLIDAY + "\", \"notes\": \"\", \"bunting\": false},");
        assertThat(withHoliday).isNotEqualTo(json);
        return new ByteArrayInputStream(withHoliday.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @Order(1)
    void heardOnACallAMoveToANewSchoolEndsTheOldPlacementAndTellsTheSchool() throws IOException {
        SignIn.as(users, contexts, "op-move");
        var panel = new org.rollcall.changes.ui.ChangeHeardPanelProbe(changes, directory, details, clock,
                new CallId(UUID.randomUUID()), ash, directory.childrenExpected(ash, LocalDate.now(clock)), "op-move");
        panel.choose("Ella Evans", ChangeKind.MOVED_SCHOOL);
        panel.date().setValue(START);
        var fields = panel.moveTo();
        fields.notListed.setValue(true);
        fields.name.setValue("Birch Academy");
        fields.urn.setValue("123456"); // Oakfield's
        fields.phone.setValue("01632 960943");
        fields.contact.setValue("Ms Birch");
        fields.email.setValue("office@birch.example.org");
        panel.save();

        assertThat(fields.urn.isInvalid()).isTrue();
        assertThat(fields.urn.getErrorMessage()).isEqualTo("URN 123456 is Oakfield Primary: use that one? Choose it "
                + "from the directory, or check the URN");
        assertThat(fields.useOffered.isVisible()).isTrue();
        assertThat(fields.useOffered.getText()).isEqualTo("Use Oakfield Primary \u00b7 URN 123456");
        assertThat(fields.name.getValue()).as("what was typed is kept").isEqualTo("Birch Academy");
        assertThat(panel.status()).startsWith("Not saved: 1 field needs correcting");
        assertThat(placements(ella)).as("nothing half-saved").extracting(ChildRecord.Placement::provisionName,
                ChildRecord.Placement::endsOn).containsExactly(org.assertj.core.groups.Tuple.tuple("Ash Primary",
                null));
        assertThat(directory.searchProvisions("Birch", java.util.EnumSet.allOf(ProvisionType.class), 10)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM school_move").query(Long.class).single()).isZero();

        fields.urn.setValue("941777");
        panel.save();
        assertThat(panel.status()).contains("Ella Evans, moved to Birch Academy, starting 26 November 2026 (a school "
                + "new to Rollcall: the service is to be introduced); introduction letter sent to "
                + "office@birch.example.org");
        ProvisionMatch birch = birch();
        assertThat(directory.provisionCard(birch.id()).windows()).isEmpty();
        assertThat(placements(ella)).extracting(ChildRecord.Placement::provisionName, ChildRecord.Placement::kind,
                ChildRecord.Placement::startsOn, ChildRecord.Placement::endsOn).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Birch Academy", PlacementKind.ON_ROLL, START, null),
                org.assertj.core.groups.Tuple.tuple("Ash Primary", PlacementKind.ON_ROLL, LocalDate.of(2026, 9, 3),
                        START.minusDays(1)));
        assertThat(moves.openIntroductions()).singleElement().satisfies(t -> {
            assertThat(t.schoolName()).isEqualTo("Birch Academy");
            assertThat(t.phone()).isEqualTo("01632 960943");
            assertThat(t.contact()).isEqualTo("Ms Birch");
            assertThat(t.childName()).isEqualTo("Ella Evans");
        });
        assertThat(jdbc.sql("SELECT detail FROM audit_log WHERE action = 'SCHOOL_MOVE' AND subject_id = ?")
                .param(ella.toString()).query(String.class).single()).contains("heard on call ",
                "before on roll at Ash Primary since 3 September 2026",
                "after on roll at Birch Academy from 26 November 2026 (Ash Primary ended 25 November 2026)",
                "school set up by the move", "introduce the service", "introduction letter to office@birch");

        ReceivedMail mail = await().until(() -> mailbox.messages().stream()
                .filter(m -> m.to().contains("office@birch.example.org")).toList(), l -> !l.isEmpty()).getFirst();
        assertThat(mail.subject()).isEqualTo("Ella Evans joins Birch Academy on Thursday 26 November 2026: "
                + "introducing Rollcall for Mover Borough");
        assertThat(mail.attachments()).singleElement().satisfies(pdf -> {
            assertThat(pdf.contentType()).isEqualTo("application/pdf");
            try (PDDocument letter = Loader.loadPDF(pdf.content())) {
                assertThat(new PDFTextStripper().getText(letter).replaceAll("\\s+", " ")).contains(
                        "Dear Ms Birch", "Ella Evans joins Birch Academy on Thursday 26 November 2026",
                        "Mover Borough's Virtual School", "Mover Borough");
            }
        });
    }

    @Test
    @Order(2)
    void anAdminRecordsAMoveOverRestAndBadInputIsRefusedWithNothingSaved() throws Exception {
        SignIn.as(users, contexts, "admin-move"); // for the reads below; the API signs in on its own
        // A URN the directory holds under another name: refused, the existing school offered.
        Answer clash = post(finn, """
                {"startsOn": "2026-11-30", "newSchool": {"name": "Cedar School", "urn": "123456",
                 "phone": "01632 960944", "contact": "Mr Cedar"}}""");
        assertThat(clash.status()).isEqualTo(400);
        assertThat(clash.json().get("title").asString()).isEqualTo("Refused: nothing was stored");
        assertThat(clash.json().get("fields").get("urn").asString()).startsWith("URN 123456 is Oakfield Primary: "
                + "use that one?");
        assertThat(clash.json().get("offeredSchoolId").asString()).isEqualTo(oakfield.value().toString());
        // Every bad field at once.
        Answer bad = post(finn, """
                {"startsOn": "2027-06-01", "newSchool": {"name": "", "urn": "12", "phone": "0909 123456",
                 "contact": "Mr Cedar"}, "email": "not an address"}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("fields").propertyNames()).containsExactlyInAnyOrder("date", "name", "urn",
                "phone", "email");
        assertThat(bad.json().get("fields").get("date").asString()).contains("more than a term ahead");
        assertThat(placements(finn)).hasSize(1);

        // Oakfield is called already (it has a window) and has no designated teacher's email: no task, and the
        // letter is in the outbox as undeliverable, for admins to see.
        Answer moved = post(finn, "{\"startsOn\": \"2026-11-30\", \"schoolId\": \"" + oakfield.value() + "\"}");
        assertThat(moved.status()).isEqualTo(201);
        assertThat(moved.json().get("school").asString()).isEqualTo("Oakfield Primary");
        assertThat(moved.json().get("fromSchool").asString()).isEqualTo("Ash Primary");
        assertThat(moved.json().get("introductionTask").asBoolean()).isFalse();
        assertThat(moved.json().get("letterTo").isNull()).isTrue();
        assertThat(moves.openIntroductions()).extracting(IntroductionTask::schoolName).containsExactly(
                "Birch Academy");
        UUID letter = jdbc.sql("SELECT letter_id FROM school_move WHERE child_id = ?").param(finn.value())
                .query(UUID.class).single();
        assertThat(notifications.find(new MessageId(letter)).orElseThrow()).satisfies(m -> {
            assertThat(m.status()).isEqualTo(MessageStatus.FAILED);
            assertThat(m.lastError()).contains("Oakfield Primary has no designated teacher's email address");
        });
        assertThat(placements(finn)).extracting(ChildRecord.Placement::provisionName, ChildRecord.Placement::endsOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Oakfield Primary", null),
                        org.assertj.core.groups.Tuple.tuple("Ash Primary", LocalDate.of(2026, 11, 29)));

        // Overlapping on-roll placements: a move starting before the Oakfield placement, and a second placement.
        Answer overlap = post(finn, "{\"startsOn\": \"2026-11-20\", \"schoolId\": \"" + ash.value() + "\"}");
        assertThat(overlap.status()).isEqualTo(400);
        assertThat(overlap.json().get("fields").get("date").asString()).contains("is not after the child's "
                + "placement at Oakfield Primary started");
        assertThatThrownBy(() -> admin.place(finn, ash, PlacementKind.ON_ROLL, LocalDate.of(2026, 12, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the child is on roll at Oakfield Primary from 2026-11-30 with no end date, "
                        + "which overlaps a placement starting 2026-12-01");
        assertThat(placements(finn)).hasSize(2);
        assertThat(post(finn, "{\"startsOn\": \"2026-11-30\", \"schoolId\": \"" + oakfield.value() + "\"}")
                .json().get("fields").get("date").asString()).as("already on roll there, or not after its start")
                .isNotBlank();
        Answer notAdmin = post(finn, "{}", "op-move");
        assertThat(notAdmin.status()).isEqualTo(403);
    }

    @Test
    @Order(3)
    void theNewSchoolsFirstCallBackdatesTheMarksOnSchoolDaysOnlyEachWithItsOwnDate() {
        SignIn.as(users, contexts, "op-move");
        ProvisionId birch = birch().id();
        Backdating.Due due = backdating.dueAt(birch).stream().filter(d -> d.childName().equals("Ella Evans"))
                .findFirst().orElseThrow();
        assertThat(due.label()).isEqualTo("Backdate Ella Evans's marks from Thursday 26 November 2026");
        assertThat(due.missing()).isEqualTo(6);
        UUID call = UUID.randomUUID();
        var grid = new org.rollcall.moves.ui.BackdateGrid(backdating, due.move(), call, "op-move", () -> { });
        assertThat(grid.cells.keySet()).extracting(BackdateEntry.Slot::date).containsExactly(START, START,
                LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 1));
        assertThat(grid.status.getText()).isEqualTo("6 sessions still to mark");

        // Refused on the grid: an illness without its reason; nothing saved, everything typed kept.
        type(grid, START, Session.AM, "/", "");
        type(grid, START, Session.PM, "\\", "");
        type(grid, LocalDate.of(2026, 11, 30), Session.AM, "I", "");
        grid.save();
        var refused = grid.cells.get(new BackdateEntry.Slot(LocalDate.of(2026, 11, 30), Session.AM)).code();
        assertThat(refused.isInvalid()).isTrue();
        assertThat(grid.cells.get(new BackdateEntry.Slot(LocalDate.of(2026, 11, 30), Session.AM)).problem()
                .getText()).startsWith("AM: ").contains("code 'I' is an absence (Illness)", "reason");
        assertThat(grid.status.getText()).startsWith("Not saved: 1 mark needs correcting");
        assertThat(grid.cells.get(new BackdateEntry.Slot(START, Session.AM)).code().getValue()).isEqualTo("/");
        assertThat(marks(ella)).isEmpty();

        // Refused by the service: before the start, after today, a bank holiday, a Saturday; nothing saved.
        assertThatThrownBy(() -> backdating.save(due.move(), List.of(
                new BackdateEntry(START, Session.AM, "/", null),
                new BackdateEntry(START.minusDays(1), Session.AM, "/", null),
                new BackdateEntry(LocalDate.of(2026, 12, 3), Session.AM, "/", null),
                new BackdateEntry(BANK_HOLIDAY, Session.AM, "/", null),
                new BackdateEntry(LocalDate.of(2026, 11, 28), Session.PM, "\\", null)), call, "op-move"))
                .isInstanceOfSatisfying(BackdateRefusedException.class, e -> {
                    assertThat(e.problems()).hasSize(4);
                    assertThat(e.problems().get(new BackdateEntry.Slot(START.minusDays(1), Session.AM)))
                            .contains("is before Ella Evans started at Birch Academy on Thursday 26 November 2026");
                    assertThat(e.problems().get(new BackdateEntry.Slot(LocalDate.of(2026, 12, 3), Session.AM)))
                            .contains("is after today (Wednesday 2 December 2026)");
                    assertThat(e.problems().get(new BackdateEntry.Slot(BANK_HOLIDAY, Session.AM)))
                            .contains("Friday 27 November 2026 morning was not a school session at Birch Academy");
                    assertThat(e.problems().get(new BackdateEntry.Slot(LocalDate.of(2026, 11, 28), Session.PM)))
                            .contains("Saturday 28 November 2026 afternoon was not a school session");
                });
        assertThat(marks(ella)).isEmpty();

        // Put right: all six sessions saved at once, each with its own date, none on the holiday or the weekend.
        type(grid, LocalDate.of(2026, 11, 30), Session.AM, "I", "Ill with a cold");
        type(grid, LocalDate.of(2026, 11, 30), Session.PM, "I", "Ill with a cold");
        type(grid, LocalDate.of(2026, 12, 1), Session.AM, "/", "");
        type(grid, LocalDate.of(2026, 12, 1), Session.PM, "\\", "");
        grid.save();
        assertThat(grid.status.getText()).isEqualTo("All 6 sessions are marked: backdating done");
        assertThat(marks(ella)).extracting(Mark::date, Mark::session, Mark::code, Mark::provisionId, Mark::callId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(START, Session.AM, "/", birch, call),
                        org.assertj.core.groups.Tuple.tuple(START, Session.PM, "\\", birch, call),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 11, 30), Session.AM, "I", birch, call),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 11, 30), Session.PM, "I", birch, call),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 12, 1), Session.AM, "/", birch, call),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 12, 1), Session.PM, "\\", birch,
                                call));
        assertThat(backdating.dueAt(birch)).as("closed once every day is entered").isEmpty();
    }

    @Test
    @Order(4)
    void savingTheAgreedWindowContactAndPasswordClosesTheIntroduction() {
        SignIn.as(users, contexts, "sup-move");
        var view = navigate(org.rollcall.moves.ui.IntroductionsViewProbe.ROUTE,
                org.rollcall.moves.ui.IntroductionsView.class);
        var probe = new org.rollcall.moves.ui.IntroductionsViewProbe(view);
        probe.choose("Birch Academy");
        probe.agree(LocalTime.of(13, 30), null, "Mrs Birch (office)", "birch-tree");
        probe.save();
        assertThat(probe.status()).isEqualTo("Not saved: give both times of the afternoon window, such as 13:30 and "
                + "14:00");
        assertThat(moves.openIntroductions()).hasSize(1);
        probe.agree(LocalTime.of(13, 30), LocalTime.of(14, 0), "Mrs Birch (office)", "birch-tree");
        probe.save();
        assertThat(probe.status()).isEqualTo("Saved: Birch Academy is called from the next plan");
        assertThat(moves.openIntroductions()).isEmpty();
        var card = directory.provisionCard(birch().id());
        assertThat(card.windows()).singleElement().satisfies(w -> {
            assertThat(w.part()).isEqualTo(WindowPart.AFTERNOON);
            assertThat(w.opensAt()).isEqualTo(LocalTime.of(13, 30));
        });
        assertThat(card.contactName()).isEqualTo("Mrs Birch (office)");
        assertThat(card.password()).isEqualTo("birch-tree");
    }

    @Test
    @Order(5)
    void theSchoolOfferedForAUrnClashIsTakenWithOneButton() {
        SignIn.as(users, contexts, "op-move");
        var panel = new org.rollcall.changes.ui.ChangeHeardPanelProbe(changes, directory, details, clock,
                new CallId(UUID.randomUUID()), ash, directory.childrenExpected(ash, LocalDate.now(clock)), "op-move");
        panel.choose("Gus Green", ChangeKind.MOVED_SCHOOL);
        panel.date().setValue(LocalDate.of(2026, 12, 7));
        var fields = panel.moveTo();
        fields.notListed.setValue(true);
        fields.name.setValue("Oakfield School"); // as the school called it; the directory says Oakfield Primary
        fields.urn.setValue("123456");
        fields.phone.setValue("01632 960942");
        fields.contact.setValue("Mr Oak");
        panel.save();
        assertThat(fields.urn.isInvalid()).isTrue();
        fields.useOffered.click();
        assertThat(fields.notListed.getValue()).isFalse();
        assertThat(fields.school.getValue().name()).isEqualTo("Oakfield Primary");
        assertThat(fields.urn.isInvalid()).isFalse();
        panel.save();
        assertThat(panel.status()).contains("Gus Green, moved to Oakfield Primary, starting 7 December 2026");
        assertThat(placements(gus)).extracting(ChildRecord.Placement::provisionName, ChildRecord.Placement::endsOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Oakfield Primary", null),
                        org.assertj.core.groups.Tuple.tuple("Ash Primary", LocalDate.of(2026, 12, 6)));
        assertThat(directory.searchProvisions("Oakfield", java.util.EnumSet.allOf(ProvisionType.class), 10))
                .as("no second Oakfield").hasSize(1);
        assertThat(backdating.dueAt(oakfield)).as("a start still to come: nothing to backdate yet")
                .noneMatch(d -> d.childName().equals("Gus Green"));
    }

    private static void type(org.rollcall.moves.ui.BackdateGrid grid, LocalDate day, Session session, String code,
                             String reason) {
        var cell = grid.cells.get(new BackdateEntry.Slot(day, session));
        cell.code().setValue(code);
        cell.reason().setValue(reason);
    }

    private ProvisionMatch birch() {
        return directory.provisionWithUrn(new Urn("941777")).orElseThrow();
    }

    private List<ChildRecord.Placement> placements(ChildId child) {
        return directory.childRecord(child).orElseThrow().placements();
    }

    private List<Mark> marks(ChildId child) {
        return attendance.currentMarks(child, START.minusDays(7), LocalDate.of(2026, 12, 2));
    }

    record Answer(int status, JsonNode json) {
    }

    private Answer post(ChildId child, String body) throws IOException, InterruptedException {
        return post(child, body, "admin-move");
    }

    private Answer post(ChildId child, String body, String user) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/admin/children/" + child.value() + "/moves"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user + "-1")
                        .getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body().isBlank() ? null : JSON.readTree(response.body()));
    }
}
