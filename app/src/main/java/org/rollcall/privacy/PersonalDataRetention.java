package org.rollcall.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.privacy.internal.ChildStates;
import org.rollcall.privacy.internal.LeftService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention of personal data per authority (ADR 0034): how many months after a child left the service their data is
 * kept, and the daily run that erases the children past it.
 */
@Service
public class PersonalDataRetention {

    /** What a daily run did; {@code ran} false when another node (or an earlier run) had the day already. */
    public record Run(boolean ran, int erased, int held, int recordingsDeleted, int exportsExpired) {
    }

    private final JdbcClient jdbc;
    private final ChildStates states;
    private final ChildErasure erasure;
    private final SubjectAccessExports exports;
    private final AuditLog audit;
    private final Accounts accounts;
    private final PrivacyProperties properties;
    private final Clock clock;

    PersonalDataRetention(JdbcClient jdbc, ChildStates states, ChildErasure erasure, SubjectAccessExports exports,
                          AuditLog audit, Accounts accounts, PrivacyProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.states = states;
        this.erasure = erasure;
        this.exports = exports;
        this.audit = audit;
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    /** Every authority with its retention, by name. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<RetentionSetting> settings() {
        return jdbc.sql("""
                        SELECT a.id, a.name, r.months FROM authority a
                        LEFT JOIN privacy_retention r ON r.authority_id = a.id ORDER BY a.name""")
                .query((rs, n) -> {
                    Integer months = rs.getObject("months", Integer.class);
                    return new RetentionSetting(rs.getObject("id", UUID.class), rs.getString("name"),
                            months == null ? properties.defaultRetentionMonths() : months, months != null);
                }).list();
    }

    /** Sets an authority's retention: 12 to 300 months. Audited. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public RetentionSetting set(UUID authority, Integer months) {
        if (months == null || months < PrivacyProperties.MIN_MONTHS || months > PrivacyProperties.MAX_MONTHS) {
            throw new IllegalArgumentException("retention must be " + PrivacyProperties.MIN_MONTHS + " to "
                    + PrivacyProperties.MAX_MONTHS + " months after a child left the service (1 to 25 years), not "
                    + (months == null ? "blank" : months));
        }
        if (authority == null || !jdbc.sql("SELECT EXISTS (SELECT 1 FROM authority WHERE id = ?)").param(authority)
                .query(Boolean.class).single()) {
            throw new IllegalArgumentException("choose an authority from the list");
        }
        String me = accounts.caller().name();
        jdbc.sql("""
                        INSERT INTO privacy_retention (authority_id, months, set_by, set_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (authority_id) DO UPDATE SET months = EXCLUDED.months, set_by = EXCLUDED.set_by,
                        set_at = EXCLUDED.set_at""")
                .params(authority, months, me, Timestamp.from(clock.instant())).update();
        audit.record(me, "SET_PERSONAL_DATA_RETENTION", "authority", authority.toString(), months + " months");
        return settings().stream().filter(s -> s.authorityId().equals(authority)).findFirst().orElseThrow();
    }

    /**
     * The day's run: claims the day (one row per day, so with several nodes only the first runs it), erases every
     * child past their authority's retention unless a legal hold covers one of their calls, retries recordings
     * left to delete, expires old archives and deletes audit entries past their own period.
     */
    public Run runDaily(LocalDate today) {
        int claimed = jdbc.sql("INSERT INTO privacy_retention_run (run_on, started_at) VALUES (?, ?) "
                + "ON CONFLICT DO NOTHING").params(today, Timestamp.from(clock.instant())).update();
        if (claimed == 0) {
            return new Run(false, 0, 0, 0, 0);
        }
        Map<UUID, Integer> months = jdbc.sql("SELECT authority_id, months FROM privacy_retention")
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        int erased = 0;
        int held = 0;
        for (ChildStates.State child : states.notErased(today)) {
            int period = months.getOrDefault(child.authorityId(), properties.defaultRetentionMonths());
            Optional<LocalDate> left = child.leftOn(today);
            if (left.isPresent() && LeftService.pastRetention(left.get(), period, today)) {
                if (erasure.eraseByRetention(child.id(), left.get(), period)) {
                    erased++;
                } else {
                    held++;
                }
            }
        }
        int recordings = erasure.deleteDueRecordings();
        int expired = exports.expire(clock.instant(), null);
        audit.deleteOlderThan(clock.instant().atZone(clock.getZone()).minusMonths(properties.auditRetentionMonths())
                .toInstant());
        jdbc.sql("UPDATE privacy_retention_run SET erased = ? WHERE run_on = ?").params(erased, today).update();
        return new Run(true, erased, held, recordings, expired);
    }
}
