package org.rollcall.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.accounts.UserId;
import org.rollcall.calls.CallId;
import org.rollcall.calls.CallOutcome;
import org.rollcall.calls.CallRefusedException;
import org.rollcall.calls.CallStatus;
import org.rollcall.calls.CallSummary;
import org.rollcall.calls.OperatorDesk;

/** An operator who gets ready at their phone, is offered a call by the dialler and starts it. */
public final class OperatorCalls {

    private OperatorCalls() {
    }

    /** A new operator, ready at the phone {@code endpoint}. */
    public static UserId readyOperator(Accounts accounts, OperatorDesk desk, String name, String endpoint) {
        UserId operator = accounts.createUser(name, "Operator " + name, name + "-password-1", Role.OPERATOR, null);
        desk.ready(operator, name, endpoint);
        return operator;
    }

    /** Waits for the dialler to offer the operator a call, starts it (the operator's leg first) and returns it. */
    public static CallId startOffered(OperatorDesk desk, UserId operator) {
        CallSummary offered = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> desk.currentCall(operator).filter(c -> c.status() == CallStatus.OFFERED),
                        Optional::isPresent).orElseThrow();
        desk.start(offered.id(), operator);
        return offered.id();
    }

    /**
     * Takes the operator offline for the tests after this one in a shared context, giving up (as failed) whatever the
     * dialler offers them meanwhile: a free operator is offered the next due call at once, so one try may not do.
     */
    public static void goOffline(OperatorDesk desk, UserId operator) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            desk.currentCall(operator).filter(c -> c.status() == CallStatus.OFFERED)
                    .ifPresent(c -> desk.wrapUp(c.id(), operator, CallOutcome.FAILED, null));
            try {
                desk.offline(operator);
                return true;
            } catch (CallRefusedException offeredMeanwhile) {
                return false;
            }
        });
    }
}
