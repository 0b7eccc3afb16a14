package org.rollcall.attendance;

/** Half a school day. */
public enum Session {
    AM, PM
}
