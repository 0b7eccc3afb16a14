package org.rollcall.directory;

/** The nation whose attendance rules (and code set) apply. */
public enum Nation {
    ENGLAND, WALES
}
