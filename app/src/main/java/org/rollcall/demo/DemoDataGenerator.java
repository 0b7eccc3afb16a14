package org.rollcall.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.ApiTokens;
import org.rollcall.accounts.Role;
import org.rollcall.attainment.Results;
import org.rollcall.challenges.ChallengeRules;
import org.rollcall.challenges.RuleKind;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.WindowPart;
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
import org.rollcall.directory.Upn;
import org.rollcall.directory.Urn;
import org.rollcall.escalation.EscalationSettings;
import org.rollcall.subscriptions.NewSubscription;
import org.rollcall.subscriptions.ReportEmailSettings;
import org.rollcall.subscriptions.ReportFrequency;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Generates a plausible directory (fictional names, Ofcom drama-range phone numbers) and the demo users. */
@Component
class DemoDataGenerator {

    static final String DEMO_PASSWORD = "rollcall-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoDataGenerator.class);
    private static final String[] FIRST = {"Amara", "Ben", "Chloe", "Dylan", "Ella", "Finley", "Grace", "Harvey",
            "Isla", "Jack", "Kai", "Layla", "Mason", "Nia", "Oscar", "Poppy", "Reuben", "Sofia", "Tyler", "Zara"};
    private static final String[] LAST = {"Adams", "Begum", "Clarke", "Davies", "Evans", "Fletcher", "Griffiths",
            "Hughes", "Iqbal", "Jones", "Khan", "Lewis", "Morgan", "Nowak", "Owen", "Patel", "Roberts", "Smith",
            "Thomas", "Williams"};
    private static final String[] PLACES = {"Oakfield", "Riverside", "St Anne's", "Hillcrest", "Meadowbank",
            "Brookside", "Castle View", "Greenway", "Kingsmead", "Larchwood", "Millbrook", "Northgate"};
    private static final String[] ENGLISH_TOWNS = {"Leeds", "Bradford", "Wakefield", "York", "Hull"};
    private static final String[] WELSH_TOWNS = {"Cardiff", "Swansea", "Newport"};

    private final DirectoryAdmin directory;
    private final Accounts accounts;
    private final ApiTokens tokens;
    private final EscalationSettings escalation;
    private final ChallengeRules challengeRules;
    private final Clock clock;
    private final Results results;
    private final org.rollcall.moves.SchoolMoves moves;
    private final ReportEmailSettings reportEmails;
    private final org.rollcall.directory.AuthorityAdmin authorityAdmin;
    private final org.rollcall.directory.Directory reads;
    private final org.rollcall.attendance.SchoolMarks schoolMarks;
    private final org.rollcall.capacity.Rosters rosters;

    DemoDataGenerator(DirectoryAdmin directory, Accounts accounts, ApiTokens tokens, EscalationSettings escalation,
                      ChallengeRules challengeRules, Clock clock, Results results,
                      org.rollcall.moves.SchoolMoves moves, ReportEmailSettings reportEmails,
                      org.rollcall.directory.AuthorityAdmin authorityAdmin, org.rollcall.directory.Directory reads,
                      org.rollcall.attendance.SchoolMarks schoolMarks, org.rollcall.capacity.Rosters rosters) {
        this.authorityAdmin = authorityAdmin;
        this.reads = reads;
        this.schoolMarks = schoolMarks;
        this.rosters = rosters;
        this.reportEmails = reportEmails;
        this.moves = moves;
        this.results = results;
        this.escalation = escalation;
        this.challengeRules = challengeRules;
        this.directory = directory;
        this.accounts = accounts;
        this.tokens = tokens;
        this.clock = clock;
    }

    record Scale(int authorities, int provisions, int children) {
    }

