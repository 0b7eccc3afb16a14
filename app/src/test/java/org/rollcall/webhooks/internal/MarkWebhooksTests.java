package org.rollcall.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rollcall.attendance.CodeCategory;
import org.rollcall.attendance.MarkRecorded;
import org.rollcall.attendance.Session;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.escalation.EscalationProperties;
import org.rollcall.webhooks.WebhookEvent;
import org.rollcall.webhooks.WebhookProperties;

/** Which events a mark sends, from its category and the configured exclusion and not-on-roll codes. */
class MarkWebhooksTests {

    private final MarkWebhooks webhooks = new MarkWebhooks(null, null,
            new EscalationProperties(LocalTime.of(9, 0), LocalTime.of(18, 0), 3, Duration.ofMinutes(20), 5, "email",
                    List.of("E")),
            new WebhookProperties(false, false, Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(2),
                    8, Duration.ofSeconds(30), 2, Duration.ofHours(1), 10, List.of("Z"), 4),
            Clock.systemUTC());

    @Test
    void everyMarkIsRecordedAndItsCodeAddsTheRest() {
        assertThat(webhooks.events(mark("/", CodeCategory.PRESENT))).containsExactly(WebhookEvent.MARK_RECORDED);
        assertThat(webhooks.events(mark("N", CodeCategory.UNAUTHORISED_ABSENCE))).containsExactly(
                WebhookEvent.MARK_RECORDED, WebhookEvent.ABSENCE);
        assertThat(webhooks.events(mark("E", CodeCategory.AUTHORISED_ABSENCE))).containsExactly(
                WebhookEvent.MARK_RECORDED, WebhookEvent.ABSENCE, WebhookEvent.EXCLUSION);
        assertThat(webhooks.events(mark("Z", CodeCategory.ADMINISTRATIVE))).containsExactly(
                WebhookEvent.MARK_RECORDED, WebhookEvent.NOT_ON_ROLL);
        assertThat(webhooks.events(mark("D", CodeCategory.NOT_POSSIBLE))).containsExactly(
                WebhookEvent.MARK_RECORDED);
    }

    @Test
    void theOperatorsExcludedTickMakesAnyMarkAnExclusion() {
        assertThat(webhooks.events(new MarkRecorded(UUID.randomUUID(), new ChildId(UUID.randomUUID()),
                new AuthorityId(UUID.randomUUID()), LocalDate.of(2026, 12, 2), Session.AM, "C",
                CodeCategory.AUTHORISED_ABSENCE, null, true))).containsExactly(WebhookEvent.MARK_RECORDED,
                WebhookEvent.ABSENCE, WebhookEvent.EXCLUSION);
    }

    private static MarkRecorded mark(String code, CodeCategory category) {
        return new MarkRecorded(UUID.randomUUID(), new ChildId(UUID.randomUUID()), new AuthorityId(UUID.randomUUID()),
                LocalDate.of(2026, 12, 2), Session.AM, code, category, null);
    }
}
