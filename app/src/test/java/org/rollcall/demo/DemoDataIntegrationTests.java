package org.rollcall.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.ApiTokens;
import org.rollcall.accounts.Role;
import org.rollcall.directory.CallFrequency;
import org.rollcall.directory.Directory;
import org.rollcall.directory.Monitoring;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** The demo the README's run command brings up: its data, logins and tokens. */
@RollcallIntegrationTest
@TestPropertySource(properties = {"rollcall.demo.data=true"})
class DemoDataIntegrationTests {

    @Autowired Directory directory;
    @Autowired Monitoring monitoring;
    @Autowired Accounts accounts;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired RobotOffSite robotOffSite;
    @Autowired org.rollcall.statistics.AttendanceStatistics statistics;

    @Test
    void theSmallDemoHasItsAuthoritiesSchoolsChildrenAndUsers() {
        assertThat(directory.authorities()).hasSize(3);
        assertThat(count("provision")).isEqualTo(40);
        assertThat(count("child")).isEqualTo(150);
        assertThat(accounts.usersWithRole(Role.OPERATOR)).hasSize(5);
        assertThat(accounts.usersWithRole(Role.QA)).hasSize(1);
        assertThat(accounts.usersWithRole(Role.ADMIN)).hasSize(1);
        assertThat(accounts.usersWithRole(Role.SUPERVISOR)).as("for Live day").hasSize(1);
        assertThat(accounts.usersWithRole(Role.AUTHORITY)).extracting(c -> c.authorityId()).doesNotHaveDuplicates()
                .hasSize(2);
        assertThat(tokens.authenticate(DemoDataGenerator.demoToken(0))).contains(directory.authorities().stream()
                .filter(a -> a.name().startsWith("Oakfield")).findFirst().orElseThrow().id());
        assertThat(jdbc.sql("""
                        SELECT a.name FROM attainment_authority t JOIN authority a ON a.id = t.authority_id
                        WHERE t.collects""").query(String.class).list()).as("one demo authority collects "
                + "attainment").singleElement().asString().startsWith("Oakfield");
        assertThat(jdbc.sql("SELECT count(*) FROM authority_email_domain").query(Long.class).single())
                .as("every demo authority has its email domain for report emails").isEqualTo(3);
        assertThat(jdbc.sql("SELECT recipient FROM report_subscription ORDER BY recipient").query(String.class)
                .list()).as("the first authority's report emails").containsExactly(
                "head@authority1.example.gov.uk", "virtual.school@authority1.example.gov.uk");
        assertThat(count("roster_shift")).as("the five operators rostered for the capacity plan").isEqualTo(5);
    }

