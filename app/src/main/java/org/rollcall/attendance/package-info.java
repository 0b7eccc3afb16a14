/** Attendance code sets (versioned reference data per nation) and registration marks with their history. */
package org.rollcall.attendance;
