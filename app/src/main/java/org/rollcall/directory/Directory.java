package org.rollcall.directory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

/** Reads of the directory that other modules need. */
public interface Directory {

    ProvisionCard provisionCard(ProvisionId id);

    /** Children on roll at, or attending as alternative provision, the provision on that day. */
    List<ExpectedChild> childrenExpected(ProvisionId id, LocalDate day);

    /** Whether the child has an alternative-provision placement on that day (at any provision). */
    boolean attendsAlternativeProvision(ChildId child, LocalDate day);

    /**
     * The weekday sessions the child attends at the alternative provision on their placement open on that day;
     * empty when the timetable is not known or there is no such placement.
     */
    SortedSet<TimetabledSession> timetable(ChildId child, ProvisionId alternativeProvision, LocalDate day);

    AuthoritySummary authority(AuthorityId id);

    List<AuthoritySummary> authorities();

    /** These authorities, in one query (unknown ids are left out). */
    List<AuthoritySummary> authorities(Collection<AuthorityId> ids);

    /**
     * The authority a URL names, by its id (a UUID) or its three-digit LA number, as the admin and v1 APIs take it;
     * empty when none matches.
     */
    Optional<AuthoritySummary> authorityNamed(String idOrLaCode);

    Optional<ChildRecord> childRecord(ChildId id);

    /** Names and UPNs of children by id, for lists, in one query. */
    Map<ChildId, ChildLabel> childLabels(Collection<ChildId> ids);

    /**
     * Children whose UPN is {@code text}, or whose full name contains it (any case), by name; at most {@code limit}.
     * For the "who saw which child" viewer; nothing for a blank text.
     */
    Map<ChildId, ChildLabel> searchChildren(String text, int limit);

    /** Names of provisions by id, for lists, in one query. */
    Map<ProvisionId, String> provisionNames(Collection<ProvisionId> ids);

    /** Nation and local authority of every provision, in one query (the school calendar's national day plan). */
    List<ProvisionPlace> provisionPlaces();

    /** Nation and local authority of these provisions, in one query; unknown ids are left out. */
    List<ProvisionPlace> provisionPlaces(Collection<ProvisionId> ids);

    /** Nation and local authority of one provision; empty for an unknown id. */
    Optional<ProvisionPlace> provisionPlace(ProvisionId id);

    /**
     * Provisions of the given types whose name, town or URN contain every word of {@code text} (any case), names
     * starting with the text first, then by name; at most {@code limit} (1 to 50). Blank text lists the first by name.
     */
    List<ProvisionMatch> searchProvisions(String text, java.util.Set<ProvisionType> types, int limit);

    /** One provision as a search lists it; empty for an unknown id. */
    Optional<ProvisionMatch> provisionMatch(ProvisionId id);

    /** The provision with that URN, if any. */
    Optional<ProvisionMatch> provisionWithUrn(Urn urn);

    /**
     * The child's alternative-provision placements that have not ended before {@code from} (current and future),
     * earliest first, each with its timetable.
     */
    List<AlternativePlacement> alternativePlacements(ChildId child, LocalDate from);

    /**
     * On-roll placements of the authority's children that overlap {@code from} to {@code to}, by child then start
     * (one query, for attendance statistics).
     */
    List<OnRollPlacement> onRollPlacements(AuthorityId authority, LocalDate from, LocalDate to);

    /** The same for one child. */
    List<OnRollPlacement> onRollPlacements(ChildId child, LocalDate from, LocalDate to);
}
