package org.rollcall.recording;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The recording module's settings (the S3 store and spool bind theirs from the same prefix, in storage/).
 *
 * @param minAudio a recording with less audio than this holds no evidence: it is LOST, never stored
 * @param sweepInterval how often the exchange's recordings folder is swept for files left behind
 */
@ConfigurationProperties("rollcall.recording")
public record RecordingProperties(@DefaultValue Retention retention, @DefaultValue("1s") Duration minAudio,
                                  @DefaultValue("10m") Duration sweepInterval) {

    public RecordingProperties {
        if (minAudio == null || minAudio.isNegative()) {
            throw new IllegalArgumentException("rollcall.recording.min-audio must be zero or more, for example 1s, "
                    + "not " + minAudio + ": a recording with less audio than this is recorded as lost");
        }
        if (sweepInterval == null || sweepInterval.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("rollcall.recording.sweep-interval must be at least 1s, for example "
                    + "10m, not " + sweepInterval + ": how often the recordings folder is swept");
        }
    }

    /**
     * @param cron when the daily retention job runs, in the platform zone (Spring cron: s m h dom mon dow)
     * @param defaultMonths retention of a recording with no marks (so no authority to ask)
     */
    public record Retention(@DefaultValue("0 30 2 * * *") String cron, @DefaultValue("13") int defaultMonths) {
    }
}
