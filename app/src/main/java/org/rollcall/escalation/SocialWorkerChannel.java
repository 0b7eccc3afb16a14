package org.rollcall.escalation;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How an authority prefers its social workers told what followed a mark (ADR 0017). */
public enum SocialWorkerChannel {
    /** An email through the outbox. */
    EMAIL("By email"),
    /** A call by an operator, through the dialler; by email when there is no number or no one answers. */
    CALL("By phone call");

    private final String label;

    SocialWorkerChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** As written in settings and over REST: {@code email} or {@code call}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * {@code email} or {@code call}, in any case.
     *
     * @throws IllegalArgumentException naming the accepted values for anything else
     */
    public static SocialWorkerChannel parse(String text) {
        String given = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(c -> c.value().equalsIgnoreCase(given)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("social-worker channel '" + given
                        + "' is not one we know: use " + Arrays.stream(values()).map(SocialWorkerChannel::value)
                        .collect(Collectors.joining(" or "))));
    }
}
