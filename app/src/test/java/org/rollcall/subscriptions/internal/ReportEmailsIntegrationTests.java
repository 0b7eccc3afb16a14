package org.rollcall.subscriptions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.Role;
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
import org.rollcall.directory.Upn;
import org.rollcall.notify.EmbeddedMailbox;
import org.rollcall.notify.MessageId;
import org.rollcall.notify.ReceivedMail;
import org.rollcall.platform.ui.HumanDates;
import org.rollcall.subscriptions.NewSubscription;
import org.rollcall.subscriptions.ReportEmailSettings;
import org.rollcall.subscriptions.ReportFrequency;
import org.rollcall.subscriptions.ReportSubscription;
import org.rollcall.subscriptions.ReportSubscriptions;
import org.rollcall.subscriptions.SubscriptionRefusedException;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.rollcall.subscriptions.ui.UnsubscribeView;

/**
 * Report emails on the real stack (embedded PostgreSQL, the embedded SMTP server): who may subscribe which address,
 * a due run sending one email with the report's link and no personal data, two runners at once sending it once,
 * another authority's user seeing and changing nothing, no attachment over a relay without TLS, the unsubscribe link
 * working without signing in (browserless) and a changed one refused. The list screen is in
 * {@code ReportEmailsViewIntegrationTests}.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportEmailsIntegrationTests extends SpringBrowserlessTest {

    static final String SHIRE_DOMAIN = "subs-shire.example.gov.uk";
    static final String CHILD_FIRST = "Zephyrine";
    static final String CHILD_LAST = "Quillfeather";
    static final String SCHOOL = "Marchbank Oak Primary";

    @Autowired DirectoryAdmin directoryAdmin;
    @Autowired Accounts accounts;
    @Autowired ReportSubscriptions subscriptions;
    @Autowired ReportEmailSettings settings;
    @Autowired ReportRunner runner;
    @Autowired ReportRun run;
    @Autowired EmbeddedMailbox mailbox;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLog audit;
    @Autowired Clock clock;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;

    private AuthorityId shire;
    private String upn;
    private LocalDate today;
    private Instant afterSendTime;

    @BeforeAll
    void twoAuthoritiesAChildAndTheirUsers() {
        today = LocalDate.now(clock);
        afterSendTime = today.atTime(LocalTime.of(16, 31)).atZone(clock.getZone()).toInstant();
        shire = directoryAdmin.createAuthority("Subscriptions Shire", Nation.ENGLAND, "987");
        AuthorityId borough = directoryAdmin.createAuthority("Subscriptions Borough", Nation.ENGLAND, "988");
        settings.setAllowedDomains(shire, List.of(SHIRE_DOMAIN, "Shire-Schools.example.org"), "test admin");
        settings.setAllowedDomains(borough, List.of("subs-borough.example.gov.uk"), "test admin");
        ProvisionId school = directoryAdmin.createProvision(new NewProvision(SCHOOL, null, ProvisionType.MAINSTREAM,
                Nation.ENGLAND, UkPhoneNumber.parse("01632 960581"), "Mrs Office", null, Frequency.DAILY, null,
                List.of(new CallWindow(null, LocalTime.of(23, 0), LocalTime.of(23, 30)))));
        upn = Upn.withCheckLetter("987202600001");
        ChildId child = directoryAdmin.createChild(new NewChild(shire, new Upn(upn), CHILD_FIRST, CHILD_LAST,
                today.minusYears(9), 4, Cohort.LAC, true, SenStatus.NONE));
        directoryAdmin.place(child, school, PlacementKind.ON_ROLL, today.minusDays(30));
        accounts.createUser("subs-la", "Shire VSH", "subs-la-1", Role.AUTHORITY, shire);
        accounts.createUser("subs-other", "Borough VSH", "subs-other-1", Role.AUTHORITY, borough);
    }

    @AfterAll
    void signOut() {
        contexts.clearContext();
    }

    @Test
    @Order(1)
    void addressesOutsideTheDomainsUnknownReportsAndDuplicatesAreRefusedSayingWhyAndNothingIsStored() {
        SignIn.as(users, contexts, "subs-la");
        assertRefused(daily("daily-absence", "head@" + SHIRE_DOMAIN + ".evil.com"), "is not in one of its domains "
                + "shire-schools.example.org, " + SHIRE_DOMAIN);
        assertRefused(daily("daily-absence", "head@mail." + SHIRE_DOMAIN), "is not in one of its domains");
        assertRefused(daily("daily-absence", "head@subs-borough.example.gov.uk"), "is not in one of its domains");
        assertRefused(daily("daily-absence", "Head <head@" + SHIRE_DOMAIN + ">"), "is not an email address");
        assertRefused(daily("no-such-report", "head@" + SHIRE_DOMAIN), "There is no report 'no-such-report': "
                + "choose one of Daily absence, Weekly attendance summary");
        assertRefused(new NewSubscription("exclusions", "head@" + SHIRE_DOMAIN, ReportFrequency.WEEKLY, null),
                "A weekly email needs a weekday, Monday to Friday");
        assertRefused(new NewSubscription("exclusions", "head@" + SHIRE_DOMAIN, ReportFrequency.WEEKLY,
                java.time.DayOfWeek.SUNDAY), "Monday to Friday, not Sunday");
        assertThat(rows()).isZero();

        ReportSubscription added = subscriptions.subscribe(daily("daily-absence", "Head@SUBS-Shire.example.gov.uk"));
        assertThat(added.address()).isEqualTo("head@" + SHIRE_DOMAIN);
        assertThat(added.nextRun()).isEqualTo(today);
        assertRefused(daily("daily-absence", "head@" + SHIRE_DOMAIN), "The Daily absence report already goes to head@"
                + SHIRE_DOMAIN);
        assertThat(rows()).isEqualTo(1);
        assertThat(audit.count("report-email-subscribed", SubscriptionService.AUDIT_SUBJECT, added.id().toString()))
                .isEqualTo(1);
    }

    @Test
    @Order(2)
    void aDueSubscriptionSendsOneEmailWithTheReportsLinkAndNoPersonalDataOnce() {
        // The context is shared with other test classes: count this authority's messages, not every one queued.
        runner.runDue(afterSendTime.minusSeconds(120)); // 16:29: not yet
        assertThat(queuedTo("head@" + SHIRE_DOMAIN)).isZero();
        List<MessageId> queued = runner.runDue(afterSendTime);
        assertThat(queuedTo("head@" + SHIRE_DOMAIN)).isEqualTo(1);
        assertThat(queued).contains(new MessageId(jdbc.sql("SELECT id FROM outbox_message WHERE recipient = ?")
                .param("head@" + SHIRE_DOMAIN).query(java.util.UUID.class).single()));
        ReceivedMail mail = mailTo("head@" + SHIRE_DOMAIN);
        String link = "http://localhost:8080/reports/daily-absence?from=" + today + "&to=" + today;
        assertThat(mail.subject()).isEqualTo("Daily absence report for " + HumanDates.day(
                today));
        assertThat(mail.text()).contains(link).contains("Subscriptions Shire")
                .contains("the report is not attached").contains("You receive this report every weekday")
                .contains("http://localhost:8080/report-emails/unsubscribe?token=");
        assertThat(mail.html()).contains(link.replace("&", "&amp;"));
        assertThat(mail.attachments()).isEmpty();
        for (String personal : List.of(CHILD_FIRST, CHILD_LAST, upn, SCHOOL, "Marchbank")) {
            assertThat(mail.subject() + mail.text() + mail.html()).as(personal).doesNotContainIgnoringCase(personal);
        }
        // Run again (the next minute's check, or another node's): nothing more.
        runner.runDue(afterSendTime.plusSeconds(60));
        assertThat(queuedTo("head@" + SHIRE_DOMAIN)).isEqualTo(1);
        assertThat(mailsTo("head@" + SHIRE_DOMAIN)).hasSize(1);
    }

    @Test
    @Order(2)
    void theLinkInTheEmailOpensTheReportForASignedInUserOfTheAuthority() {
        String text = mailTo("head@" + SHIRE_DOMAIN).text();
        String link = text.substring(text.indexOf("http://localhost:8080/reports/")).split("\\s")[0];
        String location = link.substring("http://localhost:8080/".length());
        SignIn.as(users, contexts, "subs-la");
        String[] pathAndQuery = location.split("\\?", 2);
        com.vaadin.flow.component.UI.getCurrent().navigate(pathAndQuery[0],
                com.vaadin.flow.router.QueryParameters.fromString(pathAndQuery[1]));
        assertThat($(org.rollcall.reports.ui.ReportView.class).single()).isNotNull();
        assertThat($(com.vaadin.flow.component.html.H2.class).all()).extracting(h -> h.getText())
                .contains("Daily absence — Subscriptions Shire, " + HumanDates.date(today));
        assertThat($(Paragraph.class).withId("report-problem").exists()).as("no refusal shown").isFalse();
    }

    @Test
    @Order(3)
    void twoNodesCheckingAtTheSameMomentSendEachRunOnce() throws Exception {
        SignIn.as(users, contexts, "subs-la");
        ReportSubscription s = subscriptions.subscribe(daily("exclusions", "duty@" + SHIRE_DOMAIN));
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<Optional<MessageId>>> runs = List.of(
                    nodes.submit(() -> { together.await(); return run.send(s.id(), today); }),
                    nodes.submit(() -> { together.await(); return run.send(s.id(), today); }));
            long sent = 0;
            for (Future<Optional<MessageId>> r : runs) {
                sent += r.get().isPresent() ? 1 : 0;
            }
            assertThat(sent).isEqualTo(1);
            // Then both nodes' whole checks at once: the run is already claimed, so neither sends it.
            List<Future<List<MessageId>>> checks = List.of(
                    nodes.submit(() -> { together.await(); return runner.runDue(afterSendTime); }),
                    nodes.submit(() -> { together.await(); return runner.runDue(afterSendTime); }));
            for (Future<List<MessageId>> c : checks) {
                c.get();
            }
        } finally {
            nodes.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM report_subscription_run WHERE subscription_id = ?")
                .param(s.id().value()).query(Long.class).single()).isEqualTo(1);
        assertThat(queuedTo("duty@" + SHIRE_DOMAIN)).isEqualTo(1);
        mailTo("duty@" + SHIRE_DOMAIN);
        assertThat(mailsTo("duty@" + SHIRE_DOMAIN)).hasSize(1);
    }

    @Test
    @Order(4)
    void anotherAuthoritysUserSeesAndChangesNoneOfTheSubscriptions() {
        SignIn.as(users, contexts, "subs-la");
        List<ReportSubscription> shires = subscriptions.list();
        assertThat(shires).hasSizeGreaterThanOrEqualTo(2);
        SignIn.as(users, contexts, "subs-other");
        assertThat(subscriptions.list()).isEmpty();
        assertThat(subscriptions.allowedDomains()).containsExactly("subs-borough.example.gov.uk");
        for (ReportSubscription theirs : shires) {
            assertThatThrownBy(() -> subscriptions.pause(theirs.id())).hasMessageContaining("no such report email");
            assertThatThrownBy(() -> subscriptions.resume(theirs.id())).hasMessageContaining("no such report email");
            assertThatThrownBy(() -> subscriptions.unsubscribe(theirs.id()))
                    .hasMessageContaining("no such report email");
        }
        // Nor subscribe an address of the other authority's domains.
        assertRefused(daily("daily-absence", "spy@" + SHIRE_DOMAIN), "is not in its domain subs-borough");
        SignIn.as(users, contexts, "subs-la");
        assertThat(subscriptions.list()).extracting(ReportSubscription::paused).containsOnly(false);
        assertThat(subscriptions.list()).hasSize(shires.size());
    }

    @Test
    @Order(5)
    void withAttachmentsSwitchedOnButARelayWithoutTlsTheEmailStillCarriesOnlyTheLink() {
        settings.setAttachments(shire, true, "test admin");
        try {
            SignIn.as(users, contexts, "subs-la");
            ReportSubscription s = subscriptions.subscribe(daily("not-on-roll", "records@shire-schools.example.org"));
            runner.runDue(afterSendTime);
            assertThat(queuedTo("records@shire-schools.example.org")).isEqualTo(1);
            ReceivedMail mail = mailTo("records@shire-schools.example.org");
            assertThat(mail.attachments()).isEmpty();
            assertThat(mail.text()).contains("the report is not attached");
            assertThat(jdbc.sql("SELECT attached FROM report_subscription_run WHERE subscription_id = ?")
                    .param(s.id().value()).query(Boolean.class).single()).isFalse();
        } finally {
            settings.setAttachments(shire, false, "test admin");
        }
    }

    @Test
    @Order(6)
    void pausedSubscriptionsAreNotSentAndAResumedOneWaitsForItsNextRun() {
        SignIn.as(users, contexts, "subs-la");
        ReportSubscription s = subscriptions.subscribe(daily("cohorts", "cohorts@" + SHIRE_DOMAIN));
        assertThat(subscriptions.pause(s.id()).nextRun()).isNull();
        runner.runDue(afterSendTime);
        assertThat(queuedTo("cohorts@" + SHIRE_DOMAIN)).isZero();
        ReportSubscription resumed = subscriptions.resume(s.id());
        assertThat(resumed.paused()).isFalse();
        runner.runDue(afterSendTime);
        assertThat(queuedTo("cohorts@" + SHIRE_DOMAIN)).as("resumed before 16:30: today's run goes").isEqualTo(1);
        subscriptions.unsubscribe(s.id());
        assertThat(subscriptions.list()).extracting(ReportSubscription::address)
                .doesNotContain("cohorts@" + SHIRE_DOMAIN);
        assertThat(audit.count("report-email-ended", SubscriptionService.AUDIT_SUBJECT, s.id().toString()))
                .isEqualTo(1);
    }

    @Test
    @Order(7)
    void theUnsubscribeLinkInTheEmailWorksWithoutSigningInOnceAndAChangedOneIsRefused() {
        ReceivedMail mail = mailTo("head@" + SHIRE_DOMAIN);
        String text = mail.text();
        int at = text.indexOf("report-emails/unsubscribe?token=");
        String token = text.substring(at).split("\\s")[0].split("=", 2)[1];
        contexts.clearContext();
        SecurityContextHolder.clearContext();

        String changed = token.substring(0, 3) + (token.charAt(3) == 'x' ? 'y' : 'x') + token.substring(4);
        open(changed);
        assertThat($(Paragraph.class).id("unsubscribe-message").getText()).contains("This unsubscribe link is not "
                + "valid").contains("Copy the whole link");
        assertThat($(Button.class).withId("unsubscribe-stop").exists()).isFalse(); // none shown

        open(token);
        assertThat($(Paragraph.class).id("unsubscribe-message").getText())
                .isEqualTo("Stop emailing the Daily absence report to head@" + SHIRE_DOMAIN
                        + "? Nothing else changes.");
        assertThat(rowsTo("head@" + SHIRE_DOMAIN)).isEqualTo(1); // opening the link changed nothing
        java.util.UUID id = jdbc.sql("SELECT id FROM report_subscription WHERE recipient = ?")
                .param("head@" + SHIRE_DOMAIN).query(java.util.UUID.class).single();
        test($(Button.class).id("unsubscribe-stop")).click();
        assertThat($(Paragraph.class).id("unsubscribe-message").getText()).isEqualTo("Done: Rollcall no longer "
                + "emails the Daily absence report to head@" + SHIRE_DOMAIN + ".");
        assertThat(rowsTo("head@" + SHIRE_DOMAIN)).isZero();
        assertThat(audit.count("report-email-ended", SubscriptionService.AUDIT_SUBJECT, id.toString())).isEqualTo(1);
        open(token);
        assertThat($(Paragraph.class).id("unsubscribe-message").getText()).contains("already been ended");
    }

    /** As the link in the email does: the unsubscribe page with the token in its query. */
    private void open(String token) {
        com.vaadin.flow.component.UI.getCurrent().navigate(UnsubscribeView.class,
                com.vaadin.flow.router.QueryParameters.of("token", token));
        assertThat($(UnsubscribeView.class).single()).isNotNull();
    }

    private long queuedTo(String address) {
        return jdbc.sql("SELECT count(*) FROM outbox_message WHERE recipient = ?").param(address)
                .query(Long.class).single();
    }

    private long rowsTo(String address) {
        return jdbc.sql("SELECT count(*) FROM report_subscription WHERE recipient = ?").param(address)
                .query(Long.class).single();
    }

    private void assertRefused(NewSubscription s, String message) {
        assertThatThrownBy(() -> subscriptions.subscribe(s)).isInstanceOf(SubscriptionRefusedException.class)
                .hasMessageContaining(message);
    }

    private static NewSubscription daily(String report, String address) {
        return new NewSubscription(report, address, ReportFrequency.DAILY, null);
    }

    private long rows() {
        return jdbc.sql("SELECT count(*) FROM report_subscription WHERE authority_id = ?").param(shire.value())
                .query(Long.class).single();
    }

    ReceivedMail mailTo(String address) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !mailsTo(address).isEmpty());
        return mailsTo(address).getFirst();
    }

    List<ReceivedMail> mailsTo(String address) {
        return mailbox.messages().stream().filter(m -> m.to().contains(address)).toList();
    }
}
