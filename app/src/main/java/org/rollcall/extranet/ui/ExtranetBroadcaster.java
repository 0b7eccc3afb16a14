package org.rollcall.extranet.ui;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;

import org.rollcall.apattendance.AbsentAtAlternativeProvision;
import org.rollcall.attendance.MarkRecorded;
import org.rollcall.directory.AuthorityId;
import org.rollcall.platform.AfterCommit;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Pushes new marks to the open extranet screens of the child's authority only. */
@Component
class ExtranetBroadcaster {

    private final Map<AuthorityId, Set<Runnable>> screens = new ConcurrentHashMap<>();

    Runnable register(AuthorityId authority, Runnable screen) {
        screens.computeIfAbsent(authority, k -> new CopyOnWriteArraySet<>()).add(screen);
        return () -> screens.getOrDefault(authority, Set.of()).remove(screen);
    }

    @EventListener
    void on(MarkRecorded mark) {
        AfterCommit.run(() -> screens.getOrDefault(mark.authorityId(), Set.of()).forEach(Runnable::run));
    }

    /** An AP's absence flags the school's B: the open screens show it at once. */
    @EventListener
    void on(AbsentAtAlternativeProvision absence) {
        AfterCommit.run(() -> screens.getOrDefault(absence.authority(), Set.of()).forEach(Runnable::run));
    }
}
