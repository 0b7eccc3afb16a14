package org.rollcall.capacity;

/** One attempt at a school or a carer, waiting to be offered. Times are seconds since midnight. */
final class Attempt {

    final DueCall call;
    final boolean carer;
    final int carerIndex;
    final int number;
    final double dueAt;
    final double closesAt;
    final int children;
    final long seq;
    double key;
    /** Offered, or its window closed while it waited. */
    boolean closed;

    Attempt(DueCall call, boolean carer, int carerIndex, int number, double dueAt, double closesAt, int children,
            long seq) {
        this.call = call;
        this.carer = carer;
        this.carerIndex = carerIndex;
        this.number = number;
        this.dueAt = dueAt;
        this.closesAt = closesAt;
        this.children = children;
        this.seq = seq;
    }

    Attempt next(double due, long nextSeq) {
        return new Attempt(call, carer, carerIndex, number + 1, due, closesAt, children, nextSeq);
    }

    /** The same attempt at the same call draws the same answer and times under every rule. */
    long drawSeed(long seed) {
        return seed * 1_000_003L + call.id() * 7_919L + carerIndex * 104_729L + number * 31L + (carer ? 17 : 0);
    }
}
