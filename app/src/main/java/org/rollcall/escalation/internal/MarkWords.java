package org.rollcall.escalation.internal;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.AttendanceCode;
import org.rollcall.attendance.Mark;
import org.rollcall.attendance.Session;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.Directory;
import org.springframework.stereotype.Component;

/** A mark in the words a timeline or an email uses: "N (Reason not yet established) for the morning of ...". */
@Component
class MarkWords {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final Attendance attendance;
    private final Directory directory;

    MarkWords(Attendance attendance, Directory directory) {
        this.attendance = attendance;
        this.directory = directory;
    }

    String mark(Mark mark) {
        String text = code(mark) + " for the " + session(mark.session()) + " of " + DAY.format(mark.date());
        return mark.reason() == null ? text : text + ", giving the reason \u201c" + mark.reason() + "\u201d";
    }

    String code(Mark mark) {
        return code(mark.authorityId(), mark.code());
    }

    /** "N (Reason not yet established)", from the authority's nation's code set. */
    String code(AuthorityId authority, String code) {
        var nation = directory.authority(authority).nation();
        return attendance.codeSet(nation).find(code).map(AttendanceCode::description)
                .map(d -> code + " (" + d + ")").orElse(code);
    }

    /** A number as people in the UK write it: 07700900123 for +447700900123. */
    static String phone(org.rollcall.directory.UkPhoneNumber number) {
        return "0" + number.e164().substring(3);
    }

    static String session(Session session) {
        return session == Session.AM ? "morning" : "afternoon";
    }
}
