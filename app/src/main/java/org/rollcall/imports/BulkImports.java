package org.rollcall.imports;

import java.io.InputStream;

/**
 * Bulk imports of provisions and children (issue 14): a dry run that writes nothing and lists every problem, then an
 * all-or-nothing import that checks the file again in the one transaction that writes it. Matching: provisions by
 * URN or Rollcall reference, children by UPN or the authority's own reference, so importing the same file twice
 * changes nothing the second time (ADR 0043).
 */
public interface BulkImports {

    ImportReport dryRun(ImportKind kind, String fileName, InputStream content, ImportProgress progress);

    /**
     * Imports the file in one transaction, or nothing when it has any problem; audited as {@code actor} (who imported
     * which file, the counts, and each updated record's before and after; never the rows).
     */
    ImportReport importFile(ImportKind kind, String fileName, InputStream content, String actor,
                            ImportProgress progress);

    /** The columns of a file of this kind, in template order. */
    TabularColumns columns(ImportKind kind);

    /** One example row for the template, in {@link TabularColumns#all()} order. */
    java.util.List<String> example(ImportKind kind);
}
