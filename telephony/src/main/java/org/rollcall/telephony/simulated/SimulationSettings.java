package org.rollcall.telephony.simulated;

import java.time.Duration;
import java.util.Objects;

import org.rollcall.telephony.HumanDuration;

/**
 * How simulated schools behave. Rates are probabilities per call; the remainder answer. Times are simulated
 * time: with {@code clockSpeed} 60 a minute passes in a second, so a whole day runs in minutes.
 *
 * @param ringTimeout how long an unanswered destination rings before "no answer" (at least 15 s: Ofcom)
 */
public record SimulationSettings(long seed, double busyRate, double noAnswerRate, double hangUpMidCallRate,
                                 double failRate, Duration operatorPickup, Duration minRing, Duration maxRing,
                                 Duration ringTimeout, Duration maxTalk, double clockSpeed) {

    public SimulationSettings {
        for (double rate : new double[] {busyRate, noAnswerRate, hangUpMidCallRate, failRate}) {
            if (rate < 0 || rate > 1) {
                throw new IllegalArgumentException("simulated rates must be between 0 and 1, got " + rate);
            }
        }
        if (busyRate + noAnswerRate + failRate > 1) {
            throw new IllegalArgumentException("busy, no-answer and fail rates add up to more than 1");
        }
        Objects.requireNonNull(operatorPickup, "operatorPickup");
        if (minRing.isNegative() || maxRing.compareTo(minRing) < 0) {
            throw new IllegalArgumentException("ring times must satisfy 0 <= minRing <= maxRing");
        }
        if (ringTimeout.compareTo(Duration.ofSeconds(15)) < 0) {
            throw new IllegalArgumentException("ringTimeout must be at least 15 s (Ofcom): got "
                    + HumanDuration.format(ringTimeout));
        }
        if (maxRing.compareTo(ringTimeout) > 0) {
            throw new IllegalArgumentException("maxRing (" + HumanDuration.format(maxRing) + ") must not exceed "
                    + "ringTimeout (" + HumanDuration.format(ringTimeout)
                    + "): a school cannot answer after the call has been given up as not answered");
        }
        if (maxTalk.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("maxTalk must be at least 1 s");
        }
        if (!(clockSpeed > 0)) {
            throw new IllegalArgumentException("clockSpeed must be positive, got " + clockSpeed);
        }
    }

    public static SimulationSettings defaults() {
        return new SimulationSettings(42, 0.08, 0.07, 0.03, 0.01, Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(8), Duration.ofSeconds(20), Duration.ofMinutes(10), 1.0);
    }

    /** Every call answers; for tests that need a connected call. */
    public SimulationSettings alwaysAnswering() {
        return new SimulationSettings(seed, 0, 0, 0, 0, operatorPickup, minRing, maxRing, ringTimeout, maxTalk,
                clockSpeed);
    }

    long realMillis(Duration simulated) {
        return Math.max(0, Math.round(simulated.toMillis() / clockSpeed));
    }
}
