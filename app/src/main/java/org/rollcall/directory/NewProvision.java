package org.rollcall.directory;

import java.util.List;
import java.util.Objects;

import org.rollcall.platform.FreeText;

/**
 * A provision to set up. {@code urn} may be null (many APs have none); {@code password} may be null;
 * {@code localAuthority}, the authority whose area the provision is in (its term dates apply), may be null.
 * {@code weeklyDay} (1 Monday to 5 Friday) is when its weekly call falls: required, with {@code weeklyReason}, for a
 * weekly provision; for a daily one it is when post-16 learners are collected (null: the default day).
 */
public record NewProvision(String name, Urn urn, ProvisionType type, Nation nation, UkPhoneNumber phone,
                           String contactName, String password, Frequency frequency, Integer weeklyDay,
                           List<CallWindow> windows, AuthorityId localAuthority, String weeklyReason) {

    /** A provision whose local authority is not known yet. */
    public NewProvision(String name, Urn urn, ProvisionType type, Nation nation, UkPhoneNumber phone,
                        String contactName, String password, Frequency frequency, Integer weeklyDay,
                        List<CallWindow> windows) {
        this(name, urn, type, nation, phone, contactName, password, frequency, weeklyDay, windows, null, null);
    }

    /** A daily provision, or one whose weekly reason is given later. */
    public NewProvision(String name, Urn urn, ProvisionType type, Nation nation, UkPhoneNumber phone,
                        String contactName, String password, Frequency frequency, Integer weeklyDay,
                        List<CallWindow> windows, AuthorityId localAuthority) {
        this(name, urn, type, nation, phone, contactName, password, frequency, weeklyDay, windows, localAuthority,
                null);
    }

    public NewProvision {
        requireText(name, "the provision's name");
        requireText(contactName, "the contact person's name");
        FreeText.problem(password, "the password", FreeText.MAX_NAME, false).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(frequency, "frequency");
        if (windows == null || windows.stream().noneMatch(w -> w.part() == WindowPart.AFTERNOON)) {
            throw new IllegalArgumentException("a provision needs an afternoon call window, such as 13:30–14:00, "
                    + "for its daily calls (a morning window, for children called twice a day, is optional)");
        }
        for (WindowPart part : WindowPart.values()) {
            if (windows.stream().filter(w -> w.part() == part).count() > 1) {
                throw new IllegalArgumentException("a provision has one " + part.label().toLowerCase()
                        + " call window at most: give one, such as 13:30–14:00");
            }
        }
        if (weeklyDay != null && (weeklyDay < 1 || weeklyDay > 5)) {
            throw new IllegalArgumentException("weekly call day " + weeklyDay + " is not a school day: give 1 "
                    + "(Monday) to 5 (Friday)");
        }
        if (frequency == Frequency.WEEKLY && (weeklyDay == null || weeklyReason == null || weeklyReason.isBlank())) {
            throw new IllegalArgumentException("a weekly provision needs the weekday to call it, 1 (Monday) to 5 "
                    + "(Friday), and the reason it is not called daily");
        }
        weeklyReason = frequency == Frequency.WEEKLY
                ? FreeText.checked(weeklyReason, "the reason for weekly calls", FreeText.MAX_REASON, false) : null;
        windows = List.copyOf(windows);
    }

    static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        FreeText.checked(value, what, FreeText.MAX_NAME, false);
    }
}
