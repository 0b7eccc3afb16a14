package org.rollcall.directory;

import java.util.List;
import java.util.Objects;

/**
 * A provision to set up. {@code urn} may be null (many APs have none); {@code password} may be null;
 * {@code localAuthority}, the authority whose area the provision is in (its term dates apply), may be null.
 */
public record NewProvision(String name, Urn urn, ProvisionType type, Nation nation, UkPhoneNumber phone,
                           String contactName, String password, Frequency frequency, Integer weeklyDay,
                           List<CallWindow> windows, AuthorityId localAuthority) {

    /** A provision whose local authority is not known yet. */
    public NewProvision(String name, Urn urn, ProvisionType type, Nation nation, UkPhoneNumber phone,
                        String contactName, String password, Frequency frequency, Integer weeklyDay,
                        List<CallWindow> windows) {
        this(name, urn, type, nation, phone, contactName, password, frequency, weeklyDay, windows, null);
    }

    public NewProvision {
        requireText(name, "the provision's name");
        requireText(contactName, "the contact person's name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(frequency, "frequency");
        if (windows == null || windows.isEmpty()) {
            throw new IllegalArgumentException("a provision needs at least one call window, such as 13:30–14:00");
        }
        if (frequency == Frequency.WEEKLY && (weeklyDay == null || weeklyDay < 1 || weeklyDay > 5)) {
            throw new IllegalArgumentException("a weekly provision needs a weekday to be called on, 1 (Monday) to 5 "
                    + "(Friday)");
        }
        windows = List.copyOf(windows);
    }

    static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
    }
}
