/**
 * Alternative provision captured on a call (issue 12, deliver 1): a {@code B} typed for a child asks where (an
 * alternative provision from the directory, or a new one) and when (the weekday sessions, or "not known", which leaves
 * a task for the on-roll school's next call). Stored through the directory's public API as an alternative placement
 * with its timetable, audited, in one transaction. ADR 0027 says why it is built this way.
 */
package org.rollcall.alternative;
