package org.rollcall.imports.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.AuthoritySummary;
import org.rollcall.directory.DirectoryImport;
import org.rollcall.directory.DirectoryImport.ChildUpdate;
import org.rollcall.directory.DirectoryImport.HeldChild;
import org.rollcall.directory.ImportedChild;
import org.rollcall.directory.ProvisionId;
import org.rollcall.imports.FileProblem;

/**
 * Matches child rows to the directory by the authority's own reference or the UPN (UPNs are unique nationally: one
 * held by another authority's child is refused), refuses duplicates within the file, and looks the schools up.
 * A blank optional cell never erases what the directory holds.
 */
final class ChildPlanner {

    private ChildPlanner() {
    }

    static Plan<ImportedChild, ChildUpdate> plan(List<ChildFile.Parsed> rows, Map<String, AuthoritySummary> authorities,
                                                 DirectoryImport directory, List<FileProblem> problems) {
        Map<AuthorityId, AuthoritySummary> byId = new HashMap<>();
        authorities.values().forEach(a -> byId.put(a.id(), a));
        Map<String, ProvisionId> schools = directory.provisionIds(rows.stream().map(ChildFile.Parsed::school)
                .filter(s -> s != null).toList());
        Map<String, HeldChild> byUpn = directory.childrenByUpn(rows.stream().filter(r -> r.upn() != null)
                .map(r -> r.upn().value()).toList());
        Map<AuthorityId, List<String>> references = new HashMap<>();
        rows.stream().filter(r -> r.localReference() != null).forEach(r -> references
                .computeIfAbsent(r.authority().id(), a -> new ArrayList<>()).add(r.localReference()));
        Map<AuthorityId, Map<String, HeldChild>> byReference = new HashMap<>();
        references.forEach((authority, refs) -> byReference.put(authority,
                directory.childrenByLocalReference(authority, refs)));

        Map<String, Integer> lineOfUpn = new HashMap<>();
        Map<String, Integer> lineOfReference = new HashMap<>();
        Plan<ImportedChild, ChildUpdate> plan = new Plan<>();
        for (ChildFile.Parsed row : rows) {
            int before = problems.size();
            if (row.upn() != null) {
                Integer first = lineOfUpn.putIfAbsent(row.upn().value(), row.line());
                if (first != null) {
                    problems.add(new FileProblem(row.line(), ChildFile.UPN, "UPN " + row.upn() + " is also on line "
                            + first + ": a child is given once in a file, and a UPN belongs to one child"));
                }
            }
            if (row.localReference() != null) {
                Integer first = lineOfReference.putIfAbsent(row.authority().laCode() + "|" + row.localReference(),
                        row.line());
                if (first != null) {
                    problems.add(new FileProblem(row.line(), ChildFile.REFERENCE, "the reference "
                            + row.localReference() + " of " + row.authority().name() + " is also on line " + first
                            + ": a child is given once in a file"));
                }
            }
            ProvisionId school = null;
            if (row.school() != null) {
                school = schools.get(row.school());
                if (school == null) {
                    problems.add(new FileProblem(row.line(), ChildFile.SCHOOL, "no provision has the URN or "
                            + "Rollcall reference " + row.school() + ": check it, or import the provisions file "
                            + "first"));
                }
            }
            HeldChild viaUpn = row.upn() == null ? null : byUpn.get(row.upn().value());
            if (viaUpn != null && !viaUpn.values().authority().equals(row.authority().id())) {
                AuthoritySummary other = byId.get(viaUpn.values().authority());
                problems.add(new FileProblem(row.line(), ChildFile.UPN, "UPN " + row.upn() + " already belongs to "
                        + "a child of " + (other == null ? "another authority" : other.name()) + ": a UPN belongs "
                        + "to one child; check it with the school"));
            }
            HeldChild viaReference = row.localReference() == null ? null
                    : byReference.getOrDefault(row.authority().id(), Map.of()).get(row.localReference());
            if (viaUpn != null && viaReference != null && !viaUpn.id().equals(viaReference.id())) {
                problems.add(new FileProblem(row.line(), ChildFile.UPN, "UPN " + row.upn() + " belongs to another "
                        + "child of the authority than the reference " + row.localReference() + ": check both"));
            }
            if (problems.size() > before) {
                continue;
            }
            HeldChild match = viaReference != null ? viaReference : viaUpn;
            ImportedChild values;
            try {
                values = new ImportedChild(row.authority().id(), row.localReference(), row.upn(), row.firstName(),
                        row.lastName(), row.dateOfBirth(), row.yearGroup(), row.cohort(), row.inBorough(), row.sen(),
                        school, row.placementStart(), row.carer(), row.socialWorker());
            } catch (IllegalArgumentException e) {
                problems.add(new FileProblem(row.line(), null, e.getMessage()));
                continue;
            }
            if (match == null) {
                plan.creates.add(values);
                continue;
            }
            ImportedChild merged = values.over(match.values());
            ImportedChild held = match.values();
            if (merged.equals(held)) {
                plan.unchanged++;
                continue;
            }
            if (held.school() != null && merged.school() != null && !merged.school().equals(held.school())
                    && !merged.placementStart().isAfter(held.placementStart())) {
                problems.add(new FileProblem(row.line(), ChildFile.START, "the child is on roll at another school "
                        + "since " + held.placementStart() + ": a new school's placement must start after that "
                        + "(the other placement then ends the day before)"));
                continue;
            }
            plan.updates.add(new ChildUpdate(match, merged));
        }
        return plan;
    }
}
