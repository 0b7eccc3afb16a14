package org.rollcall.calls.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.rollcall.accounts.UserId;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.calls.CallId;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallOffered;
import org.rollcall.calls.CallProgressed;
import org.rollcall.calls.CallPurpose;
import org.rollcall.calls.CallStatus;
import org.rollcall.calls.CallSummary;
import org.rollcall.calls.ChildToCollect;
import org.rollcall.calls.OperatorDesk;
import org.rollcall.calls.SessionSlot;
import org.rollcall.capacity.SimulationSettings;
import org.rollcall.escalation.CarerCallDesk;
import org.rollcall.escalation.SocialWorkerCallDesk;

/**
 * Operators for the real day on a virtual clock: each does what a person does at the real {@link OperatorDesk}
 * (start the offered call, take each child's marks once connected, hang up, wrap up), after talk and wrap-up times
 * drawn from the model's {@link SimulationSettings}, so absences they record open real escalations and carer calls.
 * Nothing waits: each step is an action at a virtual moment that the day's driver runs when the clock gets there.
 */
final class SimulatedOperators {

    /** The model's wrap-up after an attempt nobody answered (capacity's Expected.UNANSWERED_WRAP_UP). */
    private static final Duration UNANSWERED_WRAP_UP = Duration.ofSeconds(10);

    private final OperatorDesk desk;
    private final CallLog log;
    private final Attendance attendance;
    private final CarerCallDesk carers;
    private final SocialWorkerCallDesk socialWorkers;
    private final Clock clock;
    private final SimulationSettings settings;
    private final SplittableRandom random;
    private final Map<UserId, String> names = new HashMap<>();
    private final ConcurrentLinkedQueue<Object> heard = new ConcurrentLinkedQueue<>();
    private final PriorityQueue<Action> actions = new PriorityQueue<>((a, b) -> a.at.equals(b.at)
            ? Long.compare(a.seq, b.seq) : a.at.compareTo(b.at));
    private final Map<UserId, Instant> busySince = new HashMap<>();
    private final Set<UserId> leaving = new HashSet<>();
    private long seq;
    private boolean freed;
    private double busySeconds;
    int marksRefused;
    int absencesRecorded;
    int carerCallsAnswered;
    int stepsFailed;
    String firstFailure;

    SimulatedOperators(OperatorDesk desk, CallLog log, Attendance attendance, CarerCallDesk carers,
                       SocialWorkerCallDesk socialWorkers, Clock clock, SimulationSettings settings) {
        this.desk = desk;
        this.log = log;
        this.attendance = attendance;
        this.carers = carers;
        this.socialWorkers = socialWorkers;
        this.clock = clock;
        this.settings = settings;
        this.random = new SplittableRandom(settings.seed());
    }

    void add(UserId operator, String name) {
        names.put(operator, name);
    }

    /** Every operator comes in: ready for the dialler. */
    void startShift() {
        names.forEach((id, name) -> desk.ready(id, name, name));
    }

    /** The shift ends: a free operator goes offline now, a busy one after the call's wrap-up. */
    void endShift() {
        for (UserId id : names.keySet()) {
            if (busySince.containsKey(id)) {
                leaving.add(id);
            } else {
                desk.offline(id);
            }
        }
    }

    /** From the application's event listener, on any thread: what the desk tells the operators' screens. */
    void heard(Object event) {
        if (event instanceof CallOffered offered && names.containsKey(offered.operatorId())
                || event instanceof CallProgressed progress && names.containsKey(progress.operatorId())) {
            heard.add(event);
        }
    }

    /** Reacts to what the desk said since last time, as actions now or after a drawn talk or wrap-up time. */
    void react() {
        Object event;
        while ((event = heard.poll()) != null) {
            Instant now = clock.instant();
            if (event instanceof CallOffered offered) {
                busySince.putIfAbsent(offered.operatorId(), now);
                at(now, () -> {
                    try {
                        desk.start(offered.callId(), offered.operatorId());
                    } catch (RuntimeException e) {
                        busySince.remove(offered.operatorId()); // refused: the operator stays ready
                        throw e;
                    }
                });
            } else if (event instanceof CallProgressed p && p.status() == CallStatus.CONNECTED) {
                connected(p.callId(), p.operatorId(), now);
            } else if (event instanceof CallProgressed p && p.status() == CallStatus.WRAP_UP) {
                CallSummary call = log.find(p.callId()).orElseThrow();
                Duration wrap = call.bridgedAt() == null ? UNANSWERED_WRAP_UP
                        : seconds(logNormal(settings.wrapUp().toMillis() / 1000.0));
                at(now.plus(wrap), () -> wrapUp(p.callId(), p.operatorId()));
            }
        }
    }

