package org.rollcall.oversight.internal;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.rollcall.accounts.AuditLog;
import org.rollcall.calls.CallId;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallSummary;
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
    public void shownOnCall(String who, CallSummary call, String school, Collection<ChildId> children) {
        record(who, ActionLabels.ON_CALL, () -> detail(call, school), children);
    }

    @Override
    @Transactional
    public void shownInReview(String who, UUID callId, Collection<ChildId> children) {
        record(who, ActionLabels.IN_REVIEW, () -> calls.find(new CallId(callId)).map(c -> detail(c, directory
                .provisionNames(List.of(c.provisionId())).getOrDefault(c.provisionId(), "a school")))
                .orElse("a call no longer on record"), children);
    }

    /** The detail names the call as people do (school and day), and keys the dedup to that call. */
    private static String detail(CallSummary call, String school) {
        return "call to " + school + ", " + HumanDates.day(call.date()) + ", attempt " + call.attempt();
    }

    private void record(String who, String action, Supplier<String> detail, Collection<ChildId> children) {
        if (children.isEmpty()) {
            return;
        }
        Duration within = Duration.ofMinutes(properties.viewDedupMinutes());
        audit.recordUnlessRecorded(who, action, "child", children.stream().map(ChildId::toString).toList(),
                detail.get(), within); // one statement for the call's children, while its screen pops
    }
}
