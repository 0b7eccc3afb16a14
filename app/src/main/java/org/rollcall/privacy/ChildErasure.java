package org.rollcall.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.platform.FreeText;
import org.rollcall.privacy.internal.ChildEraser;
import org.rollcall.privacy.internal.ChildStates;
import org.rollcall.privacy.internal.SubjectQueries;
import org.rollcall.recording.RecordingArchive;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erasure of one child's personal data (ADR 0034), on an admin's request or by the retention job, in one
 * transaction; the child's recordings leave object storage after the commit, and failures are retried daily.
 */
@Service
public class ChildErasure {

    private static final Logger log = LoggerFactory.getLogger(ChildErasure.class);

    private final JdbcClient jdbc;
    private final ChildStates states;
    private final ChildEraser eraser;
    private final SubjectQueries queries;
    private final RecordingArchive recordings;
    private final SubjectAccessExports exports;
    private final AuditLog audit;
    private final Accounts accounts;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    ChildErasure(JdbcClient jdbc, ChildStates states, ChildEraser eraser, SubjectQueries queries,
                 RecordingArchive recordings, SubjectAccessExports exports, AuditLog audit, Accounts accounts,
                 Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.states = states;
        this.eraser = eraser;
        this.queries = queries;
        this.recordings = recordings;
        this.exports = exports;
        this.audit = audit;
        this.accounts = accounts;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Children by name or UPN (at least two characters), for the data-protection screen. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<ChildFound> find(String text) {
        if (text == null || text.strip().length() < 2) {
            throw new IllegalArgumentException("type at least two letters of the child's name, or their UPN");
        }
        LocalDate today = LocalDate.now(clock);
        return states.search(text, today, 50).stream().map(s -> s.found(today)).toList();
    }

    /**
     * Whether the child may be erased on request now: refused, saying what to do first, when the reason is missing,
     * the child is unknown or already erased, still in the service, or a legal hold covers one of their calls. The
     * screen asks before it asks for confirmation, so a refusal is not preceded by "are you sure?".
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public void checkErasable(UUID child, String reason) {
        checked(child, reason, false);
    }

    /** Erases the child on request, after the same checks as {@link #checkErasable}, made again under a lock. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ErasureEntry eraseOnRequest(UUID child, String reason) {
        Checked ok = checked(child, reason, true);
        UUID id = eraser.erase(child, ok.authority(), true, accounts.caller().name(), ok.why(), ok.leftOn(),
                clock.instant());
        audit.record(accounts.caller().name(), "ERASE_CHILD", "child", child.toString(), "erasure " + id
                + " on request");
        afterCommit(child);
        return entry(id);
    }

    private record Checked(UUID authority, String why, LocalDate leftOn) {
    }

    private Checked checked(UUID child, String reason, boolean lock) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("say why the child's data is erased, for example \"erasure request "
                    + "of 3 November, case 123\" (no names)");
        }
        String why = FreeText.checked(reason, "the reason", FreeText.MAX_REASON, false).strip();
        if (child == null) {
            throw new IllegalArgumentException("choose a child first: find them by name or UPN");
        }
        LocalDate today = LocalDate.now(clock);
        UUID authority = (lock ? eraser.lock(child) : eraser.authorityOf(child)).orElseThrow(() ->
                new IllegalArgumentException("there is no child " + child + " in Rollcall; find the child by name "
                        + "or UPN"));
        if (eraser.erased(child)) {
            throw new IllegalArgumentException("this child's data was already erased; see the erasure log");
        }
        ChildStates.State state = states.of(child, today).orElseThrow();
        if (state.placements() > 0 && state.leftOn(today).isEmpty()) {
            throw new IllegalArgumentException(state.name() + " is still in the service: a placement has not ended "
                    + "(or starts later). End their placements in the directory first, then erase.");
        }
        refuseUnderHold(child, state.name());
        return new Checked(authority, why, state.leftOn(today).orElse(null));
    }

    /** Erases a child past its authority's retention (the retention job). Held children are skipped: false. */
    @Transactional
    public boolean eraseByRetention(UUID child, LocalDate leftOn, int months) {
        UUID authority = eraser.lock(child).orElse(null);
        if (authority == null || eraser.erased(child)
                || !recordings.heldAmong(queries.callsOf(child)).isEmpty()) {
            return false;
        }
        UUID id = eraser.erase(child, authority, false, "retention", "left the service on " + leftOn + "; "
                + months + " months' retention ended", leftOn, clock.instant());
        audit.record("retention", "ERASE_CHILD", "child", child.toString(), "erasure " + id + " by retention");
        afterCommit(child);
        return true;
    }

    private void refuseUnderHold(UUID child, String name) {
        List<UUID> held = recordings.heldAmong(queries.callsOf(child));
        if (!held.isEmpty()) {
            throw new IllegalArgumentException("a legal hold covers " + held.size() + (held.size() == 1 ? " call"
                    : " calls") + " about " + name + ", so their data cannot be erased: lift the hold on the call's "
                    + "review page once the case it serves is closed, then erase.");
        }
    }

    /** The latest erasures, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<ErasureEntry> log(int limit) {
        return jdbc.sql(ENTRY + " ORDER BY e.erased_at DESC LIMIT ?").param(limit).query(ChildErasure::entry).list();
    }

    /**
     * Deletes the recordings erasures left to delete; one that fails stays for the next try. Returns how many went.
     */
    // Each deletion in a transaction of its own: this also runs in afterCommit, where the finished one is still bound.
    public int deleteDueRecordings() {
        int deleted = 0;
        for (UUID call : jdbc.sql("SELECT call_id FROM privacy_recording_due ORDER BY call_id").query(UUID.class)
                .list()) {
            try {
                ownTransaction.executeWithoutResult(s -> {
                    recordings.deleteForErasure(call, "the child's personal data was erased");
                    jdbc.sql("DELETE FROM privacy_recording_due WHERE call_id = ?").param(call).update();
                });
                deleted++;
            } catch (RuntimeException e) {
                log.warn("Erasure: the recording of call {} could not be deleted yet; tried again tomorrow", call, e);
                ownTransaction.executeWithoutResult(s -> jdbc.sql("UPDATE privacy_recording_due SET attempts = "
                        + "attempts + 1, last_problem = ? WHERE call_id = ?").params(String.valueOf(e.getMessage()),
                        call).update());
            }
        }
        return deleted;
    }

    private void afterCommit(UUID child) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                deleteDueRecordings();
                exports.expire(clock.instant(), child);
            }
        });
    }

    private static final String ENTRY = """
            SELECT e.reference, a.name AS authority, e.erased_at, e.erased_by, e.trigger, e.reason, e.left_on,
                   e.recordings_due FROM privacy_erasure e JOIN authority a ON a.id = e.authority_id""";

    private ErasureEntry entry(UUID id) {
        return jdbc.sql(ENTRY + " WHERE e.id = ?").param(id).query(ChildErasure::entry).single();
    }

    private static ErasureEntry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        java.sql.Date left = rs.getDate("left_on");
        return new ErasureEntry(rs.getObject("reference", UUID.class), rs.getString("authority"),
                rs.getTimestamp("erased_at").toInstant(), rs.getString("erased_by"),
                rs.getString("trigger").equals("REQUEST"), rs.getString("reason"),
                left == null ? null : left.toLocalDate(), rs.getInt("recordings_due"));
    }
}
