package org.rollcall.capacity;

/** Mean operator seconds, from the same settings the simulation draws from; used for keys and lower bounds. */
final class Expected {

    static final double PICKUP = 2;
    static final double ANSWERED_RING = 8.5;
    static final double BUSY_RING = 3;
    static final double UNANSWERED_WRAP_UP = 10;

    private Expected() {
    }

    /** One attempt at a school with {@code children} children. */
    static double attemptSeconds(SimulationSettings s, int children) {
        double noAnswer = 1 - s.answerRate() - s.busyRate();
        return PICKUP + s.answerRate() * (ANSWERED_RING + s.answeredSeconds(children))
                + s.busyRate() * (BUSY_RING + UNANSWERED_WRAP_UP)
                + noAnswer * (s.ringTimeout().toSeconds() + UNANSWERED_WRAP_UP);
    }

    /** All attempts at a school, up to its answer or the last attempt (Wald: attempts × one attempt). */
    static double schoolSeconds(SimulationSettings s, int children) {
        return attempts(1 - s.answerRate(), s.maxAttempts()) * attemptSeconds(s, children);
    }

    /** All attempts at one carer. */
    static double carerSeconds(SimulationSettings s) {
        double one = PICKUP + s.carerAnswerRate() * (ANSWERED_RING + s.carerTalk().toSeconds()
                + s.wrapUp().toSeconds()) + (1 - s.carerAnswerRate()) * (s.ringTimeout().toSeconds()
                + UNANSWERED_WRAP_UP);
        return attempts(1 - s.carerAnswerRate(), s.carerAttempts()) * one;
    }

    private static double attempts(double failing, int max) {
        double sum = 0;
        double p = 1;
        for (int k = 0; k < max; k++) {
            sum += p;
            p *= failing;
        }
        return sum;
    }
}
