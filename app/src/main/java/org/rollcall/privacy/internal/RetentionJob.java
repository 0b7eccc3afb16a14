package org.rollcall.privacy.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.rollcall.privacy.PersonalDataRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs retention of personal data once a day; the day's row in privacy_retention_run keeps it to one node. */
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final PersonalDataRetention retention;
    private final Clock clock;

    RetentionJob(PersonalDataRetention retention, Clock clock) {
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(cron = "${rollcall.privacy.retention-cron:0 15 3 * * *}", zone = "${rollcall.platform.zone:Europe/London}")
    void daily() {
        PersonalDataRetention.Run run = retention.runDaily(LocalDate.now(clock));
        if (run.ran()) {
            log.info("Personal data retention: {} children erased, {} kept under a legal hold, {} recordings deleted, "
                    + "{} archives expired", run.erased(), run.held(), run.recordingsDeleted(), run.exportsExpired());
        }
    }
}
