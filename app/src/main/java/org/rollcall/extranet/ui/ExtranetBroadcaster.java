package org.rollcall.extranet.ui;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.rollcall.apattendance.AbsentAtAlternativeProvision;
import org.rollcall.attendance.MarkRecorded;
import org.rollcall.directory.AuthorityId;
import org.rollcall.platform.AfterCommit;
import org.rollcall.platform.NodeNotices;
import org.rollcall.platform.ui.ScreenRefreshes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Pushes new marks to the open extranet screens of the child's authority only, on whichever node holds them
 * ({@link NodeNotices}). The screens refresh on two threads of their own, at most one refresh waiting per authority,
 * so an operator's mark save never waits for an authority's screens.
 */
@Component
class ExtranetBroadcaster implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ExtranetBroadcaster.class);

    private final Map<AuthorityId, Set<Runnable>> screens = new ConcurrentHashMap<>();
    private final ExecutorService refreshing = Executors.newFixedThreadPool(2,
            Thread.ofPlatform().daemon().name("extranet-screens-", 0).factory());
    private final ScreenRefreshes<AuthorityId> refreshes = new ScreenRefreshes<>(refreshing, this::push);
    private final NodeNotices notices;

    ExtranetBroadcaster(NodeNotices notices) {
        this.notices = notices;
        notices.listen(NodeNotices.MARKS_CHANGED, authority -> changed(new AuthorityId(UUID.fromString(authority))));
    }

    Runnable register(AuthorityId authority, Runnable screen) {
        screens.computeIfAbsent(authority, k -> new CopyOnWriteArraySet<>()).add(screen);
        return () -> screens.getOrDefault(authority, Set.of()).remove(screen);
    }

    @EventListener
    void on(MarkRecorded mark) {
        tell(mark.authorityId());
    }

    /** An AP's absence flags the school's B: the open screens show it at once. */
    @EventListener
    void on(AbsentAtAlternativeProvision absence) {
        tell(absence.authority());
    }

    private void tell(AuthorityId authority) {
        notices.send(NodeNotices.MARKS_CHANGED, authority.value().toString());
        AfterCommit.run(() -> changed(authority));
    }

    private void changed(AuthorityId authority) {
        if (!screens.getOrDefault(authority, Set.of()).isEmpty()) {
            refreshes.request(authority);
        }
    }

    private void push(AuthorityId authority) {
        for (Runnable screen : screens.getOrDefault(authority, Set.of())) {
            try {
                screen.run();
            } catch (RuntimeException e) {
                log.warn("An extranet screen could not be told of new marks: {}", e.toString());
            }
        }
    }

    @Override
    public void destroy() {
        refreshing.shutdownNow();
    }
}
