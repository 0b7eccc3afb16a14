package org.rollcall.capacity;

import java.time.Duration;
import java.time.LocalTime;

/**
 * How a simulated day behaves. Times are means; talk and wrap-up vary log-normally with {@code spread} as their
 * coefficient of variation (0 = always the mean).
 *
 * @param talkPerCall talk time of an answered school call before any child is asked about
 * @param talkPerChild added talk time per child on the call
 * @param wrapUp the operator's wrap-up after a call that was answered
 * @param spread coefficient of variation of talk and wrap-up (0 to 3)
 * @param answerRate share of school attempts answered; {@code busyRate} busy; the rest ring out
 * @param ringTimeout how long an unanswered school or carer rings before "no answer"
 * @param retryDelay wait before a school is tried again after busy or no answer
 * @param maxAttempts attempts at a school before it counts as unreached
 * @param unauthorisedRate share of children on an answered school call whose absence starts a carer call
 * @param carerAnswerRate share of carer attempts answered
 * @param carerTalk talk time of an answered carer call
 * @param carerRetryDelay wait before the next attempt to reach a carer
 * @param carerAttempts attempts to reach a carer
 * @param carerHoursFrom carers are called from this time
 * @param carerHoursUntil and until this time (the follow-up's deadline)
 * @param carerAllowance a carer call waits while a school due within this could not wait for it (ADR 0017)
 * @param seed the same seed gives the same day
 */
public record SimulationSettings(Duration talkPerCall, Duration talkPerChild, Duration wrapUp, double spread,
                                 double answerRate, double busyRate, Duration ringTimeout, Duration retryDelay,
                                 int maxAttempts, double unauthorisedRate, double carerAnswerRate, Duration carerTalk,
                                 Duration carerRetryDelay, int carerAttempts, LocalTime carerHoursFrom,
                                 LocalTime carerHoursUntil, Duration carerAllowance, long seed) {

    public SimulationSettings {
        notNegative("talk per call", talkPerCall);
        notNegative("talk per child", talkPerChild);
        notNegative("wrap-up", wrapUp);
        notNegative("ring timeout", ringTimeout);
        notNegative("retry delay", retryDelay);
        notNegative("carer talk", carerTalk);
        notNegative("carer retry delay", carerRetryDelay);
        notNegative("carer allowance", carerAllowance);
        rate("answer rate", answerRate);
        rate("busy rate", busyRate);
        rate("unauthorised-absence rate", unauthorisedRate);
        rate("carer answer rate", carerAnswerRate);
        if (answerRate + busyRate > 1) {
            throw new IllegalArgumentException("the answer rate (" + answerRate + ") and busy rate (" + busyRate
                    + ") add up to more than 1; what is left over rings out unanswered");
        }
        if (spread < 0 || spread > 3) {
            throw new IllegalArgumentException("the spread of talk and wrap-up times must be 0 to 3 (a coefficient "
                    + "of variation), not " + spread);
        }
        if (maxAttempts < 1 || carerAttempts < 1) {
            throw new IllegalArgumentException("a school and a carer need at least one attempt each (got "
                    + maxAttempts + " and " + carerAttempts + ")");
        }
        if (!carerHoursFrom.isBefore(carerHoursUntil)) {
            throw new IllegalArgumentException("carer hours must end after they start (" + carerHoursFrom + " to "
                    + carerHoursUntil + ")");
        }
    }

    /** About two minutes a school call with 3.5 children, as the service measures; rates from the seed. */
    public static SimulationSettings defaults() {
        return new SimulationSettings(Duration.ofSeconds(40), Duration.ofSeconds(15), Duration.ofSeconds(20), 0.5,
                0.85, 0.07, Duration.ofSeconds(20), Duration.ofMinutes(5), 3, 0.03, 0.7, Duration.ofMinutes(3),
                Duration.ofMinutes(20), 3, LocalTime.of(9, 0), LocalTime.of(18, 0), Duration.ofMinutes(10), 42);
    }

    public SimulationSettings withSeed(long newSeed) {
        return new SimulationSettings(talkPerCall, talkPerChild, wrapUp, spread, answerRate, busyRate, ringTimeout,
                retryDelay, maxAttempts, unauthorisedRate, carerAnswerRate, carerTalk, carerRetryDelay, carerAttempts,
                carerHoursFrom, carerHoursUntil, carerAllowance, newSeed);
    }

    public SimulationSettings withSpread(double newSpread) {
        return new SimulationSettings(talkPerCall, talkPerChild, wrapUp, newSpread, answerRate, busyRate,
                ringTimeout, retryDelay, maxAttempts, unauthorisedRate, carerAnswerRate, carerTalk, carerRetryDelay,
                carerAttempts, carerHoursFrom, carerHoursUntil, carerAllowance, seed);
    }

    /** The same day with schools answering at {@code newAnswerRate} and busy at {@code newBusyRate}. */
    public SimulationSettings withAnswerRates(double newAnswerRate, double newBusyRate) {
        return new SimulationSettings(talkPerCall, talkPerChild, wrapUp, spread, newAnswerRate, newBusyRate,
                ringTimeout, retryDelay, maxAttempts, unauthorisedRate, carerAnswerRate, carerTalk, carerRetryDelay,
                carerAttempts, carerHoursFrom, carerHoursUntil, carerAllowance, seed);
    }

    /** Mean seconds an operator gives one answered school call with {@code children} children (ring excluded). */
    double answeredSeconds(int children) {
        return talkPerCall.toSeconds() + talkPerChild.toSeconds() * children + wrapUp.toSeconds();
    }

    private static void notNegative(String what, Duration d) {
        if (d == null || d.isNegative()) {
            throw new IllegalArgumentException("the " + what + " must be a duration of zero or more, not " + d);
        }
    }

    private static void rate(String what, double r) {
        if (!(r >= 0 && r <= 1)) {
            throw new IllegalArgumentException("the " + what + " must be between 0 and 1, not " + r);
        }
    }
}
