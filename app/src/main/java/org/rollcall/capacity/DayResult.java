package org.rollcall.capacity;

/**
 * What a simulated day came to. Waits are seconds from a school's window opening to its first attempt starting.
 *
 * @param schoolsDue school calls in the day's plan
 * @param startedInWindow first attempts started before the school's window closed
 * @param windowsMissed schools whose window closed before any attempt
 * @param unreached schools attempted but never answered (attempts used up, or the window closed before a retry)
 * @param abandoned calls a school answered with no operator on the line: 0 by design, the operator's leg is up
 *     before the school is dialled
 * @param utilisation share of rostered operator time spent on calls
 * @param busiestHour and {@code quietestHour}: the same share for the busiest and quietest whole hour on shift
 *     within the hours of the school calls' windows
 */
public record DayResult(OfferRule rule, int operators, int schoolsDue, int startedInWindow, int windowsMissed,
                        int unreached, int abandoned, double waitP50, double waitP95, double waitMax,
                        double utilisation, double busiestHour, double quietestHour, int followUps,
                        int followUpsReached, int followUpsConcluded) {

    /** Share of schools whose first attempt started inside their window. */
    public double insideWindow() {
        return schoolsDue == 0 ? 1 : (double) startedInWindow / schoolsDue;
    }

    /** Share of follow-ups concluded the same day (carer reached, or every attempt made). */
    public double followUpsDoneSameDay() {
        return followUps == 0 ? 1 : (double) followUpsConcluded / followUps;
    }
}
