package org.rollcall.directory;

import java.util.List;

/** What an operator needs on screen to call a provision. {@code password} is null when none is set. */
public record ProvisionCard(ProvisionId id, String name, Urn urn, ProvisionType type, Nation nation,
                            UkPhoneNumber phone, String contactName, String password, Frequency frequency,
                            List<CallWindow> windows) {
}
