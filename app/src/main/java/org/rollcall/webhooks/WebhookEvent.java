package org.rollcall.webhooks;

import java.util.Arrays;
import java.util.Optional;

/** What a subscription can ask for; every one comes from a recorded mark (ADR 0022). */
public enum WebhookEvent {
    /** Every mark recorded or corrected. */
    MARK_RECORDED("mark.recorded", "Mark recorded"),
    /** A mark whose code is an authorised or unauthorised absence. */
    ABSENCE("absence.recorded", "Absence"),
    /** A mark whose code is an exclusion (rollcall.escalation.exclusion-codes, E). */
    EXCLUSION("exclusion.recorded", "Exclusion"),
    /** A mark whose code says the child is not on roll (rollcall.webhooks.not-on-roll-codes, Z). */
    NOT_ON_ROLL("child.not-on-roll", "Not on roll");

    private final String type;
    private final String label;

    WebhookEvent(String type, String label) {
        this.type = type;
        this.label = label;
    }

    /** What screens show. */
    public String label() {
        return label;
    }

    /** The label of a type as stored, or the type itself should it be one this version does not know. */
    public static String labelOf(String type) {
        return ofType(type).map(WebhookEvent::label).orElse(type);
    }

    /** The name in payloads, headers and requests. */
    public String type() {
        return type;
    }

    public static Optional<WebhookEvent> ofType(String type) {
        return Arrays.stream(values()).filter(e -> e.type.equals(type)).findFirst();
    }
}
