/**
 * Attendance at an alternative provision (AP): on the AP's call the operator records, for each child placed there
 * and each session of their timetable, attended or absent with a reason; never register marks, which stay the
 * on-roll school's. An absence emails the on-roll school's designated teacher, flags the school's B on the extranet
 * and on its next call until confirmed or corrected, and an unauthorised one is published as
 * {@link org.rollcall.apattendance.AbsentAtAlternativeProvision} for the escalation module. ADR 0028 says why.
 */
package org.rollcall.apattendance;
