package org.rollcall.calls.internal;

import java.time.Duration;

import org.rollcall.capacity.SimulationSettings;

/**
 * The real day's settings: the day model's ({@link SimulationSettings#defaults()}, about two minutes a school call),
 * changed by {@code -Dbenchmark.*} properties, checked by the model's own rules (negative times and rates outside
 * 0 to 1 are refused, naming what was wrong), and turned into the simulated exchange's settings.
 */
final class RealDaySettings {

    /** The model's operator pick-up and longest ring (capacity's Expected and Draw): 2 s, then 2 to 15 s. */
    private static final Duration PICKUP = Duration.ofSeconds(2);
    private static final Duration LONGEST_RING = Duration.ofSeconds(15);

    private RealDaySettings() {
    }

    static SimulationSettings fromSystemProperties() {
        SimulationSettings d = SimulationSettings.defaults();
        return new SimulationSettings(seconds("talk-per-call", d.talkPerCall()),
                seconds("talk-per-child", d.talkPerChild()), seconds("wrap-up", d.wrapUp()),
                number("spread", d.spread()), number("answer-rate", d.answerRate()),
                number("busy-rate", d.busyRate()), seconds("ring-timeout", d.ringTimeout()),
                seconds("retry-delay", d.retryDelay()), Integer.getInteger("benchmark.max-attempts", d.maxAttempts()),
                number("unauthorised-rate", d.unauthorisedRate()), d.carerAnswerRate(),
                seconds("carer-talk", d.carerTalk()), seconds("carer-retry-delay", d.carerRetryDelay()),
                Integer.getInteger("benchmark.carer-attempts", d.carerAttempts()), d.carerHoursFrom(),
                d.carerHoursUntil(), d.carerAllowance(), Long.getLong("benchmark.seed", d.seed()));
    }

    /** Schools answer, are busy or ring out at the model's rates; nothing fails and nobody hangs up mid-call. */
    static org.rollcall.telephony.simulated.SimulationSettings exchange(SimulationSettings s) {
        double busy = s.busyRate();
        double noAnswer = Math.max(0, Math.min(1 - busy, 1 - s.answerRate() - busy));
        Duration longest = LONGEST_RING.compareTo(s.ringTimeout()) < 0 ? LONGEST_RING : s.ringTimeout();
        try {
            return new org.rollcall.telephony.simulated.SimulationSettings(s.seed(), busy, noAnswer, 0, 0, PICKUP,
                    Duration.ofSeconds(2), longest, s.ringTimeout(), Duration.ofHours(1), 1);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the simulated exchange cannot use these settings: " + e.getMessage(),
                    e);
        }
    }

    /** The model as the real day runs it: one answer rate for every number, carers too (the exchange has one). */
    static SimulationSettings modelOf(SimulationSettings s) {
        return new SimulationSettings(s.talkPerCall(), s.talkPerChild(), s.wrapUp(), s.spread(), s.answerRate(),
                s.busyRate(), s.ringTimeout(), s.retryDelay(), s.maxAttempts(), s.unauthorisedRate(), s.answerRate(),
                s.carerTalk(), s.carerRetryDelay(), s.carerAttempts(), s.carerHoursFrom(), s.carerHoursUntil(),
                s.carerAllowance(), s.seed());
    }

    private static Duration seconds(String name, Duration otherwise) {
        String text = System.getProperty("benchmark." + name);
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return Duration.ofMillis(Math.round(Double.parseDouble(text.strip()) * 1000));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("benchmark." + name + " must be a number of seconds, not '" + text
                    + "'", e);
        }
    }

    private static double number(String name, double otherwise) {
        String text = System.getProperty("benchmark." + name);
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("benchmark." + name + " must be a number, not '" + text + "'", e);
        }
    }
}
