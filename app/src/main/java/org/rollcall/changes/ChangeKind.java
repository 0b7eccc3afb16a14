package org.rollcall.changes;

/** What kind of change was heard; {@link #label()} is what screens show. */
public enum ChangeKind {
    CARER("Carer details", "carer"),
    SOCIAL_WORKER("Social worker details", "social worker"),
    DESIGNATED_TEACHER("Designated teacher", "designated teacher"),
    SEN("SEN status and EHCP", "SEN status"),
    UPN("Missing UPN", "UPN"),
    NOT_ON_ROLL("Not on roll at this school", "not on roll"),
    MOVED_SCHOOL("Moved to another school", "moved to");

    private final String label;
    private final String noun;

    ChangeKind(String label, String noun) {
        this.label = label;
        this.noun = noun;
    }

    /** "Social worker details": a choice in a list, a heading. */
    public String label() {
        return label;
    }

    /** "social worker": what a sentence says, as in "social worker now Alex New". */
    public String noun() {
        return noun;
    }

    /** Whether the change is about the school called (its designated teacher) rather than one child. */
    public boolean aboutTheSchool() {
        return this == DESIGNATED_TEACHER;
    }
}
