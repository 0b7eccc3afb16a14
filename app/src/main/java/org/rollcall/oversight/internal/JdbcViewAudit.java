package org.rollcall.oversight.internal;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.rollcall.accounts.AuditLog;
import org.rollcall.calls.CallId;
import org.rollcall.calls.CallLog;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Directory;
import org.rollcall.oversight.OversightProperties;
import org.rollcall.oversight.ViewAudit;
import org.rollcall.platform.ui.HumanDates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcViewAudit implements ViewAudit {

    private final AuditLog audit;
    private final CallLog calls;
    private final Directory directory;
    private final OversightProperties properties;

    JdbcViewAudit(AuditLog audit, CallLog calls, Directory directory,
                  OversightProperties properties) {
        this.audit = audit;
        this.calls = calls;
        this.directory = directory;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void shownOnCall(String who, UUID callId, Collection<ChildId> children) {
        record(who, ActionLabels.ON_CALL, callId, children);
    }

    @Override
    @Transactional
    public void shownInReview(String who, UUID callId, Collection<ChildId> children) {
        record(who, ActionLabels.IN_REVIEW, callId, children);
    }

    private void record(String who, String action, UUID callId, Collection<ChildId> children) {
        if (children.isEmpty()) {
            return;
        }
        // The detail names the call as people do (school and day), and keys the dedup to that call.
        String detail = calls.find(new CallId(callId)).map(c -> "call to " + directory.provisionNames(
                List.of(c.provisionId())).getOrDefault(c.provisionId(), "a school") + ", "
                + HumanDates.day(c.date()) + ", attempt " + c.attempt()).orElse("a call no longer on record");
        Duration within = Duration.ofMinutes(properties.viewDedupMinutes());
        audit.recordUnlessRecorded(who, action, "child", children.stream().map(ChildId::toString).toList(), detail,
                within); // one statement for the call's children, while its screen pops
    }
}
