package org.rollcall.directory;

import java.util.List;
import java.util.Objects;

import org.rollcall.platform.EmailAddress;

/**
 * A provision as one row of an import file gives it (and as the directory holds it, for comparing). Windows carry no
 * id. {@code urn}, {@code localAuthority}, {@code contactEmail}, {@code weeklyDay}, {@code weeklyReason} and
 * {@code designatedTeacher} may be null.
 */
public record ImportedProvision(Urn urn, String name, ProvisionType type, Nation nation, AuthorityId localAuthority,
                                UkPhoneNumber phone, String contactName, EmailAddress contactEmail,
                                List<CallWindow> windows, Frequency frequency, Integer weeklyDay, String weeklyReason,
                                ImportedContact designatedTeacher) {

    public ImportedProvision {
        // The same rules as a provision set up on a screen (one afternoon window, a weekly day and reason...).
        new NewProvision(name, urn, type, nation, phone, contactName, null, frequency, weeklyDay, windows,
                localAuthority, weeklyReason);
        Objects.requireNonNull(windows, "windows");
        windows = windows.stream().map(w -> new CallWindow(null, w.opensAt(), w.closesAt(), w.part()))
                .sorted(java.util.Comparator.comparing(CallWindow::opensAt)).toList();
        name = name.strip();
        contactName = contactName.strip();
        weeklyReason = frequency == Frequency.WEEKLY ? weeklyReason.strip() : null;
    }
}
