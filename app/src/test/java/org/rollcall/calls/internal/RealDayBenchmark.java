package org.rollcall.calls.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.accounts.UserId;
import org.rollcall.attendance.Attendance;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallsProperties;
import org.rollcall.calls.OperatorDesk;
import org.rollcall.capacity.DayPlans;
import org.rollcall.capacity.DayResult;
import org.rollcall.capacity.DaySimulation;
import org.rollcall.capacity.DueCall;
import org.rollcall.capacity.OfferRule;
import org.rollcall.capacity.Roster;
import org.rollcall.capacity.SimulationSettings;
import org.rollcall.escalation.CarerCallDesk;
import org.rollcall.escalation.SocialWorkerCallDesk;
import org.rollcall.support.BenchmarkApplication;
import org.rollcall.support.MovableClock;
import org.rollcall.telephony.Telephony;
import org.rollcall.telephony.simulated.SimulatedExchange;
import org.rollcall.telephony.simulated.VirtualSteps;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Not a test: a real day on a virtual clock (ADR 0049). The real application (embedded PostgreSQL) with a clock the
 * driver moves and the simulated exchange on that clock; the real planner, dialler, operator desk, escalation and
 * call state machine; simulated operators and schools whose times and rates are the day model's
 * ({@code capacity.SimulationSettings}). Prints the figures read from the database, and the model's
 * prediction for the same schools, windows and operators beside them. Never fails on figures.
 * {@code ./mvnw -B -pl app -am -Preal-day -DskipTests verify [-Dbenchmark.schools=800 -Dbenchmark.operators=8]}
 */
