package org.rollcall.capacity;

import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * A contact-centre day as a discrete-event simulation on a virtual clock: schools fall due when their window opens,
 * free operators are offered calls by an {@link OfferRule}, attempts are answered, busy or ring out, retries and
 * carer follow-ups fall due later. One run is one thread and no I/O, so a national day takes well under a second.
 */
public final class DaySimulation {

    /** The dialler's Retries: no retry squeezed in with less than this left before the window closes. */
    private static final double LAST_RETRY_BEFORE_CLOSE = 30;

    private final SimulationSettings settings;
    private final OfferRule rule;
    private final PriorityQueue<Event> events = new PriorityQueue<>(
            Comparator.comparingDouble(Event::at).thenComparingLong(Event::seq));
    private final PriorityQueue<Attempt> schools;
    private final PriorityQueue<Attempt> carers = new PriorityQueue<>(
            Comparator.comparingDouble((Attempt a) -> a.dueAt).thenComparingLong(a -> a.seq));
    private final PriorityQueue<Attempt> byClosing = new PriorityQueue<>(
            Comparator.comparingDouble((Attempt a) -> a.closesAt).thenComparingLong(a -> a.seq));
    private final TreeSet<Attempt> schoolsNotYetDue = new TreeSet<>(
            Comparator.comparingDouble((Attempt a) -> a.dueAt).thenComparingLong(a -> a.seq));
    private final Deque<Operator> free = new ArrayDeque<>();
    private final Tally tally;
    private long seq;
    private double now;

    private DaySimulation(SimulationSettings settings, OfferRule rule, Roster roster) {
        this.settings = settings;
        this.rule = rule;
        this.schools = new PriorityQueue<>(Comparator.comparingDouble((Attempt a) -> a.key)
                .thenComparingLong(a -> a.seq));
        this.tally = new Tally(rule, roster);
    }

    /** Runs the day: every call in {@code plan}, the operators in {@code roster}, offered by {@code rule}. */
    public static DayResult run(List<DueCall> plan, Roster roster, SimulationSettings settings, OfferRule rule) {
        DaySimulation day = new DaySimulation(settings, rule, roster);
        for (Shift shift : roster.shifts()) {
            Operator operator = new Operator(shift.operator(), seconds(shift.ends()));
            day.at(seconds(shift.starts()), () -> day.startShift(operator));
        }
        for (DueCall call : plan) {
            day.arrive(new Attempt(call, false, 0, 1, seconds(call.opens()), seconds(call.closes()),
                    call.children(), day.seq++));
        }
        day.tally.schoolsDue = plan.size();
        while (!day.events.isEmpty()) {
            Event next = day.events.poll();
            day.now = next.at();
            next.action().run();
        }
        day.closeRemaining();
        // Hours of the school calls' windows: later hours hold only follow-ups and would always look quiet.
        int fromHour = plan.stream().mapToInt(c -> c.opens().getHour()).min().orElse(0);
        int untilHour = plan.stream().mapToInt(c -> c.closes().getHour() + (c.closes().getMinute() > 0 ? 1 : 0))
                .max().orElse(0);
        return day.tally.result(fromHour, untilHour);
    }

    static double seconds(LocalTime time) {
        return time.toSecondOfDay();
    }

    private void at(double time, Runnable action) {
        events.add(new Event(time, seq++, action));
    }

    private void arrive(Attempt attempt) {
        if (!attempt.carer) {
            schoolsNotYetDue.add(attempt);
        }
        at(attempt.dueAt, () -> {
            byClosing.add(attempt);
            if (attempt.carer) {
                carers.add(attempt);
            } else {
                schoolsNotYetDue.remove(attempt);
                attempt.key = rule.schoolKey(attempt, settings);
                schools.add(attempt);
            }
            dispatch();
        });
    }

    private void startShift(Operator operator) {
        free.add(operator);
        dispatch();
    }

