package org.rollcall.imports;

import java.util.List;

/**
 * What a dry run found, or what an import did: the rows that would be (or were) created, updated or left unchanged,
 * and every problem with its line and column. An import with any problem writes nothing ({@code imported} false).
 */
public record ImportReport(ImportKind kind, TabularFile file, int created, int updated, int unchanged,
                           List<FileProblem> problems, boolean imported) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
