package org.rollcall.workspace;

import java.lang.management.ManagementFactory;

import javax.management.ObjectName;

/** Heap after a full collection, and where it is: the JDK's own class histogram (what {@code jcmd} prints). */
final class HeapHistogram {

    private HeapHistogram() {
    }

    static long usedAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The {@code lines} classes holding the most bytes, each with its instances and bytes. */
    static void printTop(int lines) {
        try {
            String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            System.out.println("Heap by class (largest first):");
            histogram.lines().limit(lines + 2L).forEach(line -> System.out.println("   " + line));
        } catch (Exception e) {
            System.out.println("No class histogram: " + e);
        }
    }
}
