package org.rollcall.privacy;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The privacy module's settings (ADR 0034).
 *
 * @param exportDirectory where subject-access archives are written (never the database)
 * @param exportKeepDays how many days an archive can be downloaded before it is deleted
 * @param retentionCron when the daily retention job runs, in the platform zone (Spring cron)
 * @param defaultRetentionMonths months after a child left the service before erasure, for an authority with no
 *        setting of its own
 * @param auditRetentionMonths months the audit log keeps an entry
 */
@ConfigurationProperties("rollcall.privacy")
public record PrivacyProperties(@DefaultValue("data/exports") Path exportDirectory,
                                @DefaultValue("7") int exportKeepDays,
                                @DefaultValue("0 15 3 * * *") String retentionCron,
                                @DefaultValue("72") int defaultRetentionMonths,
                                @DefaultValue("84") int auditRetentionMonths) {

    /** The months an authority may set: at least a year, at most 25 years. */
    public static final int MIN_MONTHS = 12;
    public static final int MAX_MONTHS = 300;

    public PrivacyProperties {
        if (exportKeepDays < 1 || exportKeepDays > 90) {
            throw new IllegalArgumentException("rollcall.privacy.export-keep-days must be 1 to 90, not "
                    + exportKeepDays + ": how many days a subject-access archive can be downloaded");
        }
        if (defaultRetentionMonths < MIN_MONTHS || defaultRetentionMonths > MAX_MONTHS) {
            throw new IllegalArgumentException("rollcall.privacy.default-retention-months must be " + MIN_MONTHS
                    + " to " + MAX_MONTHS + ", not " + defaultRetentionMonths);
        }
        if (auditRetentionMonths < MIN_MONTHS || auditRetentionMonths > MAX_MONTHS) {
            throw new IllegalArgumentException("rollcall.privacy.audit-retention-months must be " + MIN_MONTHS
                    + " to " + MAX_MONTHS + ", not " + auditRetentionMonths);
        }
    }
}
