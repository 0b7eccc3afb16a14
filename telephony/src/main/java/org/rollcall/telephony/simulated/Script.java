package org.rollcall.telephony.simulated;

import java.time.Duration;
import java.util.SplittableRandom;

/** What a simulated destination will do with one call, drawn from the seed. */
record Script(Outcome outcome, Duration ringFor, Duration hangUpAfter) {

    enum Outcome {
        ANSWER, BUSY, NO_ANSWER, FAIL
    }

    static Script draw(SimulationSettings settings, SplittableRandom random) {
        double roll = random.nextDouble();
        Outcome outcome = roll < settings.failRate() ? Outcome.FAIL
                : roll < settings.failRate() + settings.busyRate() ? Outcome.BUSY
                : roll < settings.failRate() + settings.busyRate() + settings.noAnswerRate() ? Outcome.NO_ANSWER
                : Outcome.ANSWER;
        long minRing = settings.minRing().toMillis();
        long ring = minRing + (long) (random.nextDouble() * (settings.maxRing().toMillis() - minRing));
        Duration hangUpAfter = null;
        if (random.nextDouble() < settings.hangUpMidCallRate()) {
            hangUpAfter = Duration.ofMillis(1000 + (long) (random.nextDouble()
                    * (settings.maxTalk().toMillis() - 1000)));
        }
        return new Script(outcome, Duration.ofMillis(ring), hangUpAfter);
    }
}
