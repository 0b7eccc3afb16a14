package org.rollcall.enrolment;

/** "Not on roll" refused, nothing saved: which input was wrong, in words saying what would be accepted. */
public class NotOnRollRefusedException extends RuntimeException {

    /** The input a problem is about. */
    public enum Field {
        /** The child, or the school they are said to have left. */
        CHILD,
        LAST_DAY,
        NOTE
    }

    private final Field field;

    public NotOnRollRefusedException(Field field, String problem) {
        super(problem);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
