package org.rollcall.workspace;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The JVM's stop-the-world collections while a phase is measured, from the collectors' own notifications: a pause
 * stops the nodes and the clients alike (they share this JVM), so it lands on every pop it overlaps.
 */
final class GcPauses {

    private static volatile Run into;

    private GcPauses() {
    }

    /** From now on, each pause goes to {@code run} while it is measuring. */
    static void into(Run run) {
        if (into == null) {
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                            notification.getType())) {
                        return;
                    }
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    Run target = into;
                    // G1's concurrent cycle and ZGC's cycles run beside the application: only their pauses stop
                    // it. The benchmark's own System.gc() for the heap figure is not the application's.
                    String name = info.getGcName();
                    if (target != null && target.measuring && !name.contains("Concurrent")
                            && !name.contains("Cycles") && !"System.gc()".equals(info.getGcCause())) {
                        long duration = info.getGcInfo().getDuration();
                        target.gcPauses.add((double) duration);
                        // GcInfo's times count from the JVM's start: place the pause on nanoTime, as the pops are.
                        long ago = ManagementFactory.getRuntimeMXBean().getUptime() - info.getGcInfo().getEndTime();
                        long end = System.nanoTime() - ago * 1_000_000;
                        target.pauseSpans.add(new long[] {end - duration * 1_000_000, end});
                    }
                }, null, null);
            }
        }
        into = run;
    }
}
