package org.rollcall.demo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.accounts.UserId;
import org.rollcall.attendance.RecordMark;
import org.rollcall.calls.CallId;
import org.rollcall.calls.CallOffered;
import org.rollcall.calls.CallProgressed;
import org.rollcall.calls.CallPurpose;
import org.rollcall.calls.CallStatus;
import org.rollcall.calls.OperatorDesk;
import org.rollcall.escalation.CarerCallDesk;
import org.rollcall.escalation.SocialWorkerCallDesk;
import org.rollcall.platform.AfterCommit;
import org.rollcall.platform.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Simulated operators that use the same desk as people: start the offered call, take each child's marks once
 * connected, hang up, wrap up. They let a school day run unattended for demos, load tests and benchmarks.
 */
@Component
@Order(10)
class RobotOperators implements ApplicationRunner, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RobotOperators.class);
    private static final List<String> CARER_REASONS = List.of(
            "Woke up with a temperature and was sick in the night; will go back tomorrow if well",
            "Refused to get in the taxi this morning; I am speaking to the school about it",
            "Family contact visit ran late and we missed the start of the day",
            "Dentist emergency with a broken tooth; I forgot to tell the school",
            "Upset after a falling-out with friends and would not go in; we are meeting the teacher");
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(10);

    private final DemoProperties properties;
    private final Accounts accounts;
    private final OperatorDesk desk;
    private final RobotMarks marks;
    private final RobotApAnswers apAnswers;
    private final CarerCallDesk carers;
    private final SocialWorkerCallDesk socialWorkers;
    private final Map<UserId, String> robots = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, Thread.ofPlatform()
            .name("robot-operator-", 0).daemon().factory());

    RobotOperators(DemoProperties properties, Accounts accounts, OperatorDesk desk, RobotMarks marks,
                   CarerCallDesk carers, SocialWorkerCallDesk socialWorkers, RobotApAnswers apAnswers) {
        this.apAnswers = apAnswers;
        this.socialWorkers = socialWorkers;
        this.properties = properties;
        this.accounts = accounts;
        this.desk = desk;
        this.marks = marks;
        this.carers = carers;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (int i = 1; i <= properties.robotOperators(); i++) {
            String name = "robot" + i;
            UserId id = accounts.findUser(name).map(c -> c.userId()).orElseGet(() -> accounts.createUser(name,
                    "Robot operator " + name, "robot-" + java.util.UUID.randomUUID() + "-unused", Role.OPERATOR, null));
            robots.put(id, name);
            desk.ready(id, name, name);
        }
        if (!robots.isEmpty()) {
            log.info("{} robot operators ready", robots.size());
        }
    }

    @EventListener
    void on(CallOffered offered) {
        AfterCommit.run(() -> {
            if (robots.containsKey(offered.operatorId())) {
                later(1, () -> desk.start(offered.callId(), offered.operatorId()));
            }
        });
    }

    @EventListener
    void on(CallProgressed progress) {
        AfterCommit.run(() -> {
            UserId robot = progress.operatorId();
            if (robot == null || !robots.containsKey(robot)) {
                return;
            }
            if (progress.status() == CallStatus.CONNECTED && is(CallPurpose.CARER, robot, progress.callId())) {
                later(1, () -> askCarer(progress.callId(), robot));
            } else if (progress.status() == CallStatus.CONNECTED
                    && is(CallPurpose.SOCIAL_WORKER, robot, progress.callId())) {
                later(1, () -> tellSocialWorker(progress.callId(), robot));
            } else if (progress.status() == CallStatus.CONNECTED) {
                later(1, () -> {
                    // Alternative provision first (ADR 0028); a session the school just corrected is not asked
                    // again.
                    var settled = apAnswers.answer(progress.callId(), robots.get(robot));
                    askNext(progress.callId(), robot, RobotApAnswers.without(marks.plan(progress.callId(),
                            robots.get(robot)), settled), 0);
                });
            } else if (progress.status() == CallStatus.WRAP_UP) {
                later(0.5, () -> desk.currentCall(robot).ifPresent(call ->
                        desk.wrapUp(call.id(), robot, call.suggestedOutcome(), null)));
            }
        });
    }

    /** One child at a time, as a person would ask, so each mark has its own moment in the recording. */
    private void askNext(CallId call, UserId robot, List<List<RecordMark>> plan, int child) {
        if (child < plan.size()) {
            marks.record(plan.get(child), call);
            later(0.5, () -> askNext(call, robot, plan, child + 1));
        } else {
            marks.backdate(call, robots.get(robot)); // a moved child's marks since the start here, if any
            later(0.5, () -> desk.hangUp(call, robot));
        }
    }

    private boolean is(CallPurpose purpose, UserId robot, CallId call) {
        return desk.currentCall(robot).filter(c -> c.id().equals(call) && c.purpose() == purpose).isPresent();
    }

    /** The social worker hears it out; the robot records "Told". */
    private void tellSocialWorker(CallId call, UserId robot) {
        socialWorkers.told(call, null, robots.get(robot));
        later(0.5, () -> desk.hangUp(call, robot));
    }

    /** A carer gives a plausible reason, as carers do; the social worker is told of it. */
    private void askCarer(CallId call, UserId robot) {
        String reason = CARER_REASONS.get(ThreadLocalRandom.current().nextInt(CARER_REASONS.size()));
        carers.reasonHeard(call, reason, robots.get(robot));
        later(0.5, () -> desk.hangUp(call, robot));
    }

    private void later(double thinks, Runnable step) {
        schedule(step, (long) (properties.robotThinkTime().toMillis() * thinks), 0);
    }

    /**
     * A step that failed because the database could not be reached is tried again (1 s, 2 s, 4 s … every 10 s, for
     * up to {@link #GIVE_UP_AFTER}), as a person would press the button again: dropping it would leave the call
     * connected for good. A step the desk refused (the call moved on meanwhile) is not.
     */
    private void schedule(Runnable step, long delayMillis, int failures) {
        timer.schedule(() -> {
            try {
                step.run();
            } catch (RuntimeException e) {
                long retryIn = Math.min(10_000, 1_000L << Math.min(failures, 10));
                if (DatabaseOutage.isCause(e) && (failures + 1) * 10_000L <= GIVE_UP_AFTER.toMillis()) {
                    log.warn("Robot operator step failed, the database cannot be reached; retrying in {} s: {}",
                            retryIn / 1000, e.getMessage());
                    schedule(step, retryIn, failures + 1);
                } else {
                    log.warn("Robot operator step failed: {}", e.getMessage());
                }
            }
        }, delayMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
