package org.rollcall.privacy;

import java.util.UUID;

/** An authority's retention of personal data; {@code own} false when the default applies. */
public record RetentionSetting(UUID authorityId, String authority, int months, boolean own) {
}
