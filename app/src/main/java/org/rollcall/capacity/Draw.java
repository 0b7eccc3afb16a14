package org.rollcall.capacity;

import java.time.Duration;
import java.util.SplittableRandom;

/** How one attempt goes: answered or not, and how long it keeps the operator. */
record Draw(boolean answered, double operatorSeconds) {

    static Draw of(Attempt attempt, SimulationSettings s, SplittableRandom random) {
        double r = random.nextDouble();
        boolean answered = r < (attempt.carer ? s.carerAnswerRate() : s.answerRate());
        if (answered) {
            double ring = 2 + random.nextDouble() * 13; // mean Expected.ANSWERED_RING
            double talk = attempt.carer ? s.carerTalk().toSeconds()
                    : s.talkPerCall().toSeconds() + s.talkPerChild().toSeconds() * attempt.children;
            return new Draw(true, Expected.PICKUP + ring + logNormal(talk, s.spread(), random)
                    + logNormal(seconds(s.wrapUp()), s.spread(), random));
        }
        boolean busy = !attempt.carer && r < s.answerRate() + s.busyRate();
        double ring = busy ? Expected.BUSY_RING : seconds(s.ringTimeout());
        return new Draw(false, Expected.PICKUP + ring + Expected.UNANSWERED_WRAP_UP);
    }

    /** A log-normal draw with the given mean and coefficient of variation. */
    static double logNormal(double mean, double cv, SplittableRandom random) {
        if (mean <= 0 || cv == 0) {
            return Math.max(mean, 0);
        }
        double sigma2 = Math.log(1 + cv * cv);
        double mu = Math.log(mean) - sigma2 / 2;
        return Math.exp(mu + Math.sqrt(sigma2) * random.nextGaussian());
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
