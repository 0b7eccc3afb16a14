package org.rollcall.calls;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.rollcall.platform.ui.HumanDates;

/**
 * The dialler stopped offering calls at {@code since} because the telephony {@code provider} ("asterisk",
 * "twilio", "simulated") could not be reached. Due calls wait in the queue and use up no attempt meanwhile.
 */
public record DiallerPause(String provider, Instant since) {

    /**
     * For screens: "Dialling paused since 10:42: the telephone exchange (Asterisk) cannot be reached. Calls resume by
     * themselves when it is back; no school loses an attempt meanwhile." A pause from an earlier day names the day.
     */
    public String toPeople(Clock clock) {
        LocalDate day = LocalDate.ofInstant(since, clock.getZone());
        String when = day.equals(LocalDate.now(clock)) ? HumanDates.time(since, clock.getZone())
                : HumanDates.day(day) + " " + HumanDates.time(since, clock.getZone());
        return "Dialling paused since " + when + ": the telephone exchange (" + exchange() + ") cannot be reached. "
                + "Calls resume by themselves when it is back; no school loses an attempt meanwhile.";
    }

    private String exchange() {
        return switch (provider) {
            case "asterisk" -> "Asterisk";
            case "twilio" -> "Twilio";
            case "simulated" -> "simulated";
            default -> provider;
        };
    }
}
