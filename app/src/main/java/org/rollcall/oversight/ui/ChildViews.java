package org.rollcall.oversight.ui;

import java.util.Collection;
import java.util.UUID;

import org.rollcall.accounts.Accounts;
import org.rollcall.calls.CallSummary;
import org.rollcall.directory.ChildId;
import org.rollcall.oversight.ViewAudit;
import org.springframework.modulith.NamedInterface;

import com.vaadin.flow.server.VaadinService;

/**
 * One line for a screen that shows children to staff (ADR 0033): the workspace's screen-pop and the call review
 * each call it once per call shown; refreshes within the dedup window are not audited again.
 */
@NamedInterface("child-views")
public final class ChildViews {

    private ChildViews() {
    }

    /** The operator's screen-pop of this call to {@code school} showed these children to {@code who}. */
    public static void onCall(String who, CallSummary call, String school, Collection<ChildId> children) {
        VaadinService.getCurrent().getInstantiator().getOrCreate(ViewAudit.class).shownOnCall(who, call, school,
                children);
    }

    /** The call review, opened by the signed-in user, showed these children's marks. */
    public static void reviewed(UUID callId, Collection<ChildId> children) {
        var beans = VaadinService.getCurrent().getInstantiator();
        beans.getOrCreate(ViewAudit.class).shownInReview(beans.getOrCreate(Accounts.class).caller().name(), callId,
                children);
    }
}
