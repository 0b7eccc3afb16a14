/**
 * Marks from schools (issue 14, ADR 0044): an authority imports the marks of its schools' own systems from CSV or
 * XLSX (dry run, then all or nothing), sees where a call's mark differed from the school's, and a designated teacher
 * enters or confirms their own school's marks in the "My pupils" portal. The marks are attendance's
 * ({@link org.rollcall.attendance.SchoolMarks}); the call plan skips what they cover.
 */
package org.rollcall.schoolfeed;
