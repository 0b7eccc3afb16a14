/**
 * The statistics screens and the parts other modules' screens show: the child's calendar of sessions and the
 * child's year-to-date figures ({@link org.rollcall.statistics.ui.SessionCalendar},
 * {@link org.rollcall.statistics.ui.ChildAttendanceSection}), through this named interface.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.rollcall.statistics.ui;
