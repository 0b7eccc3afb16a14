package org.rollcall.calls.telephony;

import java.time.Duration;

import org.rollcall.telephony.simulated.SimulationSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which exchange places the calls, and its settings. Every property is listed in dialplan/README.md.
 *
 * @param provider {@code simulated} (default), {@code asterisk} or {@code twilio}
 */
@ConfigurationProperties("rollcall.telephony")
public record TelephonyProperties(@DefaultValue("simulated") Provider provider, @DefaultValue Simulated simulated) {

    public enum Provider {
        SIMULATED, ASTERISK, TWILIO
    }

    /** Simulated schools: see {@link SimulationSettings}. */
    public record Simulated(@DefaultValue("42") long seed, @DefaultValue("0.08") double busyRate,
                            @DefaultValue("0.07") double noAnswerRate, @DefaultValue("0.03") double hangUpMidCallRate,
                            @DefaultValue("0.01") double failRate, @DefaultValue("1s") Duration operatorPickup,
                            @DefaultValue("2s") Duration minRing, @DefaultValue("8s") Duration maxRing,
                            @DefaultValue("20s") Duration ringTimeout, @DefaultValue("10m") Duration maxTalk) {

        /** Simulated schools keep the app clock's pace (rollcall.platform.clock-speed), so durations agree. */
        SimulationSettings settings(double clockSpeed) {
            try {
                return new SimulationSettings(seed, busyRate, noAnswerRate, hangUpMidCallRate, failRate,
                        operatorPickup, minRing, maxRing, ringTimeout, maxTalk, clockSpeed);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("rollcall.telephony.simulated: " + e.getMessage(), e);
            }
        }
    }
}
