package org.rollcall.enrolment.internal;

import java.util.List;

import org.rollcall.notify.MessageKind;
import org.rollcall.notify.MessageKind.Placeholder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The messages enrolment sends; their wording is in notify/templates/<code>.wording.txt. */
@Configuration(proxyBeanMethods = false)
class EnrolmentKinds {

    private static final Placeholder SCHOOL = new Placeholder("school", "the school's name");

    // Least data: the child's first name and initial; the UPN and the full record are behind sign-in, on the list.
    static final MessageKind NOT_ON_ROLL_ALERT = new MessageKind("not-on-roll-alert",
            "Alert to the authority when a child is no longer on roll with no new school",
            List.of(new Placeholder("child", "the child's first name and the initial of their last name, such as "
                            + "Robin E."), SCHOOL,
                    new Placeholder("lastDay", "the child's last day on roll, such as Tuesday 1 December 2026"),
                    new Placeholder("heard", "how Rollcall heard it, such as \u201cIt was heard on the school's call "
                            + "on Wednesday 2 December 2026.\u201d"),
                    new Placeholder("list", "the address of the extranet's Not on roll list")), false);

    private static final Placeholder CHILD_FIRST = new Placeholder("child",
            "the child's first and last name (a carer may look after more than one child)");
    private static final Placeholder STARTS_ON = new Placeholder("startsOn",
            "the day the child starts being called about, such as 2 December 2026");

    static final MessageKind CARER_INTRODUCTION = new MessageKind("carer-introduction",
            "Introduction to the service for carers",
            List.of(new Placeholder("recipient", "the carer's name"), CHILD_FIRST, SCHOOL, STARTS_ON), true);

    static final MessageKind YOUNG_PERSON_INTRODUCTION = new MessageKind("young-person-introduction",
            "Introduction to the service for young people aged 16 or over",
            List.of(new Placeholder("recipient", "the young person's first name"), SCHOOL, STARTS_ON), true);

    @Bean
    static MessageKind notOnRollAlertKind() {
        return NOT_ON_ROLL_ALERT;
    }

    @Bean
    static MessageKind carerIntroductionKind() {
        return CARER_INTRODUCTION;
    }

    @Bean
    static MessageKind youngPersonIntroductionKind() {
        return YOUNG_PERSON_INTRODUCTION;
    }
}
