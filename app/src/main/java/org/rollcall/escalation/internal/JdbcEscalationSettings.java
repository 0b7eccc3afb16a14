package org.rollcall.escalation.internal;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ContactsToUpdate;
import org.rollcall.escalation.EscalationProperties;
import org.rollcall.escalation.EscalationRefusedException;
import org.rollcall.escalation.EscalationSettings;
import org.rollcall.escalation.SocialWorkerChannel;
import org.rollcall.platform.EmailAddress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcEscalationSettings implements EscalationSettings {

    /** Said on every carer call, whatever the authority's own script says. */
    static final String RECORDING_NOTICE = "Before we start: this call is recorded, so that what you tell us is "
            + "passed on accurately.";
    static final String SHIPPED_SCRIPT = "Hello, I am calling from Rollcall on behalf of the Virtual School about "
            + "the child in your care. Their school has told us they were absent and the absence is not authorised. "
            + "Can you tell me why they were not at school?";

    /** Said on every social-worker call. */
    static final String SOCIAL_WORKER_RECORDING_NOTICE = "Before we start: this call is recorded, so that there is "
            + "a record of what you were told.";

    private final JdbcClient jdbc;
    private final ContactsToUpdate contacts;
    private final EscalationProperties properties;

    JdbcEscalationSettings(JdbcClient jdbc, ContactsToUpdate contacts, EscalationProperties properties) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.properties = properties;
    }

    @Override
    @Transactional(readOnly = true)
    public AuthoritySettings get(AuthorityId authority) {
        return jdbc.sql("SELECT duty_email, carer_script, social_worker_channel FROM escalation_authority "
                        + "WHERE authority_id = ?")
                .param(authority.value())
                .query((rs, n) -> settings(authority, rs.getString(1), rs.getString(2), rs.getString(3))).optional()
                .orElseGet(() -> settings(authority, null, null, null));
    }

    @Override
    @Transactional
    public AuthoritySettings set(AuthorityId authority, String dutyEmail, String carerScript, String by) {
        String channel = jdbc.sql("SELECT social_worker_channel FROM escalation_authority WHERE authority_id = ?")
                .param(authority.value()).query(String.class).optional().orElse(null);
        return set(authority, dutyEmail, carerScript, channel, by);
    }

    @Override
    @Transactional
    public AuthoritySettings set(AuthorityId authority, String dutyEmail, String carerScript,
                                 String socialWorkerChannel, String by) {
        String channel = socialWorkerChannel == null || socialWorkerChannel.isBlank() ? null
                : channel(socialWorkerChannel).name();
        String duty = dutyEmail == null || dutyEmail.isBlank() ? null : valid(dutyEmail);
        String script = carerScript == null || carerScript.isBlank() ? null : carerScript.strip();
        if (script != null && script.length() > 2000) {
            throw new EscalationRefusedException("the carer script is " + script.length() + " characters long: "
                    + "keep it to 2,000 (the recording notice is added by Rollcall)");
        }
        jdbc.sql("""
                        INSERT INTO escalation_authority (authority_id, duty_email, carer_script,
                                                          social_worker_channel) VALUES (?, ?, ?, ?)
                        ON CONFLICT (authority_id) DO UPDATE SET duty_email = EXCLUDED.duty_email,
                          carer_script = EXCLUDED.carer_script,
                          social_worker_channel = EXCLUDED.social_worker_channel""")
                .params(authority.value(), duty, script, channel).update();
        contacts.dutyAddressCorrected(authority, by); // the address now on record is a valid one, or none
        return settings(authority, duty, script, channel);
    }

    @Override
    @Transactional(readOnly = true)
    public CarerHours carerHours(AuthorityId authority) {
        return jdbc.sql("SELECT carer_contact_from, carer_contact_until, carer_attempts, carer_retry_delay_minutes "
                        + "FROM escalation_authority WHERE authority_id = ?")
                .param(authority.value())
                .query((rs, n) -> hours(rs.getObject(1, LocalTime.class), rs.getObject(2, LocalTime.class),
                        (Integer) rs.getObject(3), (Integer) rs.getObject(4))).optional()
                .orElseGet(this::defaultCarerHours);
    }

    @Override
    public CarerHours defaultCarerHours() {
        return new CarerHours(properties.carerContactFrom(), properties.carerContactUntil(),
                properties.carerAttempts(), properties.carerRetryDelay(), false);
    }

    @Override
    @Transactional
    public CarerHours setCarerHours(AuthorityId authority, LocalTime from, LocalTime until, Integer attempts,
                                    Integer retryDelayMinutes) {
        CarerHours hours = hours(from, until, attempts, retryDelayMinutes);
        List<String> problems = new ArrayList<>();
        if (!hours.from().isBefore(hours.until())) {
            problems.add("carer-contact hours must end after they start, not " + hours.hours()
                    + (from == null || until == null ? " (Rollcall's default for the time left empty)" : ""));
        }
        if (hours.attempts() < 1 || hours.attempts() > 10) {
            problems.add("attempts to reach a carer must be 1 to 10, not " + hours.attempts());
        }
        if (retryDelayMinutes != null && (retryDelayMinutes < 1 || retryDelayMinutes > 240)) {
            problems.add("the wait between attempts must be 1 to 240 minutes, not " + retryDelayMinutes);
        }
        if (!problems.isEmpty()) {
            throw new EscalationRefusedException(String.join("; ", problems));
        }
        jdbc.sql("""
                        INSERT INTO escalation_authority (authority_id, carer_contact_from, carer_contact_until,
                                                          carer_attempts, carer_retry_delay_minutes)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (authority_id) DO UPDATE SET carer_contact_from = EXCLUDED.carer_contact_from,
                          carer_contact_until = EXCLUDED.carer_contact_until,
                          carer_attempts = EXCLUDED.carer_attempts,
                          carer_retry_delay_minutes = EXCLUDED.carer_retry_delay_minutes""")
                .params(authority.value(), from, until, attempts, retryDelayMinutes).update();
        return hours;
    }

    @Override
    @Transactional
    public AuthoritySettings set(AuthorityId authority, String dutyEmail, String carerScript,
                                 String socialWorkerChannel, String by, LocalTime carerFrom, LocalTime carerUntil,
                                 Integer carerAttempts, Integer carerRetryDelayMinutes) {
        AuthoritySettings settings = set(authority, dutyEmail, carerScript, socialWorkerChannel, by);
        setCarerHours(authority, carerFrom, carerUntil, carerAttempts, carerRetryDelayMinutes);
        return settings;
    }

    /** Each value, or Rollcall's default where it is null. */
    private CarerHours hours(LocalTime from, LocalTime until, Integer attempts, Integer retryDelayMinutes) {
        return new CarerHours(from == null ? properties.carerContactFrom() : from,
                until == null ? properties.carerContactUntil() : until,
                attempts == null ? properties.carerAttempts() : attempts,
                retryDelayMinutes == null ? properties.carerRetryDelay() : Duration.ofMinutes(retryDelayMinutes),
                from != null || until != null || attempts != null || retryDelayMinutes != null);
    }

    private static SocialWorkerChannel channel(String text) {
        try {
            return SocialWorkerChannel.parse(text);
        } catch (IllegalArgumentException e) {
            throw new EscalationRefusedException(e.getMessage());
        }
    }

    private static String valid(String email) {
        try {
            return EmailAddress.parse(email).value();
        } catch (IllegalArgumentException e) {
            throw new EscalationRefusedException("duty address: " + e.getMessage());
        }
    }

    private AuthoritySettings settings(AuthorityId authority, String duty, String script, String channel) {
        return new AuthoritySettings(authority, Optional.ofNullable(duty), script == null ? SHIPPED_SCRIPT : script,
                script != null, channel == null ? properties.defaultSocialWorkerChannel()
                : SocialWorkerChannel.valueOf(channel), channel != null);
    }
}
