package org.rollcall.directory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads of the directory that other modules need. */
public interface Directory {

    ProvisionCard provisionCard(ProvisionId id);

    /** Children on roll at, or attending as alternative provision, the provision on that day. */
    List<ExpectedChild> childrenExpected(ProvisionId id, LocalDate day);

    /** Whether the child has an alternative-provision placement on that day (at any provision). */
    boolean attendsAlternativeProvision(ChildId child, LocalDate day);

    AuthoritySummary authority(AuthorityId id);

    List<AuthoritySummary> authorities();

    Optional<ChildRecord> childRecord(ChildId id);

    /** Names and UPNs of children by id, for lists, in one query. */
    Map<ChildId, ChildLabel> childLabels(Collection<ChildId> ids);

    /** Names of provisions by id, for lists, in one query. */
    Map<ProvisionId, String> provisionNames(Collection<ProvisionId> ids);

    /** Nation and local authority of every provision, in one query (the school calendar's national day plan). */
    List<ProvisionPlace> provisionPlaces();

    /** Nation and local authority of one provision; empty for an unknown id. */
    Optional<ProvisionPlace> provisionPlace(ProvisionId id);
}
