package org.rollcall.calendar;

/** A session: half a school day. (The calendar's own type, so that it need not depend on attendance.) */
public enum DayPart {
    AM, PM
}
