package org.rollcall.directory;

/** A child Rollcall monitors at a provision on a day, and how often their marks are collected there. */
public record MonitoredChild(ExpectedChild child, CallFrequency frequency) {
}
