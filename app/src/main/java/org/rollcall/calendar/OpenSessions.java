package org.rollcall.calendar;

/** Which sessions of a day a provision is open for. */
public record OpenSessions(boolean am, boolean pm) {

    public static final OpenSessions NONE = new OpenSessions(false, false);
    public static final OpenSessions AM_ONLY = new OpenSessions(true, false);
    public static final OpenSessions PM_ONLY = new OpenSessions(false, true);
    public static final OpenSessions BOTH = new OpenSessions(true, true);

    /** The shared instance for these two flags (snapshots answer millions of these without allocating). */
    public static OpenSessions of(boolean am, boolean pm) {
        return am ? (pm ? BOTH : AM_ONLY) : (pm ? PM_ONLY : NONE);
    }

    /** Open for at least one session. */
    public boolean any() {
        return am || pm;
    }

    public boolean has(DayPart part) {
        return part == DayPart.AM ? am : pm;
    }

    /** How many sessions are open (0, 1 or 2): the possible sessions of the day. */
    public int count() {
        return (am ? 1 : 0) + (pm ? 1 : 0);
    }
}
