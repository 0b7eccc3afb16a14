package org.rollcall.recording;

import java.util.UUID;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.platform.FreeText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Legal holds: a held recording is never deleted by retention. Setting or clearing one is audited. */
@Service
public class RecordingHolds {

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final AuditLog audit;

    RecordingHolds(JdbcClient jdbc, Accounts accounts, AuditLog audit) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void hold(UUID callId, boolean held, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("say why the hold is " + (held ? "placed" : "lifted")
                    + ", for example the case or request it serves");
        }
        FreeText.checked(reason, "the reason", FreeText.MAX_REASON, false);
        int changed = jdbc.sql("UPDATE recording SET legal_hold = ? WHERE call_id = ? AND status <> 'DELETED'")
                .params(held, callId).update();
        if (changed == 0) {
            throw new IllegalArgumentException("call " + callId + " has no recording that can be held");
        }
        audit.record(accounts.caller().name(), held ? "HOLD_RECORDING" : "RELEASE_RECORDING", "call",
                callId.toString(), reason.strip());
    }
}
