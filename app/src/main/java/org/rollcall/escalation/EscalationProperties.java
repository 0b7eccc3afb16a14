package org.rollcall.escalation;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The four {@code carer*} values are defaults for authorities with none of their own
 * ({@link EscalationSettings#carerHours}).
 *
 * @param carerContactFrom carers are not called before this time (the app clock's zone)
 * @param carerContactUntil nor after it; a carer call queued later is due at {@code carerContactFrom} next day
 * @param carerAttempts calls that reached no one (no answer, busy, failed) before the carer counts as unreachable
 * @param carerRetryDelay wait before the next attempt to reach the carer
 * @param letterOverdueSchoolDays school days after the request when a missing exclusion letter is overdue
 * @param letterCheckInterval how often Rollcall looks for overdue letters and sends the one reminder each
 * @param socialWorkerChannel how the social worker is told, {@code email} or {@code call}, at authorities that chose
 *     none of their own; a social worker's call is made in the carer-contact hours and retried like a carer's
 * @param exclusionCodes codes that are an exclusion (E in both nations' sets)
 */
@ConfigurationProperties("rollcall.escalation")
public record EscalationProperties(@DefaultValue("09:00") LocalTime carerContactFrom,
                                   @DefaultValue("18:00") LocalTime carerContactUntil,
                                   @DefaultValue("3") int carerAttempts,
                                   @DefaultValue("20m") Duration carerRetryDelay,
                                   @DefaultValue("5") int letterOverdueSchoolDays,
                                   @DefaultValue("15m") Duration letterCheckInterval,
                                   @DefaultValue("email") String socialWorkerChannel,
                                   @DefaultValue("E") List<String> exclusionCodes) {

    @ConstructorBinding
    public EscalationProperties {
        if (!carerContactFrom.isBefore(carerContactUntil)) {
            throw new IllegalArgumentException("rollcall.escalation.carer-contact-from (" + carerContactFrom
                    + ") must be before carer-contact-until (" + carerContactUntil + ")");
        }
        if (carerAttempts < 1 || carerAttempts > 10) {
            throw new IllegalArgumentException("rollcall.escalation.carer-attempts must be 1 to 10, not "
                    + carerAttempts);
        }
        if (carerRetryDelay.isNegative()) {
            throw new IllegalArgumentException("rollcall.escalation.carer-retry-delay must not be negative");
        }
        if (letterOverdueSchoolDays < 1 || letterOverdueSchoolDays > 60) {
            throw new IllegalArgumentException("rollcall.escalation.letter-overdue-school-days must be 1 to 60, not "
                    + letterOverdueSchoolDays);
        }
        if (letterCheckInterval.isNegative() || letterCheckInterval.isZero()) {
            throw new IllegalArgumentException("rollcall.escalation.letter-check-interval must be positive, such as "
                    + "15m");
        }
        try {
            socialWorkerChannel = SocialWorkerChannel.parse(socialWorkerChannel).value();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().replaceFirst("^social-worker channel",
                    "rollcall.escalation.social-worker-channel"), e);
        }
        exclusionCodes = exclusionCodes.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).toList();
    }

    /** Without the letter check's interval (15 minutes), as before it existed. */
    public EscalationProperties(LocalTime carerContactFrom, LocalTime carerContactUntil, int carerAttempts,
                                Duration carerRetryDelay, int letterOverdueSchoolDays, String socialWorkerChannel,
                                List<String> exclusionCodes) {
        this(carerContactFrom, carerContactUntil, carerAttempts, carerRetryDelay, letterOverdueSchoolDays,
                Duration.ofMinutes(15), socialWorkerChannel, exclusionCodes);
    }

    /** How social workers are told at an authority that chose no channel of its own. */
    public SocialWorkerChannel defaultSocialWorkerChannel() {
        return SocialWorkerChannel.parse(socialWorkerChannel);
    }

    public boolean isExclusion(String code) {
        return code != null && exclusionCodes.contains(code.strip().toUpperCase(Locale.ROOT));
    }
}
