package org.rollcall.directory;

public enum SenStatus {
    NONE, SEN_SUPPORT, EHCP
}
