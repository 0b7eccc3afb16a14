package org.rollcall.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Bulk reads and writes for importing provisions and children from files (issue 14). Reads look up many keys at
 * once; writes are batched. It joins the caller's transaction, so a whole file is written in one (all or nothing).
 */
public interface DirectoryImport {

    /** Every authority by its LA number. */
    Map<String, AuthoritySummary> authoritiesByLaCode();

    /** A provision the directory holds, with its id and its key (URN, or Rollcall reference when it has none). */
    record HeldProvision(ProvisionId id, String key, ImportedProvision values, UUID designatedTeacherContact) {
    }

    /** A child the directory holds, with the ids of what an update may change. */
    record HeldChild(ChildId id, ImportedChild values, UUID placement, UUID carerContact, UUID socialWorkerContact) {
    }

    /** The provisions with these URNs or Rollcall references, by that key. */
    Map<String, HeldProvision> provisionsByKey(Collection<String> keys);

    /**
     * Provisions without a URN with this name and phone (E.164), to find again a row that gave no reference;
     * keyed by "name|phone".
     */
    Map<String, List<HeldProvision>> provisionsWithoutUrnByNameAndPhone(Collection<String> namePhones);

    /** The ids of the provisions with these URNs or Rollcall references, by that key. */
    Map<String, ProvisionId> provisionIds(Collection<String> keys);

    /** Children with these UPNs, in any authority, by UPN. */
    Map<String, HeldChild> childrenByUpn(Collection<String> upns);

    /** The authority's children with these references of its own, by reference. */
    Map<String, HeldChild> childrenByLocalReference(AuthorityId authority, Collection<String> references);

    /** Creates the provisions (their windows and designated teacher); one batch per table. */
    List<ProvisionId> createProvisions(List<ImportedProvision> provisions);

    /** Replaces what changed of each held provision with the new values. */
    void updateProvisions(List<ProvisionUpdate> updates);

    record ProvisionUpdate(HeldProvision held, ImportedProvision values) {
    }

    /** Creates the children, their on-roll placement and contacts; one batch per table. */
    List<ChildId> createChildren(List<ImportedChild> children);

    /**
     * Replaces what changed of each held child. A new school ends the open on-roll placement the day before the new
     * one starts (which must be after the old one's start).
     */
    void updateChildren(List<ChildUpdate> updates);

    record ChildUpdate(HeldChild held, ImportedChild values) {
    }
}
