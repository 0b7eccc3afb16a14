package org.rollcall.apattendance.internal;

import java.util.List;

import org.rollcall.notify.MessageKind;
import org.rollcall.notify.MessageKind.Placeholder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The message an absence at an AP sends; its wording is in notify/templates/ap-absence-to-school.wording.txt. */
@Configuration(proxyBeanMethods = false)
class ApAttendanceKinds {

    static final MessageKind AP_ABSENCE_TO_SCHOOL = new MessageKind("ap-absence-to-school",
            "Absence at an alternative provision, to the on-roll school",
            List.of(new Placeholder("child", "the child's full name, as the school has them on roll"),
                    new Placeholder("contact", "the designated teacher's name"),
                    new Placeholder("school", "the on-roll school's name"),
                    new Placeholder("ap", "the alternative provision's name"),
                    new Placeholder("day", "the day of the session, such as Tuesday 1 December 2026"),
                    new Placeholder("session", "morning or afternoon"),
                    new Placeholder("reason", "the reason the alternative provision gave")), false);

    @Bean
    static MessageKind apAbsenceToSchoolKind() {
        return AP_ABSENCE_TO_SCHOOL;
    }
}