    @Transactional
    public List<AuthorityId> generate(Scale scale, DemoProperties properties) {
        Random random = new Random(properties.seed());
        List<AuthorityId> authorities = new ArrayList<>();
        for (int a = 0; a < scale.authorities(); a++) {
            Nation nation = a % 3 == 2 ? Nation.WALES : Nation.ENGLAND;
            String la = String.valueOf(a % 3 == 2 ? 660 + a : 201 + a);
            authorities.add(directory.createAuthority((nation == Nation.WALES ? "Cyngor " : "")
                    + PLACES[a % PLACES.length] + " " + (a / PLACES.length + 1) + " Council", nation, la));
        }
        // Challenge rules ship off; the demo's authorities have every one on, with the shipped wording.
        for (AuthorityId authority : authorities) {
            for (RuleKind kind : RuleKind.values()) {
                challengeRules.set(authority, kind, true, null, null, "Rollcall demo");
            }
        }
        // The second authority prefers its social workers told by a call, so the demo shows both channels.
        if (authorities.size() > 1) {
            escalation.set(authorities.get(1), null, null, "call", "Rollcall demo");
        }
        // The first authority buys attainment collection, so the demo shows the Results panel on its calls.
        if (!authorities.isEmpty()) {
            results.setCollectsAttainment(authorities.getFirst(), true, "Rollcall demo");
        }
        LocalTime start = LocalTime.now(clock).plusMinutes(1).truncatedTo(ChronoUnit.MINUTES);
        long spreadMinutes = Math.max(1, properties.windowSpread().toMinutes());
        List<ProvisionId> provisions = new ArrayList<>();
        List<Nation> provisionNation = new ArrayList<>();
        java.util.Set<Integer> twiceDailyProvisions = new java.util.HashSet<>();
        for (int p = 0; p < scale.provisions(); p++) {
            Nation nation = p % 3 == 2 ? Nation.WALES : Nation.ENGLAND;
            LocalTime opens = start.plusMinutes(p * spreadMinutes / scale.provisions());
            // Every eighth provision also has children missing education: a morning call, then the afternoon one.
            boolean twiceDaily = p % 8 == 3;
            LocalTime later = opens.plusMinutes(20).isBefore(opens) ? LocalTime.of(23, 58) : opens.plusMinutes(20);
            List<CallWindow> windows = twiceDaily ? List.of(windowFrom(opens, WindowPart.MORNING),
                    windowFrom(later, WindowPart.AFTERNOON)) : List.of(windowFrom(opens, WindowPart.AFTERNOON));
            // One in twenty asked to be called weekly; every provision names the day its weekly call falls on.
            boolean weekly = p % 20 == 11;
            ProvisionType type = p % 10 == 7 ? ProvisionType.PRU : p % 10 == 9 ? ProvisionType.ALTERNATIVE_PROVISION
                    : ProvisionType.MAINSTREAM;
            provisions.add(directory.createProvision(new NewProvision(
                    PLACES[p % PLACES.length] + (type == ProvisionType.PRU ? " Learning Centre "
                            : type == ProvisionType.ALTERNATIVE_PROVISION ? " Skills Centre " : " School ")
                            + (p / PLACES.length + 1),
                    type == ProvisionType.ALTERNATIVE_PROVISION ? null : new Urn(String.valueOf(100000 + p)),
                    type, nation, new UkPhoneNumber("+44161496" + String.format("%04d", p % 10000)),
                    FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)]
                            + " (attendance officer)",
                    p % 4 == 0 ? "heron" + p : null, weekly ? Frequency.WEEKLY : Frequency.DAILY, p % 5 + 1,
                    windows, pickAuthority(authorities, nation, p),
                    weekly ? "The head objects to daily calls; agreed with the Virtual School" : null)));
            if (twiceDaily) {
                twiceDailyProvisions.add(p);
            }
            // Off-site places a robot's B can name (issue 12): a town to search by, and some closed on Fridays.
            if (type != ProvisionType.MAINSTREAM) {
                String[] towns = nation == Nation.WALES ? WELSH_TOWNS : ENGLISH_TOWNS;
                directory.setTownAndOpenDays(provisions.getLast(), towns[p % towns.length], p % 20 == 19
                        ? java.util.EnumSet.range(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.THURSDAY)
                        : java.util.EnumSet.range(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.FRIDAY));
            }
            directory.addDesignatedTeacher(provisions.getLast(), FIRST[random.nextInt(FIRST.length)] + " "
                    + LAST[random.nextInt(LAST.length)], null, "designated.teacher" + p + "@example.org");
            provisionNation.add(nation);
        }
        LocalDate today = LocalDate.now(clock);
        List<ChildId> atFirstSchool = new ArrayList<>();
        for (int c = 0; c < scale.children(); c++) {
            int p = c % scale.provisions();
            // Children attend provisions of their own nation; authorities are matched by nation too.
            Nation nation = provisionNation.get(p);
            AuthorityId authority = pickAuthority(authorities, nation, c);
            // Mostly Reception to Year 11, some post-16 (called weekly), some children missing education (twice a day).
            int year = random.nextInt(20) == 0 ? 12 + random.nextInt(2) : random.nextInt(12);
            Cohort cohort = twiceDailyProvisions.contains(p) && c % 3 == 0 ? Cohort.CME
                    : year >= 12 ? Cohort.POST_16 : c % 25 == 7 ? Cohort.YOT : Cohort.LAC;
            String la = String.valueOf(nation == Nation.WALES ? 660 : 201);
            Upn upn = c % 15 == 14 ? null : new Upn(Upn.withCheckLetter(la + "2026" + String.format("%05d", c)));
            ChildId child = directory.createChild(new NewChild(authority, upn, FIRST[random.nextInt(FIRST.length)],
                    LAST[random.nextInt(LAST.length)], today.minusYears(5 + year).minusDays(random.nextInt(365)),
                    year, cohort, random.nextInt(4) != 0, random.nextInt(5) == 0 ? SenStatus.EHCP
                    : SenStatus.NONE));
            // A few children join the service today (introduction letters: one carer by email, the others printed);
            // the rest have been on roll for months, which writes to nobody.
            boolean joins = c % 50 == 49 && c < 500;
            directory.place(child, provisions.get(p), PlacementKind.ON_ROLL, joins ? today : today.minusMonths(3));
            if (p == 0 && !joins) {
                atFirstSchool.add(child);
            }
            directory.addContact(child, ContactRole.CARER, "Carer of " + c, new UkPhoneNumber("+447700900"
                    + String.format("%03d", c % 1000)), joins && c % 100 == 49 ? "carer" + c + "@example.org" : null);
            directory.addContact(child, ContactRole.SOCIAL_WORKER, "Social worker " + (c % 40),
                    new UkPhoneNumber("+44117496" + String.format("%04d", c % 40)), "sw" + (c % 40) + "@example.org");
        }
        moveOneChild(atFirstSchool, provisions, today);
        createUsers(authorities);
        marksFromSchools(provisions, today);
        roster(today, start, spreadMinutes);
        log.info("Demo data generated: {} authorities, {} provisions, {} children", scale.authorities(),
                scale.provisions(), scale.children());
        return authorities;
    }

    /**
     * The first child moved from the first school to the second four days ago (ADR 0029): its placement there ends,
     * the second school is emailed the introduction letter, and the robot on its call backdates the marks.
     */
    /**
     * A roster for the demo day, so "Capacity plan" has something to compare: three operators across the windows,
     * two more for the first hour only (the later half hours show short if the windows are crowded).
     */
    private void roster(LocalDate today, LocalTime start, long spreadMinutes) {
        LocalTime from = start.truncatedTo(ChronoUnit.HOURS).plusMinutes(start.getMinute() < 30 ? 0 : 30);
        LocalTime lastStart = LocalTime.of(23, 0);
        if (from.isAfter(lastStart)) {
            return; // too late in the day for a shift: the screen says nobody is rostered
        }
        long minutes = Math.min(spreadMinutes + 60, java.time.Duration.between(from, LocalTime.of(23, 59)).toMinutes());
        for (int i = 1; i <= 5; i++) {
            long length = i <= 3 ? minutes : Math.min(60, minutes);
            rosters.add(today, operators.get(i), from, from.plusMinutes(length), "Rollcall demo");
        }
    }

    private void moveOneChild(List<ChildId> atFirstSchool, List<ProvisionId> provisions, LocalDate today) {
        if (provisions.size() < 2) {
            return;
        }
        atFirstSchool.stream().findFirst().ifPresent(child -> moves.record(
                new org.rollcall.moves.NewMove(child, today.minusDays(4), org.rollcall.moves.MoveTo.existing(
                        provisions.get(1), null), null), "Rollcall demo"));
    }

    /**
     * Issue 14 (ADR 0044): the third school's designated teacher ({@code teacher1}) signs in to "My pupils", and its
     * system has already sent today's morning marks, so its operator confirms them on the call and asks for the rest.
     */
    private void marksFromSchools(List<ProvisionId> provisions, LocalDate today) {
        if (provisions.size() < 3) {
            return;
        }
        ProvisionId school = provisions.get(2);
        accounts.createDesignatedTeacher("teacher1", "Designated teacher (school 3)", DEMO_PASSWORD, school);
        var morning = reads.childrenExpected(school, today).stream().map(child -> new org.rollcall.attendance
                .RecordMark(child.id(), school, today, org.rollcall.attendance.Session.AM, "/", null, null, null,
                "Rollcall demo")).toList();
        try {
            schoolMarks.record(morning, org.rollcall.attendance.MarkSource.SCHOOL_FEED, "demo: the school's system");
        } catch (org.rollcall.attendance.MarkRejectedException e) {
            log.info("Demo: no school marks for the third school today ({})", e.getMessage());
        }
    }

    /** A 45-minute window from the given time, kept inside the day (windows never span midnight). */
    static CallWindow windowFrom(LocalTime opens, WindowPart part) {
        LocalTime latestOpening = LocalTime.of(23, 58);
        LocalTime lastMinute = LocalTime.of(23, 59);
        LocalTime from = opens.isAfter(latestOpening) ? latestOpening : opens;
        LocalTime to = from.isAfter(lastMinute.minusMinutes(45)) ? lastMinute : from.plusMinutes(45);
        return new CallWindow(null, from, to, part);
    }

    private static AuthorityId pickAuthority(List<AuthorityId> authorities, Nation nation, int c) {
        List<AuthorityId> matching = new ArrayList<>();
        for (int a = 0; a < authorities.size(); a++) {
            if ((a % 3 == 2 ? Nation.WALES : Nation.ENGLAND) == nation) {
                matching.add(authorities.get(a));
            }
        }
        return matching.get(c % matching.size());
    }

    private final java.util.Map<Integer, org.rollcall.accounts.UserId> operators = new java.util.HashMap<>();

    private void createUsers(List<AuthorityId> authorities) {
        for (int i = 1; i <= 5; i++) {
            operators.put(i, accounts.createUser("operator" + i, "Operator " + i, DEMO_PASSWORD, Role.OPERATOR,
                    null));
        }
        accounts.createUser("qa", "Quinn Avery", DEMO_PASSWORD, Role.QA, null);
        accounts.createUser("admin", "Alex Morgan", DEMO_PASSWORD, Role.ADMIN, null);
        accounts.createUser("supervisor", "Sam Taylor", DEMO_PASSWORD, Role.SUPERVISOR, null);  // "Live day"
        accounts.createUser("authority1", "Virtual School head (authority 1)", DEMO_PASSWORD, Role.AUTHORITY,
                authorities.get(0));
        accounts.createUser("authority2", "Virtual School head (authority 2)", DEMO_PASSWORD, Role.AUTHORITY,
                authorities.get(1));
        for (int a = 0; a < authorities.size(); a++) {
            tokens.register(authorities.get(a), "demo token", demoToken(a));
        }
        reportEmails(authorities);
        // The first authority's Virtual School contact, so the admins' Authorities screen shows one (issue 14).
        authorityAdmin.setVirtualSchoolContact(authorities.getFirst(),
                new org.rollcall.directory.VirtualSchoolContact("Virtual School head",
                        org.rollcall.platform.EmailAddress.parse("virtual.school@" + demoEmailDomain(0)),
                        UkPhoneNumber.parse("01632 960001")));
    }

    /**
     * Each authority's email domain (no admin screen yet, issue 14), and two report emails for the first one, so
     * "Report emails" shows something and the outbox gets them at the send time.
     */
    private void reportEmails(List<AuthorityId> authorities) {
        for (int a = 0; a < authorities.size(); a++) {
            reportEmails.setAllowedDomains(authorities.get(a), List.of(demoEmailDomain(a)), "Rollcall demo");
        }
        String domain = demoEmailDomain(0);
        reportEmails.subscribe(authorities.getFirst(), new NewSubscription("daily-absence", "virtual.school@" + domain,
                ReportFrequency.DAILY, null), "Rollcall demo");
        reportEmails.subscribe(authorities.getFirst(), new NewSubscription("weekly-summary", "head@" + domain,
                ReportFrequency.WEEKLY, java.time.DayOfWeek.FRIDAY), "Rollcall demo");
    }

    static String demoEmailDomain(int authorityIndex) {
        return "authority" + (authorityIndex + 1) + ".example.gov.uk";
    }

    static String demoToken(int authorityIndex) {
        return "rc_demo_token_authority_" + (authorityIndex + 1);
    }
}
