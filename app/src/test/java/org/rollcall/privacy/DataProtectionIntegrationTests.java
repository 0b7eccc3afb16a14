package org.rollcall.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.Role;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallSummary;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.ContactRole;
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
import org.rollcall.recording.RecordingArchive;
import org.rollcall.recording.RecordingHolds;
import org.rollcall.recording.RecordingStatus;
import org.rollcall.recording.Recordings;
import org.rollcall.support.RecordedCalls;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.rollcall.support.TestTimes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;

/**
 * A subject-access archive holds each kind of data of its child (a recording too) and nothing of another child;
 * erasure is refused under a legal hold, while the child is in the service or without a reason, and is audited;
 * the retention run erases exactly the children past their period and keeps held and recent ones; admins only.
 * Same context as the recording review tests (one robot operator calls the schools).
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestPropertySource(properties = {"rollcall.demo.robot-operators=1"})
class DataProtectionIntegrationTests extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired CallLog calls;
    @Autowired Recordings recordings;
    @Autowired RecordingArchive archive;
    @Autowired RecordingHolds holds;
    @Autowired SubjectAccessExports exports;
    @Autowired ChildErasure erasure;
    @Autowired PersonalDataRetention retention;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private LocalDate today;
    private AuthorityId authority;
    private ChildId ada;
    private ChildId bea;
    private ProvisionId adaSchool;
    private CallSummary adaCall;
    private CallSummary beaCall;

    @BeforeAll
    void twoChildrenCalledAtTwoSchools() {
        today = LocalDate.now(clock);
        accounts.createUser("dp-admin", "Data Admin", "dp-admin-password", Role.ADMIN, null);
        accounts.createUser("dp-qa", "QA Privacy", "dp-qa-password", Role.QA, null);
        authority = directory.createAuthority("Privacy Borough", Nation.ENGLAND, "957");
        adaSchool = school("Exportwell Primary", "01632 960957");
        ProvisionId beaSchool = school("Otherchild Primary", "01632 960958");
        ada = child("Ada", "Exportwell", adaSchool);
        bea = child("Bea", "Otherchild", beaSchool);
        directory.addContact(ada, ContactRole.CARER, "Carla Carer", UkPhoneNumber.parse("07700 900957"),
                "carla@example.org");
        adaCall = RecordedCalls.recordedCallTo(calls, recordings, clock, adaSchool);
        beaCall = RecordedCalls.recordedCallTo(calls, recordings, clock, beaSchool);
        audit.record("someone", "VIEW_CHILD", "child", ada.value().toString(), "the record was opened");
    }

    @Test
    @Order(1)
    void theArchiveHoldsEachKindOfDataOfItsChildAndNothingOfAnother() throws Exception {
        SignIn.as(users, contexts, "dp-admin");
        long started = System.nanoTime();
        ExportJob job = exports.request(ada.value());
        assertThat(job.status()).isEqualTo("RUNNING");
        ExportJob ready = await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                .until(() -> exports.job(job.id()), j -> !j.status().equals("RUNNING"));
        assertThat(ready.status()).as(ready.statusLabel()).isEqualTo("READY");
        assertThat(ready.partsDone()).isEqualTo(ready.partsTotal());
        System.out.printf("Subject-access export: %d parts, %d bytes, ready within %d ms%n", ready.partsTotal(),
                ready.sizeBytes(), (System.nanoTime() - started) / 1_000_000);

        Map<String, byte[]> zip = unzip(exports.download(job.id()));
        assertThat(zip).containsKeys("README.txt", "index.html", "data/child.json", "data/child.csv",
                "data/placements.json", "data/contacts.json", "data/marks.json", "data/calls.json",
                "data/recordings.json", "data/who_viewed.json", "data/escalations.json", "data/changes_heard.json",
                "data/challenges.json", "data/school_moves.json", "data/not_on_roll.json", "data/results.json",
                "data/ap_attendance.json", "recordings/call-" + adaCall.id().value() + ".wav");
        assertThat(text(zip, "data/child.json")).contains("Exportwell");
        assertThat(text(zip, "data/placements.json")).contains("Exportwell Primary");
        assertThat(text(zip, "data/contacts.json")).contains("Carla Carer");
        assertThat(text(zip, "data/marks.json")).contains(adaCall.id().value().toString());
        assertThat(text(zip, "data/calls.json")).contains(adaCall.id().value().toString());
        assertThat(text(zip, "data/who_viewed.json")).contains("the record was opened")
                .contains("REQUEST_SUBJECT_ACCESS_EXPORT");
        ByteArrayOutputStream stored = new ByteArrayOutputStream();
        assertThat(archive.copyTo(adaCall.id().value(), stored)).isTrue();
        assertThat(zip.get("recordings/call-" + adaCall.id().value() + ".wav")).isEqualTo(stored.toByteArray());
        String readme = text(zip, "README.txt");
        for (String part : zip.keySet()) {
            if (!part.equals("README.txt") && !part.equals("index.html") && !part.endsWith(".csv")) {
                assertThat(readme).as("the index names " + part).contains(part);
            }
        }
        for (Map.Entry<String, byte[]> part : zip.entrySet()) {
            String content = new String(part.getValue(), StandardCharsets.ISO_8859_1);
            assertThat(content).as(part.getKey()).doesNotContain("Otherchild", bea.value().toString(),
                    beaCall.id().value().toString());
        }
        assertThat(audit.count("REQUEST_SUBJECT_ACCESS_EXPORT", "child", ada.value().toString())).isEqualTo(1);
        assertThat(audit.count("DOWNLOAD_SUBJECT_ACCESS_EXPORT", "child", ada.value().toString())).isEqualTo(1);
    }

    @Test
    @Order(2)
    void erasureIsRefusedWithoutAReasonWhileInTheServiceAndUnderAHold() {
        SignIn.as(users, contexts, "dp-admin");
        UUID child = ada.value();
        assertThatIllegalArgumentException().isThrownBy(() -> erasure.eraseOnRequest(child, "  "))
                .withMessageContaining("say why");
        assertThatIllegalArgumentException().isThrownBy(() -> erasure.eraseOnRequest(UUID.randomUUID(), "asked"))
                .withMessageContaining("there is no child");
        assertThatIllegalArgumentException().isThrownBy(() -> erasure.eraseOnRequest(child, "asked"))
                .withMessageContaining("still in the service").withMessageContaining("End their placements");

        directory.endPlacement(ada, adaSchool, today.minusDays(1));
        holds.hold(adaCall.id().value(), true, "court case 12");
        assertThatIllegalArgumentException().isThrownBy(() -> erasure.eraseOnRequest(child, "asked"))
                .withMessageContaining("legal hold covers 1 call").withMessageContaining("lift the hold");
        assertThat(jdbc.sql("SELECT first_name FROM child WHERE id = ?").param(child).query(String.class).single())
                .as("nothing erased").isEqualTo("Ada");
        assertThat(audit.count("ERASE_CHILD", "child", child.toString())).isZero();
    }

    @Test
    @Order(3)
    void anErasureOnRequestAnonymisesTheChildDeletesTheRecordingAndIsLoggedAndAudited() {
        SignIn.as(users, contexts, "dp-admin");
        UUID child = ada.value();
        holds.hold(adaCall.id().value(), false, "case closed");
        ErasureEntry entry = erasure.eraseOnRequest(child, "erasure request of 30 November, case 77");

        assertThat(entry.onRequest()).isTrue();
        assertThat(entry.reference()).isEqualTo(child);
        assertThat(entry.recordings()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT first_name || ' ' || last_name || ' ' || coalesce(upn, '-') FROM child WHERE id = ?")
                .param(child).query(String.class).single()).isEqualTo("Erased child -");
        assertThat(jdbc.sql("SELECT count(*) FROM contact WHERE child_id = ?").param(child).query(Integer.class)
                .single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM mark WHERE child_id = ?").param(child).query(Integer.class)
                .single()).as("marks kept, anonymised, for statistics").isPositive();
        assertThat(recordings.forCall(adaCall.id().value()).orElseThrow().status()).isEqualTo(RecordingStatus.DELETED);
        assertThat(recordings.forCall(beaCall.id().value()).orElseThrow().status()).isEqualTo(RecordingStatus.STORED);
        assertThat(erasure.log(10)).extracting(ErasureEntry::reference).contains(child);
        assertThat(audit.count("ERASE_CHILD", "child", child.toString())).isEqualTo(1);
        assertThat(exports.recent(50)).filteredOn(j -> j.childId().equals(child))
                .allSatisfy(j -> assertThat(j.status()).as("the archive went with the data").isEqualTo("EXPIRED"))
                .allSatisfy(j -> assertThat(j.childLabel()).isEqualTo("Erased child"));
        assertThatIllegalArgumentException().isThrownBy(() -> erasure.eraseOnRequest(child, "again"))
                .withMessageContaining("already erased");
    }

    @Test
    @Order(4)
    void theRetentionRunErasesExactlyTheChildrenPastTheirPeriodAndKeepsHeldAndRecentOnes() {
        SignIn.as(users, contexts, "dp-admin");
        AuthorityId borough = directory.createAuthority("Retention Borough", Nation.ENGLAND, "958");
        assertThatIllegalArgumentException().isThrownBy(() -> retention.set(borough.value(), 11))
                .withMessageContaining("12 to 300 months");
        retention.set(borough.value(), 12);
        ProvisionId calledSchool = school("Held Primary", "01632 960959");
        ProvisionId quietSchool = school("Recent Primary", "01632 960960");
        ChildId longGone = child(borough, "Len", "Longgone", quietSchool, today.minusYears(10));
        directory.endPlacement(longGone, quietSchool, today.minusYears(8));
        ChildId held = child(borough, "Hal", "Heldback", calledSchool, today.minusDays(1));
        ChildId recent = child(borough, "Rae", "Recentleft", quietSchool, today.minusDays(1));
        CallSummary heldCall = RecordedCalls.recordedCallTo(calls, recordings, clock, calledSchool);
        directory.endPlacement(held, calledSchool, today);
        directory.endPlacement(recent, quietSchool, today);
        holds.hold(heldCall.id().value(), true, "investigation 5");

        // Half a year on: only the child who left eight years ago is past twelve months.
        PersonalDataRetention.Run first = retention.runDaily(today.plusMonths(6));
        assertThat(first.ran()).isTrue();
        assertThat(erased(longGone)).isTrue();
        assertThat(erased(held)).isFalse();
        assertThat(erased(recent)).isFalse();
        assertThat(erased(bea)).as("still at school").isFalse();
        assertThat(retention.runDaily(today.plusMonths(6)).ran()).as("once a day, whichever node").isFalse();

        // Thirteen months on: the recent one is past too; the held one stays while the hold does.
        PersonalDataRetention.Run second = retention.runDaily(today.plusMonths(13));
        assertThat(erased(recent)).isTrue();
        assertThat(erased(held)).isFalse();
        assertThat(second.held()).isGreaterThanOrEqualTo(1);
        assertThat(erasure.log(20)).filteredOn(e -> e.reference().equals(recent.value())).singleElement()
                .satisfies(e -> {
                    assertThat(e.onRequest()).isFalse();
                    assertThat(e.leftOn()).isEqualTo(today);
                    assertThat(e.reason()).doesNotContain("Rae", "Recentleft");
                });
    }

    @Test
    @Order(5)
    void onlyAdminsExportEraseOrSetRetention() {
        SignIn.as(users, contexts, "dp-qa");
        assertThatThrownBy(() -> exports.request(bea.value())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> erasure.eraseOnRequest(bea.value(), "asked")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> retention.set(authority.value(), 24)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> erasure.find("Bea")).isInstanceOf(AccessDeniedException.class);
    }

    private boolean erased(ChildId child) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM privacy_erasure WHERE reference = ?)").param(child.value())
                .query(Boolean.class).single();
    }

    private ProvisionId school(String name, String phone) {
        return directory.createProvision(new NewProvision(name, null, ProvisionType.MAINSTREAM, Nation.ENGLAND,
                UkPhoneNumber.parse(phone), "Mrs Player", null, Frequency.DAILY, null, TestTimes.openNow(clock)));
    }

    private ChildId child(String first, String last, ProvisionId school) {
        return child(authority, first, last, school, today.minusDays(1));
    }

    private ChildId child(AuthorityId in, String first, String last, ProvisionId school, LocalDate from) {
        ChildId child = directory.createChild(new NewChild(in, null, first, last, today.minusYears(9), 4, Cohort.LAC,
                true, SenStatus.NONE));
        directory.place(child, school, PlacementKind.ON_ROLL, from);
        return child;
    }

    private static Map<String, byte[]> unzip(InputStream in) throws Exception {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }

    private static String text(Map<String, byte[]> zip, String part) {
        return new String(zip.get(part), StandardCharsets.UTF_8);
    }
}