    private void dispatch() {
        while (!free.isEmpty()) {
            Operator operator = free.peek();
            if (operator.shiftEnds() <= now) {
                free.poll();
                continue;
            }
            Attempt attempt = next();
            if (attempt == null) {
                return;
            }
            free.poll();
            start(operator, attempt);
        }
    }

    private Attempt next() {
        closeExpired();
        Attempt school = head(schools);
        Attempt carer = head(carers);
        if (school == null && carer == null) {
            return null;
        }
        if (!rule.followUpsFillSlackOnly()) {
            if (school == null || (carer != null && carer.dueAt < school.dueAt)) {
                return take(carers);
            }
            return take(schools);
        }
        if (school != null) {
            return take(schools);
        }
        return carer != null && !schoolCannotWait() ? take(carers) : null;
    }

    private static Attempt head(PriorityQueue<Attempt> queue) {
        while (!queue.isEmpty() && queue.peek().closed) {
            queue.poll();
        }
        return queue.peek();
    }

    private static Attempt take(PriorityQueue<Attempt> queue) {
        Attempt attempt = queue.poll();
        attempt.closed = true;
        return attempt;
    }

    /** ADR 0017: a school falling due within the allowance whose window closes soon after keeps the operator. */
    private boolean schoolCannotWait() {
        double allowance = settings.carerAllowance().toSeconds();
        for (Attempt soon : schoolsNotYetDue) {
            if (soon.dueAt >= now + allowance) {
                return false;
            }
            if (soon.closesAt <= now + 2 * allowance) {
                return true;
            }
        }
        return false;
    }

    /** Attempts whose window closed while they waited; they leave the offer queues lazily. */
    private void closeExpired() {
        while (!byClosing.isEmpty() && byClosing.peek().closesAt <= now) {
            Attempt expired = byClosing.poll();
            if (!expired.closed) {
                expired.closed = true;
                tally.closedWaiting(expired);
            }
        }
    }

    private void start(Operator operator, Attempt attempt) {
        tally.started(attempt, now);
        Draw draw = Draw.of(attempt, settings, new SplittableRandom(attempt.drawSeed(settings.seed())));
        double ends = now + draw.operatorSeconds();
        tally.busy(now, ends);
        at(ends, () -> {
            finish(attempt, draw.answered());
            if (operator.shiftEnds() > now) {
                free.add(operator);
            }
            dispatch();
        });
    }

    private void finish(Attempt attempt, boolean answered) {
        if (answered) {
            tally.answered(attempt);
            if (!attempt.carer) {
                followUps(attempt);
            }
            return;
        }
        int max = attempt.carer ? settings.carerAttempts() : settings.maxAttempts();
        double retryAt = now + (attempt.carer ? settings.carerRetryDelay() : settings.retryDelay()).toSeconds();
        if (!attempt.carer && retryAt >= attempt.closesAt) {
            // As the dialler's Retries: too late for a full delay, once more halfway to the close (30 s left at least).
            retryAt = now + (attempt.closesAt - now) / 2;
            if (attempt.closesAt - retryAt < LAST_RETRY_BEFORE_CLOSE) {
                retryAt = attempt.closesAt;
            }
        }
        if (attempt.number < max && retryAt < attempt.closesAt) {
            arrive(attempt.next(retryAt, seq++));
        } else {
            tally.gaveUp(attempt);
        }
    }

    private void followUps(Attempt school) {
        SplittableRandom random = new SplittableRandom(school.drawSeed(settings.seed()) ^ 0x5DEECE66DL);
        double from = Math.max(now, seconds(settings.carerHoursFrom()));
        double until = seconds(settings.carerHoursUntil());
        for (int child = 1; child <= school.children; child++) {
            if (random.nextDouble() < settings.unauthorisedRate() && from < until) {
                tally.followUps++;
                arrive(new Attempt(school.call, true, child, 1, from, until, 1, seq++));
            }
        }
    }

    private void closeRemaining() {
        byClosing.stream().filter(a -> !a.closed).forEach(tally::closedWaiting);
    }

    private record Event(double at, long seq, Runnable action) {
    }

    private record Operator(String name, double shiftEnds) {
    }
}
