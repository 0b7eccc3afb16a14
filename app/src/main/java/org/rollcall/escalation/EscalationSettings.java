package org.rollcall.escalation;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.rollcall.directory.AuthorityId;

/** An authority's own escalation settings, kept as data. */
public interface EscalationSettings {

    /** What is on record; Rollcall's defaults (no duty address, the shipped carer script) when nothing is. */
    AuthoritySettings get(AuthorityId authority);

    /**
     * @param dutyEmail told when a child has no social worker email on record; null for none
     * @param carerScript what operators say to carers (the recording notice is always added); null for the shipped one
     * @throws EscalationRefusedException for an invalid email address or a script over 2,000 characters
     */
    default AuthoritySettings set(AuthorityId authority, String dutyEmail, String carerScript) {
        return set(authority, dutyEmail, carerScript, "Rollcall");
    }

    /**
     * As above, keeping the social-worker channel on record; {@code by} clears a "needs updating" flag on the old
     * duty address when the address changes.
     */
    AuthoritySettings set(AuthorityId authority, String dutyEmail, String carerScript, String by);

    /**
     * As above, and how social workers are told.
     *
     * @param socialWorkerChannel {@code email} or {@code call} (any case); null or blank for Rollcall's default
     *     ({@code rollcall.escalation.social-worker-channel})
     * @throws EscalationRefusedException as above, and for a channel that is neither, naming the accepted values
     */
    AuthoritySettings set(AuthorityId authority, String dutyEmail, String carerScript, String socialWorkerChannel,
                          String by);

    /** The authority's carer-contact hours and attempts: its own where set, Rollcall's default where not. */
    CarerHours carerHours(AuthorityId authority);

    /** Rollcall's default hours and attempts ({@code rollcall.escalation.carer-*}), for authorities with none. */
    CarerHours defaultCarerHours();

    /**
     * Sets when the authority's carers (and social workers) are called and how often. Each null falls back to
     * Rollcall's default; all null is the default. Checked on the values that will apply.
     *
     * @param retryDelayMinutes wait before the next attempt, 1 to 240 minutes
     * @throws EscalationRefusedException when the hours end before they start, attempts are not 1 to 10, or the
     *     delay is not 1 to 240 minutes; nothing is stored
     */
    CarerHours setCarerHours(AuthorityId authority, LocalTime from, LocalTime until, Integer attempts,
                             Integer retryDelayMinutes);

    /**
     * The settings above and the carer-contact hours together, in one transaction: both are saved or neither.
     *
     * @throws EscalationRefusedException as the two setters do
     */
    AuthoritySettings set(AuthorityId authority, String dutyEmail, String carerScript, String socialWorkerChannel,
                          String by, LocalTime carerFrom, LocalTime carerUntil, Integer carerAttempts,
                          Integer carerRetryDelayMinutes);

    /**
     * When carers are called: from {@code from} to {@code until} in the clock's zone, {@code attempts} calls that
     * reach no one before the carer counts as unreachable, {@code retryDelay} between them.
     *
     * @param own false when every value is Rollcall's default
     */
    record CarerHours(LocalTime from, LocalTime until, int attempts, Duration retryDelay, boolean own) {

        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

        /** "09:00 to 18:00". */
        public String hours() {
            return TIME.format(from) + " to " + TIME.format(until);
        }

        /** "09:00 to 18:00, 3 attempts 20 minutes apart". */
        public String describe() {
            long minutes = retryDelay.toMinutes();
            String apart = minutes >= 1 ? minutes + (minutes == 1 ? " minute" : " minutes")
                    : retryDelay.toSeconds() + (retryDelay.toSeconds() == 1 ? " second" : " seconds");
            return hours() + ", " + attempts + (attempts == 1 ? " attempt" : " attempts") + " " + apart + " apart";
        }
    }

    /**
     * @param dutyEmail null when none is on record
     * @param socialWorkerChannel the authority's own, or Rollcall's default when {@code ownChannel} is false
     */
    record AuthoritySettings(AuthorityId authority, Optional<String> dutyEmail, String carerScript,
                             boolean ownScript, SocialWorkerChannel socialWorkerChannel, boolean ownChannel) {
    }
}
