/**
 * The school calendar: bank holidays per nation (versioned reference data in the GOV.UK format), term and
 * half-term dates per authority, and closures per provision. Answers which days and sessions a provision is open,
 * for the call planner and for attendance statistics; a closure publishes {@link org.rollcall.calendar.ProvisionClosed}
 * so attendance marks the closed sessions {@code #}.
 */
package org.rollcall.calendar;
