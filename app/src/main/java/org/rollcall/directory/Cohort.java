package org.rollcall.directory;

public enum Cohort {
    LAC, POST_16, YOT, CME
}
