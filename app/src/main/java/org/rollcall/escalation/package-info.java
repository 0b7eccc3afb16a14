/**
 * What follows a mark: one escalation per child, day and trigger (an unauthorised absence, an exclusion), with a
 * timeline of what was done and said kept as data. It reacts to {@code MarkRecorded} after the mark commits, through
 * the JDBC event publication registry, so a crash loses nothing. ADR 0017 says why it is built this way.
 */
package org.rollcall.escalation;
