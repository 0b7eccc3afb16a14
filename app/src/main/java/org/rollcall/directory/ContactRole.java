package org.rollcall.directory;

public enum ContactRole {
    CARER, SOCIAL_WORKER, DESIGNATED_TEACHER
}
