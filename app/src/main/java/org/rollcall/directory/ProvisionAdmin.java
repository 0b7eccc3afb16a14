package org.rollcall.directory;

import java.util.List;

/**
 * The administrators' list and edit of provisions (issue 14), paged and searched in SQL so it stays an index scan at
 * 25,000 provisions (ADR 0041). Creating one is {@link DirectoryAdmin#createProvision} with the window checks below;
 * frequency is {@link MonitoringAdmin#setCallFrequency}. Refusals are {@link IllegalArgumentException}s naming the
 * field and what is accepted; callers audit.
 */
public interface ProvisionAdmin {

    /** One page ordered by name. */
    List<ProvisionRow> search(ProvisionFilter filter, int offset, int limit);

    long count(ProvisionFilter filter);

    /** @throws IllegalArgumentException for an unknown provision */
    ProvisionDetails details(ProvisionId provision);

    /**
     * As {@link DirectoryAdmin#createProvision}, refusing overlapping windows too.
     *
     * @return the new provision; without a URN it gets its Rollcall reference (RC and six digits, V62)
     */
    ProvisionId create(NewProvision provision);

    /**
     * @throws IllegalArgumentException for a URN another provision has, an unknown provision or local authority,
     *     a local authority of another nation, a blank name or contact
     */
    void update(ProvisionId provision, ProvisionChanges changes);

    /**
     * Replaces the call windows: one afternoon window (required), at most one morning window, none overlapping.
     * A window calls were made in keeps its row (calls reference it) and takes the new times.
     *
     * @throws IllegalArgumentException as above, or for removing a window calls were made in
     */
    void replaceWindows(ProvisionId provision, List<CallWindow> windows);

    /** Sets the password operators ask for (stored encrypted, as ever); null or blank removes it. */
    void setPassword(ProvisionId provision, String password);

    /**
     * What the list may be narrowed to; nulls and blanks mean "any".
     *
     * @param text words that must all appear in the name, town, URN or Rollcall reference
     * @param withoutWindow only provisions with no call window (never called until one is set)
     */
    record ProvisionFilter(String text, AuthorityId localAuthority, ProvisionType type, Frequency frequency,
                           boolean withoutWindow) {

        public static ProvisionFilter all() {
            return new ProvisionFilter(null, null, null, null, false);
        }
    }

    /** One line of the list. {@code localAuthorityName} is null when not known. */
    record ProvisionRow(ProvisionId id, String name, Urn urn, String rollcallReference, ProvisionType type,
                        String town, String localAuthorityName, Frequency frequency, int windows) {

        /** The URN, or the Rollcall reference of a provision without one. */
        public String reference() {
            return urn != null ? urn.value() : rollcallReference;
        }
    }

    /** What the edit screen shows; the password is never given back, only whether one is set. */
    record ProvisionDetails(ProvisionId id, Urn urn, String rollcallReference, String name, ProvisionType type,
                            Nation nation, UkPhoneNumber phone, String contactName, boolean passwordSet,
                            Frequency frequency, Integer weeklyDay, String weeklyReason, AuthorityId localAuthority,
                            String town, List<CallWindow> windows) {

        /** For the audit log's before and after (the password as set or not, never its value). */
        public String describe() {
            return "URN=" + (urn == null ? "none" : urn.value()) + "; reference=" + rollcallReference + "; name="
                    + name + "; type=" + type.label() + "; phone=" + phone.spoken() + "; contact=" + contactName
                    + "; password=" + (passwordSet ? "set" : "none") + "; frequency=" + frequency.label()
                    + (weeklyDay == null ? "" : " (day " + weeklyDay + ")")
                    + (weeklyReason == null ? "" : " because " + weeklyReason) + "; local authority="
                    + (localAuthority == null ? "none" : localAuthority) + "; town=" + (town == null ? "none" : town)
                    + "; windows=" + windows.stream().map(w -> w.part().label() + " " + w.opensAt() + "–"
                    + w.closesAt()).toList();
        }
    }

    /** The fields of {@link ProvisionDetails} edited together. {@code urn}, {@code localAuthority}, {@code town}: null for none. */
    record ProvisionChanges(String name, Urn urn, ProvisionType type, UkPhoneNumber phone, String contactName,
                            AuthorityId localAuthority, String town) {
    }
}
