package org.rollcall.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Frequency;
import org.rollcall.directory.Nation;
import org.rollcall.directory.NewProvision;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionType;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.support.RollcallIntegrationTest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SchoolCalendar API on the real database: term dates of the provision's local authority, the fallback without
 * them, bank holidays per nation, single answers agreeing with the snapshot, and what a snapshot of 25,000
 * provisions costs with its database reads.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = {"rollcall.demo.robot-operators=1"})
class SchoolCalendarIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(SchoolCalendarIntegrationTests.class);

    @Autowired SchoolCalendar calendar;
    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    @LocalServerPort int port;

    private AuthorityId withTerms;
    private ProvisionId inTerms;
    private ProvisionId noAuthority;
    private ProvisionId welsh;

    @BeforeAll
    void provisionsInAndOutOfAnAuthorityWithTermDates() {
        accounts.createUser("school-calendar-admin", "Admin", "school-calendar-password", Role.ADMIN, null);
        withTerms = directory.createAuthority("Term Borough", Nation.ENGLAND, "746");
        directory.createAuthority("Cyngor Tymor", Nation.WALES, "682");
        assertThat(AdminApi.as(port, "school-calendar-admin", "school-calendar-password").post(
                "/api/v1/admin/term-dates", "text/csv", """
                        la_code,term,starts_on,ends_on,half_term_starts_on,half_term_ends_on
                        746,Autumn 2026,2026-09-03,2026-12-18,2026-10-26,2026-10-30
                        746,Spring 2027,2027-01-05,2027-03-26,2027-02-15,2027-02-19
                        """).status()).isEqualTo(200);
        inTerms = provision("Term Primary", Nation.ENGLAND, withTerms);
        noAuthority = provision("Nowhere Primary", Nation.ENGLAND, null);
        welsh = provision("Ysgol Tymor", Nation.WALES, null);
    }

    @Test
    void theLocalAuthoritysTermDatesApply() {
        assertThat(calendar.open(inTerms, LocalDate.of(2026, 10, 23))).isEqualTo(OpenSessions.BOTH);
        assertThat(calendar.open(inTerms, LocalDate.of(2026, 10, 27))).as("half-term").isEqualTo(OpenSessions.NONE);
        assertThat(calendar.isSchoolDay(inTerms, LocalDate.of(2026, 12, 21))).as("Christmas holidays").isFalse();
        assertThat(calendar.nextSchoolDay(inTerms, LocalDate.of(2026, 10, 24))).contains(LocalDate.of(2026, 11, 2));
        assertThat(calendar.nextSchoolDay(inTerms, LocalDate.of(2026, 12, 19))).contains(LocalDate.of(2027, 1, 5));
        // Autumn term, Thursday 3 September to Friday 18 December: 77 weekdays less a half-term week, 144 sessions;
        // the Christmas holidays to the end of the year add none.
        assertThat(calendar.possibleSessions(inTerms, LocalDate.of(2026, 9, 3), LocalDate.of(2026, 12, 31)))
                .isEqualTo(144);
    }

    @Test
    void withoutTermDatesEveryWeekdayThatIsNotABankHolidayIsASchoolDay() {
        assertThat(calendar.isSchoolDay(noAuthority, LocalDate.of(2026, 10, 27))).isTrue();
        assertThat(calendar.isSchoolDay(noAuthority, LocalDate.of(2026, 12, 21))).isTrue();
        assertThat(calendar.isSchoolDay(noAuthority, LocalDate.of(2026, 12, 25))).isFalse();
        assertThat(calendar.isSchoolDay(welsh, LocalDate.of(2026, 12, 28))).as("Welsh bank holiday").isFalse();
        assertThat(calendar.isSchoolDay(welsh, LocalDate.of(2026, 12, 29))).isTrue();
        assertThat(calendar.nextSchoolDay(noAuthority, LocalDate.of(2026, 12, 25))).contains(
                LocalDate.of(2026, 12, 29));
    }

    @Test
    void settingTheLocalAuthorityBringsItsTermDates() {
        ProvisionId moved = provision("Moving Primary", Nation.ENGLAND, null);
        LocalDate halfTerm = LocalDate.of(2027, 2, 16);
        assertThat(calendar.isSchoolDay(moved, halfTerm)).isTrue();
        directory.setLocalAuthority(moved, withTerms);
        assertThat(calendar.isSchoolDay(moved, halfTerm)).isFalse();
        directory.setLocalAuthority(moved, null);
        assertThat(calendar.isSchoolDay(moved, halfTerm)).isTrue();
    }

    @Test
    void singleAnswersAndTheSnapshotAgree() {
        LocalDate from = LocalDate.of(2026, 12, 14);
        LocalDate to = LocalDate.of(2027, 1, 12);
        CalendarSnapshot snapshot = calendar.snapshot(from, to);
        for (ProvisionId p : List.of(inTerms, noAuthority, welsh)) {
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                assertThat(snapshot.open(p, day)).as(p + " on " + day).isEqualTo(calendar.open(p, day));
            }
            assertThat(snapshot.nextSchoolDay(p, LocalDate.of(2026, 12, 19)))
                    .isEqualTo(calendar.nextSchoolDay(p, LocalDate.of(2026, 12, 19)));
        }
        assertThat(snapshot.open(ProvisionId.random(), from)).as("unknown provision").isEqualTo(OpenSessions.NONE);
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.open(ProvisionId.random(), from))
                .withMessageStartingWith("no provision with id");
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.snapshot(to, from))
                .withMessageContaining("the last on or after the first");
    }

    /** 25,000 provisions in 150 authorities with term dates, inserted and rolled back: nothing stays behind. */
    @Test
    void aSnapshotOf25000ProvisionsOver30DaysWithItsDatabaseReads() {
        LocalDate from = LocalDate.of(2027, 2, 1);
        LocalDate to = from.plusDays(29);
        tx.executeWithoutResult(status -> {
            jdbc.sql("""
                    INSERT INTO authority (id, name, nation, la_code, created_at)
                    SELECT gen_random_uuid(), 'Snapshot Authority ' || n, 'ENGLAND', lpad((99 + n)::text, 3, '0'),
                           TIMESTAMPTZ '2026-11-28 12:00Z'
                    FROM generate_series(1, 150) n""").update();
            jdbc.sql("""
                    INSERT INTO term (id, authority_id, name, starts_on, ends_on, half_term_starts_on,
                                      half_term_ends_on, source, loaded_by, loaded_at)
                    SELECT gen_random_uuid(), id, 'Spring 2027', DATE '2027-01-05', DATE '2027-03-26',
                           DATE '2027-02-15', DATE '2027-02-19', 'test', 'test', TIMESTAMPTZ '2026-11-28 12:00Z'
                    FROM authority WHERE name LIKE 'Snapshot Authority %'""").update();
            jdbc.sql("""
                    INSERT INTO provision (id, name, type, nation, phone, contact_name, frequency, local_authority_id)
                    SELECT gen_random_uuid(), 'Snapshot School ' || n, 'MAINSTREAM', 'ENGLAND', '+441632960000',
                           'Contact', 'DAILY', (SELECT id FROM authority WHERE la_code = lpad((99 + n % 150 + 1)::text, 3, '0'))
                    FROM generate_series(1, 25000) n""").update();
            UUID sample = jdbc.sql("SELECT id FROM provision WHERE name = 'Snapshot School 1'").query(UUID.class)
                    .single();

            long best = Long.MAX_VALUE;
            CalendarSnapshot snapshot = null;
            for (int run = 0; run < 3; run++) {
                long start = System.nanoTime();
                snapshot = calendar.snapshot(from, to);
                best = Math.min(best, System.nanoTime() - start);
            }
            long provisions = jdbc.sql("SELECT count(*) FROM provision").query(Long.class).single();
            log.info("Calendar snapshot of {} provisions x 30 days, database reads included: {} ms (best of 3)",
                    provisions, best / 1_000_000.0);
            ProvisionId school = new ProvisionId(sample);
            assertThat(snapshot.isSchoolDay(school, LocalDate.of(2027, 2, 12))).isTrue();
            assertThat(snapshot.isSchoolDay(school, LocalDate.of(2027, 2, 16))).as("half-term").isFalse();
            assertThat(snapshot.nextSchoolDay(school, LocalDate.of(2027, 2, 13))).contains(LocalDate.of(2027, 2, 22));
            status.setRollbackOnly();
        });
        assertThat(jdbc.sql("SELECT count(*) FROM provision WHERE name LIKE 'Snapshot School %'").query(Long.class)
                .single()).isZero();
    }

    private ProvisionId provision(String name, Nation nation, AuthorityId authority) {
        return directory.createProvision(new NewProvision(name, null, ProvisionType.MAINSTREAM, nation,
                UkPhoneNumber.parse("01632 960746"), "Ms Term", null, Frequency.WEEKLY, 1,
                List.of(new CallWindow(null, LocalTime.of(9, 0), LocalTime.of(9, 30))), authority,
                "not called on the test's day"));
    }
}
