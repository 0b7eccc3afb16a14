package org.rollcall.escalation;

import java.time.Instant;

/** One thing done or said about an escalation: when (app clock), by whom (a user, or Rollcall itself), what. */
public record TimelineEntry(Instant at, String who, Step step, String said) {
}
