package org.rollcall.notify;

import java.time.Instant;

/** An authority's wording for one kind of message: its own ({@code own}) or the shipped default. */
public record KindWording(MessageKind kind, Wording wording, boolean own, String updatedBy, Instant updatedAt) {
}