    @Test
    void callWindowsOpenOverTheComingHourAndChildrenAttendSchoolsOfTheirNation() {
        LocalDate today = LocalDate.now(clock);
        var toCall = monitoring.provisionsToCall(today);
        assertThat(toCall).as("every demo provision has monitored children").hasSize(40);
        assertThat(toCall).as("children missing education, called twice a day, with a morning window")
                .anySatisfy(p -> assertThat(p.has(CallFrequency.TWICE_DAILY) && p.morning() != null).isTrue());
        assertThat(toCall).as("post-16 learners, called weekly").anySatisfy(p -> assertThat(p.has(
                CallFrequency.WEEKLY)).isTrue());
        assertThat(jdbc.sql("SELECT count(*) FROM provision WHERE frequency = 'WEEKLY' AND weekly_reason IS NOT NULL")
                .query(Long.class).single()).as("schools moved to weekly, with their reason").isPositive();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM placement p JOIN provision v ON v.id = p.provision_id
                        JOIN child c ON c.id = p.child_id JOIN authority a ON a.id = c.authority_id
                        WHERE a.nation <> v.nation""").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM child WHERE upn IS NULL").query(Long.class).single())
                .as("some children have no UPN yet, for operators to collect").isPositive();
    }

    @Test
    void everyProvisionIsInTheAreaOfAnAuthorityOfItsNation() {
        var authorities = directory.authorities().stream()
                .collect(java.util.stream.Collectors.toMap(a -> a.id(), a -> a.nation()));
        assertThat(directory.provisionPlaces()).hasSize(40).allSatisfy(place -> {
            assertThat(place.localAuthority()).as("the authority whose term dates apply").isNotNull();
            assertThat(authorities.get(place.localAuthority())).isEqualTo(place.nation());
        });
    }

    @Test
    void theFirstAuthorityHasFourWeeksOfMarksSoItsStatisticsShowSomething() {
        LocalDate today = LocalDate.now(clock);
        var oakfield = directory.authorities().stream().filter(a -> a.name().startsWith("Oakfield")).findFirst()
                .orElseThrow().id();
        var children = statistics.children(oakfield, org.rollcall.statistics.DateRange.of(today.minusDays(28),
                today.minusDays(1)));
        assertThat(children.stream().mapToInt(c -> c.sessions().counts().possible()).sum()).isPositive();
        assertThat(children).as("persistently or severely absent children to find").anySatisfy(c ->
                assertThat(c.sessions().flag()).isNotEqualTo(org.rollcall.statistics.AbsenceFlag.NONE));
        assertThat(count("backdate")).as("the moved child's days stay unmarked for the backdating demo")
                .isEqualTo(1);
    }

    @Test
    void oneChildMovedSchoolFourDaysAgoSoTheMovePathShows() {
        assertThat(jdbc.sql("SELECT count(*) FROM school_move WHERE made_by = 'Rollcall demo' AND from_provision_id "
                + "IS NOT NULL AND letter_to LIKE 'designated.teacher%@example.org'").query(Long.class).single())
                .isEqualTo(1);
        assertThat(count("backdate")).isEqualTo(1);
    }

    @Test
    void aFewChildrenJoinOnTheDemosFirstDayAndGetIntroductionLettersEmailedOrToPrint() {
        // The rest have been on roll for months: the past loaded, nobody written to (ADR 0030).
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> jdbc.sql(
                "SELECT count(DISTINCT channel) FROM introduction_letter").query(Long.class).single() == 2);
        assertThat(jdbc.sql("SELECT count(DISTINCT child_id) FROM introduction_letter").query(Long.class).single())
                .isBetween(1L, 3L);
    }

    @Test
    void alternativeProvisionsHaveTownsAndOpenDaysForTheRobotsBsToName() {
        var offSite = directory.searchProvisions("", java.util.Set.of(
                org.rollcall.directory.ProvisionType.ALTERNATIVE_PROVISION), 50);
        assertThat(offSite).hasSize(4).allSatisfy(ap -> {
            assertThat(ap.name()).contains(" Skills Centre ");
            assertThat(ap.town()).isNotBlank();
        });
        assertThat(offSite).as("some closed on Fridays").anySatisfy(ap -> assertThat(ap.openDays())
                .doesNotContain(java.time.DayOfWeek.FRIDAY).contains(java.time.DayOfWeek.THURSDAY));
        assertThat(directory.searchProvisions(offSite.getFirst().town(), java.util.Set.of(
                org.rollcall.directory.ProvisionType.ALTERNATIVE_PROVISION), 50)).contains(offSite.getFirst());
    }

    @Test
    void aRobotThatHearsBForAChildWithNoApKnownCapturesOneOfTheDemosAps() {
        LocalDate today = LocalDate.now(clock);
        var school = directory.searchProvisions("", java.util.Set.of(
                org.rollcall.directory.ProvisionType.MAINSTREAM), 1).getFirst();
        var child = directory.childrenExpected(school.id(), today).getFirst();
        assertThat(directory.attendsAlternativeProvision(child.id(), today)).isFalse();
        robotOffSite.captureFor(java.util.List.of(new org.rollcall.attendance.RecordMark(child.id(), school.id(), today,
                org.rollcall.attendance.Session.AM, "B", null, null, null, "robot1")));
        assertThat(directory.alternativePlacements(child.id(), today)).singleElement().satisfies(p -> {
            assertThat(p.provision().type()).isIn(org.rollcall.directory.ProvisionType.ALTERNATIVE_PROVISION,
                    org.rollcall.directory.ProvisionType.PRU);
            assertThat(p.startsOn()).isEqualTo(today);
            assertThat(p.provision().openDays()).containsAll(p.sessions().stream().map(s -> s.day()).toList());
        });
        assertThat(directory.attendsAlternativeProvision(child.id(), today)).isTrue();
        // Asked again (the robot's next B): the AP is known now, nothing more is captured.
        robotOffSite.captureFor(java.util.List.of(new org.rollcall.attendance.RecordMark(child.id(), school.id(), today,
                org.rollcall.attendance.Session.PM, "B", null, null, null, "robot1")));
        assertThat(directory.alternativePlacements(child.id(), today)).hasSize(1);
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
