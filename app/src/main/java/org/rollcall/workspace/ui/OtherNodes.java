package org.rollcall.workspace.ui;

import java.util.UUID;

import org.rollcall.accounts.UserId;
import org.rollcall.calls.CallOffered;
import org.rollcall.calls.CallProgressed;
import org.rollcall.calls.CallWrappedUp;
import org.rollcall.calls.OperatorStatusChanged;
import org.rollcall.platform.NodeNotices;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Operators' screens on the other app nodes (ADR 0048). Any node's dialler may offer a call to an operator whose
 * screen is held by another node, which never sees the event; so each change to an operator is also a node notice,
 * and the node holding the operator's screens refreshes them.
 */
@Component
class OtherNodes {

    private final NodeNotices notices;

    OtherNodes(NodeNotices notices, WorkspaceBroadcaster broadcaster) {
        this.notices = notices;
        notices.listen(NodeNotices.OPERATOR_CHANGED,
                operator -> broadcaster.changedElsewhere(new UserId(UUID.fromString(operator))));
    }

    @EventListener
    void on(CallOffered event) {
        tell(event.operatorId());
    }

    @EventListener
    void on(CallProgressed event) {
        tell(event.operatorId());
    }

    @EventListener
    void on(CallWrappedUp event) {
        tell(event.operatorId());
    }

    @EventListener
    void on(OperatorStatusChanged event) {
        tell(event.operatorId());
    }

    private void tell(UserId operator) {
        if (operator != null) {
            notices.send(NodeNotices.OPERATOR_CHANGED, operator.value().toString());
        }
    }
}
