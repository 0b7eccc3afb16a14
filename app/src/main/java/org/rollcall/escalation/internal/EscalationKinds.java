package org.rollcall.escalation.internal;

import java.util.List;

import org.rollcall.notify.MessageKind;
import org.rollcall.notify.MessageKind.Placeholder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The messages escalations send; their wording is in notify/templates/<code>.wording.txt. */
@Configuration(proxyBeanMethods = false)
class EscalationKinds {

    private static final Placeholder CHILD = new Placeholder("child",
            "the child's first name and the initial of their last name, such as Robin E.");
    private static final Placeholder SCHOOL = new Placeholder("school", "the school or provision's name");
    private static final Placeholder DAY = new Placeholder("day",
            "the day of the mark, such as Wednesday 2 December 2026");
    private static final Placeholder SESSION = new Placeholder("session", "morning or afternoon");
    private static final Placeholder CODE = new Placeholder("code", "the school's code and its meaning");
    private static final Placeholder SCHOOL_REASON = new Placeholder("schoolReason", "the reason the school gave");

    static final MessageKind SOCIAL_WORKER_NOTICE = new MessageKind("social-worker-notice",
            "Notice to the social worker after an unauthorised absence",
            List.of(CHILD, SCHOOL, DAY, SESSION, CODE, SCHOOL_REASON, new Placeholder("carer",
                    "what the carer said, or why the carer could not be reached")), false);
    static final MessageKind EXCLUSION_ALERT = new MessageKind("exclusion-alert",
            "Alert to the social worker when a child is excluded",
            List.of(CHILD, SCHOOL, DAY, SESSION, CODE, SCHOOL_REASON), false);
    static final MessageKind LETTER_REQUEST = new MessageKind("exclusion-letter-request",
            "Request to the school for a copy of the exclusion letter",
            List.of(CHILD, DAY, new Placeholder("contact", "the school contact's name")), false);

    static final MessageKind LETTER_REMINDER = new MessageKind("exclusion-letter-reminder",
            "Reminder to the school when the exclusion letter is overdue",
            List.of(CHILD, DAY, new Placeholder("contact", "the school contact's name"), new Placeholder("requested",
                    "the day the letter was first asked for, such as Wednesday 2 December 2026")), false);

    /** The message a social-worker call stands for, by its code (kept on the escalation while the call waits). */
    static MessageKind socialWorkerKind(String code) {
        return SOCIAL_WORKER_NOTICE.code().equals(code) ? SOCIAL_WORKER_NOTICE : EXCLUSION_ALERT;
    }

    @Bean
    static MessageKind letterReminderKind() {
        return LETTER_REMINDER;
    }

    @Bean
    static MessageKind socialWorkerNoticeKind() {
        return SOCIAL_WORKER_NOTICE;
    }

    @Bean
    static MessageKind exclusionAlertKind() {
        return EXCLUSION_ALERT;
    }

    @Bean
    static MessageKind letterRequestKind() {
        return LETTER_REQUEST;
    }
}
