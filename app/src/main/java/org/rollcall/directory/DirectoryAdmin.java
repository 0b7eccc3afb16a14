package org.rollcall.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Sets up authorities, provisions, children and their placements. */
public interface DirectoryAdmin {

    AuthorityId createAuthority(String name, Nation nation, String laCode);

    /**
     * How many months (1 to 120) recordings of calls about this authority's children are kept; 13 by default.
     *
     * @throws IllegalArgumentException for a period outside 1..120 months or an unknown authority
     */
    void setRecordingRetention(AuthorityId authority, int months);

    /**
     * @throws IllegalArgumentException for a duplicate URN, an unknown local authority or one of another nation
     */
    ProvisionId createProvision(NewProvision provision);

    /**
     * Sets the authority whose area the provision is in (its term dates apply); null clears it.
     *
     * @throws IllegalArgumentException for an unknown provision or authority, or an authority of another nation
     */
    void setLocalAuthority(ProvisionId provision, AuthorityId localAuthority);

    ChildId createChild(NewChild child);

    /**
     * @throws IllegalArgumentException for an {@link PlacementKind#ON_ROLL} placement that would overlap another
     *     on-roll placement of the child (a child is on roll at one school at a time: end the other first)
     */
    void place(ChildId child, ProvisionId provision, PlacementKind kind, LocalDate startsOn);

    /** Ends the child's open placement at the provision; the child is no longer expected there after that day. */
    void endPlacement(ChildId child, ProvisionId provision, LocalDate lastDay);

    /**
     * Replaces the weekday sessions the child attends at an alternative provision, on their open
     * {@link PlacementKind#ALTERNATIVE} placement there; an empty set means the timetable is not known.
     *
     * @throws IllegalArgumentException when the child has no open alternative placement at that provision
     */
    void setTimetable(ChildId child, ProvisionId alternativeProvision, Set<TimetabledSession> sessions);

    /** A carer or social worker, reachable by phone, email or both. */
    void addContact(ChildId child, ContactRole role, String name, UkPhoneNumber phone, String email);

    /** The provision's designated teacher for looked-after children, shown with every child placed there. */
    void addDesignatedTeacher(ProvisionId provision, String name, UkPhoneNumber phone, String email);

    /**
     * A school new to Rollcall, set up when a child moves there: daily, mainstream, with no call window and no
     * password yet, so it is not called until the service is introduced ({@link #introduce}).
     *
     * @param urn may be null
     * @throws IllegalArgumentException for a URN already in the directory, a missing name or contact
     */
    ProvisionId createSchoolToIntroduce(String name, Urn urn, Nation nation, UkPhoneNumber phone, String contactName,
                                        AuthorityId localAuthority);

    /**
     * What was agreed when the service was introduced to a provision: its call windows (an afternoon one at least)
     * replace any it had, its contact and password are set.
     *
     * @throws IllegalArgumentException for an unknown provision, no afternoon window, or a missing contact
     */
    void introduce(ProvisionId provision, List<CallWindow> windows, String contactName, String password);

    /**
     * Where a provision is (its town, null when not known) and the weekdays it is open (Monday to Friday, at least
     * one): an alternative provision's timetable may only name those days.
     *
     * @throws IllegalArgumentException for an unknown provision, no open day, or a Saturday or Sunday
     */
    void setTownAndOpenDays(ProvisionId provision, String town, Set<java.time.DayOfWeek> openDays);

    /**
     * Places the child at an alternative provision from {@code startsOn} to {@code endsOn} (null: no end known),
     * alongside their on-roll placement; its timetable is not known until {@link #setTimetable} is called.
     *
     * @throws IllegalArgumentException for a missing start, an end before the start, or a provision that is not
     *     an alternative provision or pupil referral unit
     */
    void placeAlternative(ChildId child, ProvisionId alternativeProvision, LocalDate startsOn, LocalDate endsOn);

    /**
     * Moves the dates of the child's alternative placement at the provision that covers {@code onDay}.
     *
     * @throws IllegalArgumentException when no such placement covers that day, or the end is before the start
     */
    void reviseAlternative(ChildId child, ProvisionId alternativeProvision, LocalDate onDay, LocalDate startsOn,
                           LocalDate endsOn);

    /**
     * Replaces the weekday sessions of the child's alternative placement at the provision that covers
     * {@code onDay} (it may have an end date, which {@link #setTimetable(ChildId, ProvisionId, Set)} does not
     * allow); an empty set means the timetable is not known.
     *
     * @throws IllegalArgumentException when no such placement covers that day
     */
    void setTimetable(ChildId child, ProvisionId alternativeProvision, LocalDate onDay,
                      Set<TimetabledSession> sessions);
}
