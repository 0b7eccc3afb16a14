package org.rollcall.recording;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param cron when the daily retention job runs, in the platform zone (Spring cron: s m h dom mon dow)
 * @param defaultMonths retention of a recording with no marks (so no authority to ask)
 */
@ConfigurationProperties("rollcall.recording.retention")
public record RecordingProperties(@DefaultValue("0 30 2 * * *") String cron, @DefaultValue("13") int defaultMonths) {
}
