package org.rollcall.alternative;

/** A field of the capture form that can be refused on its own, so the screen shows the refusal beside it. */
public enum CaptureField {
    PROVISION, NAME, PHONE, CONTACT, OPENS, CLOSES, URN, TOWN, OPEN_DAYS, SESSIONS, FROM, TO
}
