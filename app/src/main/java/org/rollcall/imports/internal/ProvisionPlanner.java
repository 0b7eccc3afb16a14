package org.rollcall.imports.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rollcall.directory.DirectoryImport;
import org.rollcall.directory.DirectoryImport.HeldProvision;
import org.rollcall.directory.DirectoryImport.ProvisionUpdate;
import org.rollcall.directory.ImportedProvision;
import org.rollcall.imports.FileProblem;

/**
 * Matches provision rows to the directory: by URN or Rollcall reference; a row without either is matched to the one
 * provision without a URN of the same name and phone, so re-importing a file of new provisions creates nothing new.
 * A blank optional cell never erases what the directory holds.
 */
final class ProvisionPlanner {

    private ProvisionPlanner() {
    }

    static Plan<ImportedProvision, ProvisionUpdate> plan(List<ProvisionFile.Parsed> rows, DirectoryImport directory,
                                                          List<FileProblem> problems) {
        Map<String, Integer> lineOfKey = new HashMap<>();
        Map<String, Integer> lineOfNamePhone = new HashMap<>();
        List<String> keys = rows.stream().map(ProvisionFile.Parsed::key).filter(k -> k != null).toList();
        List<String> namePhones = rows.stream().filter(r -> r.key() == null).map(ProvisionPlanner::namePhone)
                .toList();
        Map<String, HeldProvision> held = directory.provisionsByKey(keys);
        Map<String, List<HeldProvision>> heldByNamePhone = directory.provisionsWithoutUrnByNameAndPhone(namePhones);
        Plan<ImportedProvision, ProvisionUpdate> plan = new Plan<>();
        for (ProvisionFile.Parsed row : rows) {
            HeldProvision match;
            if (row.key() != null) {
                Integer first = lineOfKey.putIfAbsent(row.key(), row.line());
                if (first != null) {
                    problems.add(new FileProblem(row.line(), ProvisionFile.KEY, row.key() + " is also on line "
                            + first + ": give each provision once in a file"));
                    continue;
                }
                match = held.get(row.key());
                if (match == null && row.key().startsWith("RC")) {
                    problems.add(new FileProblem(row.line(), ProvisionFile.KEY, "no provision has the Rollcall "
                            + "reference " + row.key() + ": check it, or leave it blank for a new provision"));
                    continue;
                }
            } else {
                Integer first = lineOfNamePhone.putIfAbsent(namePhone(row), row.line());
                if (first != null) {
                    problems.add(new FileProblem(row.line(), ProvisionFile.NAME, "a provision with this name and "
                            + "phone number is also on line " + first + ": give each provision once in a file"));
                    continue;
                }
                List<HeldProvision> same = heldByNamePhone.getOrDefault(namePhone(row), List.of());
                if (same.size() > 1) {
                    problems.add(new FileProblem(row.line(), ProvisionFile.KEY, same.size() + " provisions without "
                            + "a URN are called " + row.values().name() + " with this phone number: give the "
                            + "Rollcall reference of the one meant (" + String.join(", ",
                            same.stream().map(HeldProvision::key).toList()) + ")"));
                    continue;
                }
                match = same.isEmpty() ? null : same.getFirst();
            }
            if (match == null) {
                plan.creates.add(row.values());
                continue;
            }
            ImportedProvision merged = over(row.values(), match.values());
            if (merged.equals(match.values())) {
                plan.unchanged++;
            } else {
                plan.updates.add(new ProvisionUpdate(match, merged));
            }
        }
        return plan;
    }

    private static String namePhone(ProvisionFile.Parsed row) {
        return row.values().name() + "|" + row.values().phone().e164();
    }

    /** The row, with what it left blank taken from the held provision (a held one that fails today's rules: none). */
    private static ImportedProvision over(ImportedProvision row, ImportedProvision held) {
        if (held == null) {
            return row;
        }
        return new ImportedProvision(row.urn() != null ? row.urn() : held.urn(), row.name(), row.type(), row.nation(),
                row.localAuthority() != null ? row.localAuthority() : held.localAuthority(), row.phone(),
                row.contactName(), row.contactEmail() != null ? row.contactEmail() : held.contactEmail(),
                row.windows(), row.frequency(), row.weeklyDay() != null ? row.weeklyDay() : held.weeklyDay(),
                row.weeklyReason(), row.designatedTeacher() != null ? row.designatedTeacher()
                : held.designatedTeacher());
    }
}
