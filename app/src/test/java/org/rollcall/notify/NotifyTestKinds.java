package org.rollcall.notify;

import java.util.List;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** A kind of message for tests (templates in src/test/resources/notify/templates/test-notice.*). */
@TestConfiguration(proxyBeanMethods = false)
public class NotifyTestKinds {

    public static final MessageKind NOTICE = new MessageKind("test-notice", "Test notice",
            List.of(new MessageKind.Placeholder("child", "the child's first name"),
                    new MessageKind.Placeholder("school", "the school's name")), false);

    @Bean
    static MessageKind testNotice() {
        return NOTICE;
    }
}
