/**
 * Attendance statistics (DOMAIN.md): attendance percentage, persistent and severe absence, sessions missed by reason,
 * per child, school, cohort and in or out of borough, by week, and a child's calendar of sessions. Possible sessions
 * come from the school calendar and the codes. Reads take the authority as given: callers decide who may ask.
 */
package org.rollcall.statistics;