    private void connected(CallId callId, UserId operator, Instant now) {
        CallPurpose purpose = log.find(callId).orElseThrow().purpose();
        String name = names.get(operator);
        if (purpose == CallPurpose.CARER) {
            at(now.plus(seconds(logNormal(settings.carerTalk().toMillis() / 1000.0))), () -> {
                carerCallsAnswered++;
                carers.reasonHeard(callId, "Carer says the child was unwell this morning", name);
                desk.hangUp(callId, operator);
            });
        } else if (purpose == CallPurpose.SOCIAL_WORKER) {
            at(now.plus(settings.carerTalk()), () -> {
                socialWorkers.told(callId, null, name);
                desk.hangUp(callId, operator);
            });
        } else {
            List<ChildToCollect> children = log.toCollect(callId);
            double talk = settings.talkPerCall().toMillis() / 1000.0
                    + settings.talkPerChild().toMillis() / 1000.0 * children.size();
            at(now.plus(seconds(logNormal(talk))), () -> {
                for (ChildToCollect child : children) {
                    record(callId, child, name);
                }
                desk.hangUp(callId, operator);
            });
        }
    }

    /** One child's marks for every session the call collects; a day's absence is unauthorised at the model's rate. */
    private void record(CallId callId, ChildToCollect child, String name) {
        boolean absent = random.nextDouble() < settings.unauthorisedRate();
        Integer offset = desk.recordingOffsetNow(callId).stream().boxed().findFirst().orElse(null);
        CallSummary call = log.find(callId).orElseThrow();
        List<RecordMark> marks = new ArrayList<>();
        for (SessionSlot slot : child.slots()) {
            Session session = Session.valueOf(slot.part().name());
            marks.add(new RecordMark(child.child().id(), call.provisionId(), slot.date(), session,
                    absent ? "O" : session == Session.AM ? "/" : "\\", absent ? "No reason given by the carer" : null,
                    callId.value(), offset, name, clock.instant()));
        }
        try {
            attendance.recordAll(marks);
            absencesRecorded += absent ? 1 : 0;
        } catch (RuntimeException e) {
            marksRefused++;
        }
    }

    private void wrapUp(CallId callId, UserId operator) {
        CallSummary call = log.find(callId).orElseThrow();
        desk.wrapUp(callId, operator, call.suggestedOutcome(), null);
        Instant since = busySince.remove(operator);
        busySeconds += Duration.between(since, clock.instant()).toMillis() / 1000.0;
        if (leaving.remove(operator)) {
            desk.offline(operator);
        }
        freed = true;
    }

    Optional<Instant> nextDue() {
        return Optional.ofNullable(actions.peek()).map(Action::at);
    }

    /** Runs the actions due by now; true when an operator became free (the dialler is nudged at once). */
    boolean runDue() {
        freed = false;
        while (!actions.isEmpty() && !actions.peek().at.isAfter(clock.instant())) {
            try {
                actions.poll().step.run();
            } catch (RuntimeException e) {
                stepsFailed++;
                if (firstFailure == null) {
                    firstFailure = e.toString();
                }
            }
        }
        return freed;
    }

    /** Operator-seconds from an offer to its wrap-up, over the day. */
    double busySeconds() {
        return busySeconds;
    }

    int operators() {
        return names.size();
    }

    private void at(Instant when, Runnable step) {
        actions.add(new Action(when, seq++, step));
    }

    /** A log-normal draw with the given mean and the model's spread as coefficient of variation. */
    private double logNormal(double mean) {
        double cv = settings.spread();
        if (mean <= 0 || cv == 0) {
            return Math.max(mean, 0);
        }
        double sigma2 = Math.log(1 + cv * cv);
        return Math.exp(Math.log(mean) - sigma2 / 2 + Math.sqrt(sigma2) * random.nextGaussian());
    }

    private static Duration seconds(double s) {
        return Duration.ofMillis(Math.round(s * 1000));
    }

    private record Action(Instant at, long seq, Runnable step) {
    }
}
