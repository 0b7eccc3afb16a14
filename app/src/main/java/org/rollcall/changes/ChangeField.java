package org.rollcall.changes;

/** A field of a change that can be refused on its own, so a screen shows the refusal beside it. */
public enum ChangeField {
    CHILD, NAME, PHONE, EMAIL, SEN_STATUS, UPN, DATE, SCHOOL
}
