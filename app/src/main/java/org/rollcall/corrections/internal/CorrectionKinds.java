package org.rollcall.corrections.internal;

import java.util.List;

import org.rollcall.notify.MessageKind;
import org.rollcall.notify.MessageKind.Placeholder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The message a correction sends; its wording is in notify/templates/mark-corrected.wording.txt. */
@Configuration(proxyBeanMethods = false)
class CorrectionKinds {

    static final MessageKind MARK_CORRECTED = new MessageKind("mark-corrected",
            "Notice to the authority when a correction changes a mark's category",
            List.of(new Placeholder("child", "the child's first name and the initial of their last name, such as "
                            + "Robin E."),
                    new Placeholder("school", "the school or provision's name"),
                    new Placeholder("day", "the day of the mark, such as Wednesday 2 December 2026"),
                    new Placeholder("session", "morning or afternoon"),
                    new Placeholder("oldCode", "the code before the correction and its meaning"),
                    new Placeholder("newCode", "the code after the correction and its meaning"),
                    new Placeholder("reason", "why the mark was corrected")), false);

    @Bean
    static MessageKind markCorrectedKind() {
        return MARK_CORRECTED;
    }
}
