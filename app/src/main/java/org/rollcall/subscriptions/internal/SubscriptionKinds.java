package org.rollcall.subscriptions.internal;

import java.util.List;

import org.rollcall.notify.MessageKind;
import org.rollcall.notify.MessageKind.Placeholder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one message subscriptions send; its wording is in notify/templates/report-ready.wording.txt. */
@Configuration(proxyBeanMethods = false)
class SubscriptionKinds {

    // No personal data: the report's name, its range and links; the report itself is behind sign-in (or attached
    // only over a relay that requires TLS).
    static final MessageKind REPORT_READY = new MessageKind("report-ready", "A subscribed report is ready",
            List.of(new Placeholder("report", "the report's name, such as Daily absence"),
                    new Placeholder("range", "the days it covers, such as Monday 30 November 2026 or 1 September "
                            + "2026 to 30 November 2026"),
                    new Placeholder("link", "the report's address on the extranet"),
                    new Placeholder("attached", "a sentence saying whether the report is attached"),
                    new Placeholder("frequency", "how often it is sent, such as every weekday or every Monday"),
                    new Placeholder("unsubscribe", "the address that stops these emails without signing in")),
            false);

    @Bean
    static MessageKind reportReadyKind() {
        return REPORT_READY;
    }
}