public final class RealDayBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final LocalDate DAY = LocalDate.of(2027, 3, 2); // a Tuesday in the spring term
    private static final LocalTime SHIFT_STARTS = LocalTime.of(8, 45);
    private static final LocalTime SHIFT_ENDS = LocalTime.of(18, 0);
    private static final LocalTime DAY_ENDS = LocalTime.of(18, 30);
    private static final double CHILDREN_PER_SCHOOL = 3.5;
    private static final int SPREAD_SEEDS = 20;

    private RealDayBenchmark() {
    }

    public static void main(String[] args) {
        int schools = Integer.getInteger("benchmark.schools", 800);
        int operators = Integer.getInteger("benchmark.operators", 8);
        if (schools < 1) {
            throw new IllegalArgumentException("benchmark.schools must be at least 1, not " + schools);
        }
        // 0: the seed's 3.5 a school; the national day is 25,000 schools and 90,000 children.
        int children = Integer.getInteger("benchmark.children", 0);
        if (children < 0) {
            throw new IllegalArgumentException("benchmark.children must be 0 (3.5 a school) or more, not " + children);
        }
        SimulationSettings settings = RealDaySettings.fromSystemProperties();
        Roster roster = Roster.of(operators, SHIFT_STARTS, SHIFT_ENDS); // refuses fewer than one operator
        List<DueCall> plan = DayPlans.clustered(schools,
                children > 0 ? children : (int) Math.round(schools * CHILDREN_PER_SCHOOL), 7);
        System.out.printf("Real day: %,d schools (%,d children, clustered windows), %d operators %s–%s, %s%n",
                schools, plan.stream().mapToInt(DueCall::children).sum(), operators, SHIFT_STARTS, SHIFT_ENDS, DAY);
        System.out.printf("Settings: %s%n", settings);

        MovableClock clock = new MovableClock(DAY.atTime(7, 55).atZone(ZONE).toInstant(), ZONE);
        VirtualSteps steps = new VirtualSteps(clock);
        SimulatedExchange exchange = new SimulatedExchange(RealDaySettings.exchange(settings), clock, steps);
        long started = System.nanoTime();
        try (BenchmarkApplication app = BenchmarkApplication.start("real-day", LocalDateTime.of(DAY,
                        LocalTime.of(7, 55)).toString(), context -> {
                    context.registerBean("virtualClock", Clock.class, () -> clock, d -> d.setPrimary(true));
                    context.registerBean("virtualExchange", Telephony.class, () -> exchange,
                            d -> d.setPrimary(true));
                }, "--rollcall.escalation.carer-attempts=" + settings.carerAttempts(),
                "--rollcall.escalation.carer-retry-delay=" + settings.carerRetryDelay().toSeconds() + "s",
                "--rollcall.escalation.carer-contact-from=" + settings.carerHoursFrom(),
                "--rollcall.escalation.carer-contact-until=" + settings.carerHoursUntil(),
                "--rollcall.calls.retry-delay=" + settings.retryDelay().toSeconds() + "s",
                "--rollcall.calls.max-attempts=" + settings.maxAttempts(),
                "--rollcall.calls.carer-call-allowance=" + settings.carerAllowance().toSeconds() + "s",
                "--logging.level.org.rollcall=error")) {
            double startUp = seconds(started);
            long seeding = System.nanoTime();
            RealDayData.write(app.bean(JdbcTemplate.class), plan);
            double seeded = seconds(seeding);
            SimulatedOperators people = new SimulatedOperators(app.bean(OperatorDesk.class), app.bean(CallLog.class),
                    app.bean(Attendance.class), app.bean(CarerCallDesk.class), app.bean(SocialWorkerCallDesk.class),
                    clock, settings);
            Accounts accounts = app.bean(Accounts.class);
            for (int i = 1; i <= operators; i++) {
                String name = "operator" + i;
                UserId id = accounts.createUser(name, "Simulated operator " + i, "simulated-" + i
                        + "-not-for-signing-in", Role.OPERATOR, null);
                people.add(id, name);
            }
            app.context().addApplicationListener(event -> {
                if (event instanceof PayloadApplicationEvent<?> payload) {
                    people.heard(payload.getPayload());
                }
            });
            VirtualDay day = new VirtualDay(clock, steps, people, app.bean(DiallerSchedule.class),
                    app.bean(TelephonyBridge.class), app.context().getBean("applicationTaskExecutor",
                    ThreadPoolTaskExecutor.class), app.bean(CallsProperties.class));
            long running = System.nanoTime();
            day.run(at(SHIFT_STARTS), at(SHIFT_ENDS), at(DAY_ENDS));
            double ran = seconds(running);
            RealDayFigures real = RealDayFigures.read(app.bean(JdbcClient.class), DAY, ZONE);
            System.out.printf("Start-up %.0f s, data %.0f s, the day (%s to %s virtual, %,d steps) %.0f s real%n",
                    startUp, seeded, LocalTime.of(7, 55), DAY_ENDS, day.steps, ran);
            print(real, people, operators, plan, roster, settings);
        }
    }

    private static void print(RealDayFigures real, SimulatedOperators people, int operators, List<DueCall> plan,
                              Roster roster, SimulationSettings settings) {
        double rostered = operators * Duration.between(SHIFT_STARTS, SHIFT_ENDS).toSeconds();
        System.out.println();
        System.out.printf("%-34s %9s %7s %7s %9s %6s %6s %6s %6s %9s %8s%n", "", "schools", "inside", "missed",
                "unreached", "wait50", "wait95", "waitMx", "util", "abandoned", "followUp");
        System.out.printf("%-34s %9d %6.2f%% %7d %9d %5.1fm %5.1fm %5.1fm %5.1f%% %9d %7.1f%%%n",
                "real: window closes first", real.schoolCalls(), real.insideWindow() * 100, real.windowsMissed(),
                real.unreached(), real.waitPercentile(0.5) / 60, real.waitPercentile(0.95) / 60, real.waitMax() / 60,
                people.busySeconds() / rostered * 100, real.abandoned(), real.followUpsDoneSameDay() * 100);
        // The exchange has one answer rate for every number: the model's carers answer at the schools' rate here.
        for (OfferRule rule : OfferRule.values()) {
            DayResult m = DaySimulation.run(plan, roster, RealDaySettings.modelOf(settings), rule);
            System.out.printf("%-34s %9d %6.2f%% %7d %9d %5.1fm %5.1fm %5.1fm %5.1f%% %9d %7.1f%%%n",
                    "model: " + rule.label() + (rule == OfferRule.WINDOW_CLOSES_FIRST ? " (real)" : ""),
                    m.schoolsDue(), m.insideWindow() * 100, m.windowsMissed(), m.unreached(), m.waitP50() / 60,
                    m.waitP95() / 60, m.waitMax() / 60, m.utilisation() * 100, m.abandoned(),
                    m.followUpsDoneSameDay() * 100);
            if (rule == OfferRule.WINDOW_CLOSES_FIRST) {
                System.out.printf("%-34s follow-ups %d (model %d), concluded %d (model %d)%n", "", real.followUps(),
                        m.followUps(), real.followUpsConcluded(), m.followUpsConcluded());
                System.out.printf("%-34s %s%n", "", modelSpread(plan, roster, settings));
            }
        }
        System.out.println("The real dialler has one rule (window closes first, follow-ups fill slack: ADR 0017); the "
                + "other rows are the model only.");
        System.out.printf("Real: %,d school attempts offered, %,d carer calls offered, %,d absences recorded "
                + "(%d marks refused), %d operator steps refused%s; %d event publications left incomplete%n",
                real.attempts(), real.carerCalls(), people.absencesRecorded, people.marksRefused, people.stepsFailed,
                people.firstFailure == null ? "" : " (first: " + people.firstFailure + ")",
                real.incompletePublications());
        System.out.printf("Real: %d offers made while a school call closing sooner waited; %.0f operator-seconds idle "
                + "while a school call waited (both 0 when the dialler keeps the model's rule and loses no time)%n",
                real.offersOutOfOrder(), real.idleWhileWaiting());
        System.out.printf("School call rows (attempt status/outcome: rows): %s%n", real.outcomes());
    }

    /**
     * One day is one draw of answers, talk times and absences: the real run's draws are not the model's (nor the
     * same from run to run, as threads interleave), so the real figure is read against the model's spread (ADR 0049).
     */
    private static String modelSpread(List<DueCall> plan, Roster roster, SimulationSettings settings) {
        int[] missed = new int[SPREAD_SEEDS];
        for (int i = 0; i < SPREAD_SEEDS; i++) {
            missed[i] = DaySimulation.run(plan, roster, RealDaySettings.modelOf(settings).withSeed(i + 1),
                    OfferRule.WINDOW_CLOSES_FIRST).windowsMissed();
        }
        Arrays.sort(missed);
        return String.format("windows missed over model seeds 1–%d: min %d, median %d, max %d", SPREAD_SEEDS,
                missed[0], missed[SPREAD_SEEDS / 2], missed[SPREAD_SEEDS - 1]);
    }

    private static Instant at(LocalTime time) {
        return DAY.atTime(time).atZone(ZONE).toInstant();
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
