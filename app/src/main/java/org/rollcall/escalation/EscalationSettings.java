package org.rollcall.escalation;

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

    /**
     * @param dutyEmail null when none is on record
     * @param socialWorkerChannel the authority's own, or Rollcall's default when {@code ownChannel} is false
     */
    record AuthoritySettings(AuthorityId authority, Optional<String> dutyEmail, String carerScript,
                             boolean ownScript, SocialWorkerChannel socialWorkerChannel, boolean ownChannel) {
    }
}
