package org.rollcall.calendar;

/** The provision, authority or closure asked about does not exist; answered as 404 with this message. */
public class CalendarNotFoundException extends IllegalArgumentException {

    public CalendarNotFoundException(String message) {
        super(message);
    }
}
