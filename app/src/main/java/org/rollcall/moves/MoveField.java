package org.rollcall.moves;

/** A field of a move that can be refused on its own, so a screen shows the refusal beside it. */
public enum MoveField {
    CHILD, DATE, SCHOOL, NAME, URN, PHONE, CONTACT, EMAIL
}
