package org.rollcall.attendance;

/** One code of a code set; {@code session} is AM or PM for codes valid in one session only, else null. */
public record AttendanceCode(String code, String description, CodeCategory category, Session session) {

    public boolean validIn(Session s) {
        return session == null || session == s;
    }
}
